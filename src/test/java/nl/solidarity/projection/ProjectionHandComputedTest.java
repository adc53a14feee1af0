package nl.solidarity.projection;

import static nl.solidarity.projection.RowAssertions.assertHeadroom;
import static nl.solidarity.projection.RowAssertions.assertSlacks;
import static nl.solidarity.projection.RowAssertions.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.NormMode;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed projections of one corporation (docs/projection.md walks through the same numbers).
 *
 * <p>Corporation "a": P = 2, T = 3, g = 0, V0 = 100, D0 = 50, O0 = 10, r = 0.1, K = 2; norms ICR 1.4,
 * LTV 0.85, temporary thresholds 1.2 and 0.90 (the defaults).
 * Baseline: O = 10 and V = 100 every year; D1 = 1.1·50 − 10 + 2 = 47, D2 = 1.1·47 − 8 = 43.7,
 * D3 = 1.1·43.7 − 8 = 40.07.
 * Headroom: spending h/2 in 2025 and 2026 raises D1 by 0.5h, D2 by 1.1·0.5h + 0.5h = 1.05h, D3 by 1.155h.
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
        // P = 1, T = 2, K = 0, strict: D1 = 45 + h; ICR 2026 = 10 − 0.14·(45 + h) = 3.7 − 0.14h binds at 26.428571…
        Instance tiny = Instances.of(1, 2, 0.0, NormMode.STRICT, List.of(Instances.finance("a", 100, 50, 10, 0.1, 0)), List.of());
        assertHeadroom(tiny, tiny.corporations().get(0), 3.7 / 0.14, Norm.ICR, 2026);
    }

    @Test
    void strictBaselineAndHeadroom() {
        // ICR_y = O_y − 0.14·D_(y−1); LTV_y = 85 − D_y: the temporary thresholds play no part.
        Instance instance = instance(NormMode.STRICT);
        Corporation a = instance.corporations().get(0);
        assertSlacks(instance, a, Decisions.NONE,
                row(Norm.ICR, 2025, 3.0), row(Norm.LTV, 2025, 38.0),
                row(Norm.ICR, 2026, 3.42), row(Norm.LTV, 2026, 41.3),
                row(Norm.ICR, 2027, 3.882), row(Norm.LTV, 2027, 44.93));
        // ICR 2027 falls by 0.14·1.05h = 0.147h: 3.882 / 0.147 = 26.408…
        assertHeadroom(instance, a, 3.882 / 0.147, Norm.ICR, 2027);
    }

    @Test
    void strictSlacksWithDecisions() {
        Instance instance = instance(NormMode.STRICT);
        assertSlacks(instance, instance.corporations().get(0), DECISIONS,
                row(Norm.ICR, 2025, 3.0), row(Norm.LTV, 2025, 0.85 * 104 - 59),
                row(Norm.ICR, 2026, 11 - 0.14 * 59), row(Norm.LTV, 2026, 88.4 - 57.9),
                row(Norm.ICR, 2027, 11 - 0.14 * 57.9), row(Norm.LTV, 2027, 88.4 - 54.69));
    }

    @Test
    void dpmBaselineEveryRowAndAYearlyTemporaryIcrBinds() {
        // Yearly rows at the temporary thresholds: ICR_y = O_y − 0.12·D_(y−1), LTV_y = 90 − D_y.
        //   ICR 2025 = 10 − 0.12·50 = 4          (does not fall)
        //   LTV 2025 = 90 − 47 = 43              falls 0.5h           → 86
        //   ICR 2026 = 10 − 0.12·47 = 4.36       falls 0.12·0.5h      → 72.67
        //   LTV 2026 = 90 − 43.7 = 46.3          falls 1.05h          → 44.10
        //   ICR 2027 = 10 − 0.12·43.7 = 4.756    falls 0.12·1.05h     → 37.746  (binds)
        //   LTV 2027 = 90 − 40.07 = 49.93        falls 1.155h         → 43.23
        // Horizon rows at the norms, in 2027:
        //   ICR-HORIZON = 30 − 0.14·(50 + 47 + 43.7) = 10.302   falls 0.14·(0.5 + 1.05)h = 0.217h → 47.47
        //   LTV-HORIZON = 85 − 40.07 = 44.93                     falls 1.155h                     → 38.90
        Instance instance = instance(NormMode.DPM);
        Corporation a = instance.corporations().get(0);
        assertSlacks(instance, a, Decisions.NONE,
                row(Norm.ICR, 2025, 4.0), row(Norm.LTV, 2025, 43.0),
                row(Norm.ICR, 2026, 4.36), row(Norm.LTV, 2026, 46.3),
                row(Norm.ICR, 2027, 4.756), row(Norm.LTV, 2027, 49.93),
                row(Norm.ICR_HORIZON, 2027, 10.302), row(Norm.LTV_HORIZON, 2027, 44.93));
        CorporationRows rows = Projection.rowsOf(instance, a);
        double[] fallPerEuro = {0, 0.5, 0.06, 1.05, 0.126, 1.155, 0.217, 1.155};
        for (int r = 0; r < rows.size(); r++) {
            assertEquals(-fallPerEuro[r], rows.perNetTransferredEuro(r), EPS, rows.key(r).toString());
        }
        assertHeadroom(instance, a, 4.756 / 0.126, Norm.ICR, 2027);
    }

    @Test
    void dpmSlacksWithDecisionsEveryRow() {
        //   ICR 2025 = 10 − 0.12·50 = 4;       LTV 2025 = 0.90·104 − 59 = 34.6
        //   ICR 2026 = 11 − 0.12·59 = 3.92;    LTV 2026 = 93.6 − 57.9 = 35.7
        //   ICR 2027 = 11 − 0.12·57.9 = 4.052; LTV 2027 = 93.6 − 54.69 = 38.91
        //   ICR-HORIZON = (10 + 11 + 11) − 0.14·(50 + 59 + 57.9) = 8.634
        //   LTV-HORIZON = 0.85·104 − 54.69 = 33.71
        Instance instance = instance(NormMode.DPM);
        assertSlacks(instance, instance.corporations().get(0), DECISIONS,
                row(Norm.ICR, 2025, 4.0), row(Norm.LTV, 2025, 34.6),
                row(Norm.ICR, 2026, 3.92), row(Norm.LTV, 2026, 35.7),
                row(Norm.ICR, 2027, 4.052), row(Norm.LTV, 2027, 38.91),
                row(Norm.ICR_HORIZON, 2027, 8.634), row(Norm.LTV_HORIZON, 2027, 33.71));
    }

    @Test
    void headroomCorporationInBothModes() {
        // s = H − x·(c − v) − OUT + IN − Σ L = 100 − 1·(10 − 4) − 4 + 1 − 2 = 89, in the year 2026 (P = 2).
        for (NormMode mode : NormMode.values()) {
            Corporation b = Instances.headroom("b", 100);
            Instance instance = Instances.of(2, 3, 0.0, mode, List.of(b), List.of(TASK));
            Decisions decisions = new Decisions(List.of(new Decisions.Work(TASK, 1.0)), 4.0, 1.0, new double[] {0, 0, 2});
            assertSlacks(instance, b, decisions, row(Norm.HEADROOM, 2026, 89.0));
            assertHeadroom(instance, b, 100.0, Norm.HEADROOM, 2026);
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
