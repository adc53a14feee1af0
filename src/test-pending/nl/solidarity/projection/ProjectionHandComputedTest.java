package nl.solidarity.projection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.NormMode;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed projections (docs/projection.md walks through the same numbers).
 *
 * <p>Corporation "a": P = 2, T = 3, g = 0, V0 = 100, D0 = 50, O0 = 10, r = 0.1, K = 2, ICR 1.4, LTV 0.85.
 * Baseline: D1 = 1.1·50 − 10 + 2 = 47, D2 = 1.1·47 − 8 = 43.7, D3 = 1.1·43.7 − 8 = 40.07.
 * Decisions: one home of task "t" (year 2025, cost 10, value 4, cash flow 1) and a transfer of 4 out
 * (2 a year in 2025 and 2026): D1 = 47 + 10 + 2 = 59; O2 = O3 = 11; D2 = 1.1·59 − 11 + 2 + 2 = 57.9;
 * D3 = 1.1·57.9 − 11 + 2 = 54.69; V = 104 in every year.
 */
class ProjectionHandComputedTest {
    private static final double EPS = 1e-9;
    private static final Task TASK = new Task("t", TaskType.NEW_BUILD_SOCIAL, "r", "a", 1, 2025, 10, 4, 1, true);
    private static final Decisions DECISIONS = new Decisions(List.of(new Decisions.Work(TASK, 1.0)), 4.0, 0.0, new double[0]);

    private static Instance instance(NormMode mode) {
        Corporation a = Instances.finance("a", 100, 50, 10, 0.1, 2);
        return Instances.of(2, 3, 0.0, mode, List.of(a), List.of(TASK));
    }

    @Test
    void tinyExampleFromTheSpec() {
        // examples/README.md: H = 3.7 / 0.14 = 26.428571…, binding ICR in 2026.
        Instance tiny = Instances.of(1, 2, 0.0, NormMode.STRICT, List.of(Instances.finance("a", 100, 50, 10, 0.1, 0)), List.of());
        Headroom h = Projection.rowsOf(tiny, tiny.corporations().get(0)).headroom();
        assertEquals(3.7 / 0.14, h.amount(), EPS);
        assertEquals(Norm.ICR, h.bindingNorm());
        assertEquals(2026, h.bindingYear());
    }

    @Test
    void strictBaselineAndHeadroom() {
        // ICR_y = O_y − 0.14·D_(y−1); LTV_y = 85 − D_y.
        Instance instance = instance(NormMode.STRICT);
        CorporationRows rows = Projection.rowsOf(instance, instance.corporations().get(0));
        double[] expected = {3.0, 38.0, 3.42, 41.3, 3.882, 44.93};
        for (int r = 0; r < expected.length; r++) {
            assertEquals(expected[r], rows.baseline(r), EPS, rows.key(r).toString());
        }
        // Spending h/2 in 2025 and 2026: D2 = 43.7 + 1.05h, so ICR 2027 = 3.882 − 0.147h binds at 26.408…
        Headroom h = rows.headroom();
        assertEquals(3.882 / 0.147, h.amount(), EPS);
        assertEquals(new RowKey(Norm.ICR, 2027), new RowKey(h.bindingNorm(), h.bindingYear()));
    }

    @Test
    void dpmBaselineAndHeadroom() {
        // ICR over the horizon = 30 − 0.14·(50 + 47 + 43.7) = 10.302; LTV 2027 = 85 − 40.07 = 44.93.
        // With h: Σ D_(y−1) grows by 0.5h + 1.05h = 1.55h (ICR falls 0.217h), D3 by 1.155h: LTV binds.
        Instance instance = instance(NormMode.DPM);
        CorporationRows rows = Projection.rowsOf(instance, instance.corporations().get(0));
        assertArrayEquals(new double[] {10.302, 44.93}, new double[] {rows.baseline(0), rows.baseline(1)}, EPS);
        Headroom h = rows.headroom();
        assertEquals(44.93 / 1.155, h.amount(), EPS);
        assertEquals(Norm.LTV, h.bindingNorm());
        assertEquals(2027, h.bindingYear());
    }

    @Test
    void strictSlacksWithDecisionsAgreeInBothPaths() {
        Instance instance = instance(NormMode.STRICT);
        Corporation a = instance.corporations().get(0);
        double[] expected = {3.0, 29.4, 2.74, 30.5, 2.894, 33.71};
        double[] rows = Projection.rowsOf(instance, a).slacks(DECISIONS, instance.baseYear());
        Map<RowKey, Double> simulated = YearByYearSimulation.slacks(instance, a, DECISIONS);
        assertArrayEquals(expected, rows, EPS);
        assertArrayEquals(expected, simulated.values().stream().mapToDouble(Double::doubleValue).toArray(), EPS);
    }

    @Test
    void dpmSlacksWithDecisionsAgreeInBothPaths() {
        // ICR = (10 + 11 + 11) − 0.14·(50 + 59 + 57.9) = 8.634; LTV = 0.85·104 − 54.69 = 33.71.
        Instance instance = instance(NormMode.DPM);
        Corporation a = instance.corporations().get(0);
        double[] rows = Projection.rowsOf(instance, a).slacks(DECISIONS, instance.baseYear());
        Map<RowKey, Double> simulated = YearByYearSimulation.slacks(instance, a, DECISIONS);
        assertArrayEquals(new double[] {8.634, 33.71}, rows, EPS);
        assertEquals(8.634, simulated.get(new RowKey(Norm.ICR, 2027)), EPS);
        assertEquals(33.71, simulated.get(new RowKey(Norm.LTV, 2027)), EPS);
    }

    @Test
    void headroomCorporationInBothModes() {
        // s = H − x·(c − v) − OUT + IN − Σ L = 100 − 1·(10 − 4) − 4 + 1 − 2 = 89, in the year 2026 (P = 2).
        for (NormMode mode : NormMode.values()) {
            Corporation b = Instances.headroom("b", 100);
            Instance instance = Instances.of(2, 3, 0.0, mode, List.of(b), List.of(TASK));
            Decisions decisions = new Decisions(List.of(new Decisions.Work(TASK, 1.0)), 4.0, 1.0, new double[] {0, 0, 2});
            CorporationRows rows = Projection.rowsOf(instance, b);
            assertEquals(new RowKey(Norm.HEADROOM, 2026), rows.key(0));
            assertEquals(89.0, rows.slacks(decisions, 2024)[0], EPS);
            assertEquals(89.0, YearByYearSimulation.slacks(instance, b, decisions).get(new RowKey(Norm.HEADROOM, 2026)), EPS);
            assertEquals(100.0, rows.headroom().amount(), EPS);
        }
    }

    @Test
    void baselineBreachIsReportedAndHeadroomIsZero() {
        // D0 = 95: ICR 2025 = 10 − 0.14·95 = −3.3 and LTV 2025 = 85 − (104.5 − 10 + 2) = −11.5 are both
        // breached. ICR 2025 reads only D0, so it does not fall with spending: LTV binds at 0.
        Instance instance = Instances.of(1, 1, 0.0, NormMode.STRICT, List.of(Instances.finance("a", 100, 95, 10, 0.1, 2)), List.of());
        CorporationRows rows = Projection.rowsOf(instance, instance.corporations().get(0));
        assertEquals(List.of(new Breach(Norm.ICR, 2025, -3.3), new Breach(Norm.LTV, 2025, 85 - 96.5)), rows.baselineBreaches().stream()
                .map(b -> new Breach(b.norm(), b.year(), Math.round(b.slack() * 1e9) / 1e9)).toList());
        assertEquals(0.0, rows.headroom().amount(), EPS);
        assertEquals(Norm.LTV, rows.headroom().bindingNorm());
    }
}
