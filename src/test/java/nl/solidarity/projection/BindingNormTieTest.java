package nl.solidarity.projection;

import static nl.solidarity.projection.RowAssertions.assertHeadroom;
import static nl.solidarity.projection.RowAssertions.assertSlacks;
import static nl.solidarity.projection.RowAssertions.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.NormMode;
import nl.solidarity.domain.Norms;
import org.junit.jupiter.api.Test;

/**
 * The binding norm on a tie: rows whose room is within 1e-12 relative of the minimum tie; the
 * earliest year wins, and within one year ICR, LTV, ICR-HORIZON, LTV-HORIZON in that order. Each
 * case also moves one threshold by a hair to show that the rows really compete.
 * Corporation: V0 = 100, D0 = 50, O0 = 10, r = 0.1, K = 0, g = 0: D1 = 55 − 10 = 45, D2 = 49.5 − 10 = 39.5.
 */
class BindingNormTieTest {

    private static Instance instance(int p, Norms norms, Corporation corporation) {
        return Instances.of(p, 2, 0.0, norms, List.of(corporation), List.of());
    }

    private static Corporation corporation() {
        return Instances.finance("a", 100, 50, 10, 0.1, 0);
    }

    @Test
    void sameYearIcrBeforeLtv() {
        // Strict, ICR 1.4, LTV 0.95, P = 2: spending h/2 in 2025 and 2026 raises D1 by 0.5h, D2 by 1.05h.
        //   ICR 2025 = 10 − 0.14·50 = 3        (does not fall)
        //   LTV 2025 = 95 − 45 = 50            falls 0.5h   → 100
        //   ICR 2026 = 10 − 0.14·45 = 3.7      falls 0.07h  → 52.857142…
        //   LTV 2026 = 95 − 39.5 = 55.5        falls 1.05h  → 52.857142…   a tie in 2026: ICR wins
        Instance tie = instance(2, Instances.norms(1.4, 0.95, 1.2, 0.90, NormMode.STRICT), corporation());
        Corporation a = tie.corporations().get(0);
        assertSlacks(tie, a, Decisions.NONE,
                row(Norm.ICR, 2025, 3.0), row(Norm.LTV, 2025, 50.0), row(Norm.ICR, 2026, 3.7), row(Norm.LTV, 2026, 55.5));
        assertHeadroom(tie, a, 370.0 / 7, Norm.ICR, 2026);

        // LTV 0.9499: LTV 2026 = 55.49 / 1.05 = 52.848 < 52.857, no longer a tie: LTV binds.
        Instance apart = instance(2, Instances.norms(1.4, 0.9499, 1.2, 0.90, NormMode.STRICT), corporation());
        assertHeadroom(apart, apart.corporations().get(0), 55.49 / 1.05, Norm.LTV, 2026);
    }

    @Test
    void earliestYearBeforeNormOrder() {
        // Strict, ICR 1.25, LTV 0.80, P = 1: spending h in 2025 raises D1 by h, D2 by 1.1h.
        //   ICR 2025 = 10 − 0.125·50 = 3.75    (does not fall)
        //   LTV 2025 = 80 − 45 = 35            falls h       → 35
        //   ICR 2026 = 10 − 0.125·45 = 4.375   falls 0.125h  → 35         a tie across years: LTV 2025 wins
        //   LTV 2026 = 80 − 39.5 = 40.5        falls 1.1h    → 36.82
        Instance tie = instance(1, Instances.norms(1.25, 0.80, 1.2, 0.90, NormMode.STRICT), corporation());
        Corporation a = tie.corporations().get(0);
        assertSlacks(tie, a, Decisions.NONE,
                row(Norm.ICR, 2025, 3.75), row(Norm.LTV, 2025, 35.0), row(Norm.ICR, 2026, 4.375), row(Norm.LTV, 2026, 40.5));
        assertHeadroom(tie, a, 35.0, Norm.LTV, 2025);

        // LTV 0.80 + 1e-9: LTV 2025 = 35 + 1e-7, 3e-9 relative above ICR 2026: not a tie, ICR 2026 binds.
        Instance apart = instance(1, Instances.norms(1.25, 0.80 + 1e-9, 1.2, 0.90, NormMode.STRICT), corporation());
        assertHeadroom(apart, apart.corporations().get(0), 35.0, Norm.ICR, 2026);
    }

    @Test
    void sameYearYearlyLtvBeforeLtvHorizon() {
        // Dpm with the temporary thresholds equal to the norms (1.4, 0.85), P = 1, V0 = 100, D0 = 50,
        // O0 = 10, r = 0.05, K = 12: D1 = 54.5, D2 = 59.225 (DpmThresholdsTest). LTV 2026 and LTV-HORIZON
        // are then the same row, 85 − 59.225 = 25.775, falling 1.05h: a tie in 2026, LTV wins.
        //   ICR 2025 = 10 − 0.07·50 = 6.5; LTV 2025 = 85 − 54.5 = 30.5 (→ 30.5); ICR 2026 = 10 − 0.07·54.5 = 6.185;
        //   ICR-HORIZON = 20 − 0.07·104.5 = 12.685
        Instance tie = instance(1, Instances.norms(1.4, 0.85, 1.4, 0.85, NormMode.DPM), DpmThresholdsTest.risingDebt());
        Corporation d = tie.corporations().get(0);
        assertSlacks(tie, d, Decisions.NONE,
                row(Norm.ICR, 2025, 6.5), row(Norm.LTV, 2025, 30.5), row(Norm.ICR, 2026, 6.185), row(Norm.LTV, 2026, 25.775),
                row(Norm.ICR_HORIZON, 2026, 12.685), row(Norm.LTV_HORIZON, 2026, 25.775));
        assertHeadroom(tie, d, 25.775 / 1.05, Norm.LTV, 2026);
    }

    @Test
    void rowsAtZeroRoomTieAndTheEarliestWins() {
        // Heavy debt (D0 = 95, strict, P = 1, T = 2): D1 = 104.5 − 10 = 94.5, D2 = 103.95 − 10 = 93.95.
        // LTV 2025 = 85 − 94.5 = −9.5, LTV 2026 = 85 − 93.95 = −8.95 and ICR 2026 = 10 − 0.14·94.5 = −3.23
        // are baseline breaches that fall with spending: all have room 0; LTV 2025 is the earliest.
        Instance instance = instance(1, Instances.norms(1.4, 0.85, 1.2, 0.90, NormMode.STRICT), Instances.finance("a", 100, 95, 10, 0.1, 0));
        Corporation a = instance.corporations().get(0);
        assertEquals(4, Projection.rowsOf(instance, a).baselineBreaches().size());
        assertHeadroom(instance, a, 0.0, Norm.LTV, 2025);
    }

    @Test
    void headroomOnTopDoesNotDependOnTheOrderOfTheRows() {
        // CorporationRows built directly, one spending year (P = 1): rows named out of tie order, rooms
        // (slack / fall) 10, 10·(1 + 2e-13), 10·(1 − 2e-13) and 12. The three first tie (within 1e-12 of
        // the minimum); the earliest of them, ICR 2030, binds, at the minimum 10·(1 − 2e-13).
        List<RowKey> keys = List.of(new RowKey(Norm.LTV_HORIZON, 2030), new RowKey(Norm.LTV, 2031),
                new RowKey(Norm.ICR, 2030), new RowKey(Norm.ICR, 2029));
        double[] baseline = {10, 10 * (1 + 2e-13), 10 * (1 - 2e-13), 12};
        double[][] spend = {null, {-1, -1, -1, -1}};
        double[][] zero = {null, {0, 0, 0, 0}};
        CorporationRows rows = new CorporationRows("x", 1, keys, baseline, spend, zero, zero);
        Headroom h = rows.headroom();
        assertEquals(10 * (1 - 2e-13), h.amount());
        assertEquals(new RowKey(Norm.ICR, 2030), new RowKey(h.bindingNorm(), h.bindingYear()));
        // Moving LTV-HORIZON 2030 to 2028 makes it the earliest of the tied rows.
        CorporationRows moved = new CorporationRows("x", 1, List.of(new RowKey(Norm.LTV_HORIZON, 2028), keys.get(1), keys.get(2), keys.get(3)),
                baseline, spend, zero, zero);
        assertEquals(new RowKey(Norm.LTV_HORIZON, 2028), new RowKey(moved.headroom().bindingNorm(), moved.headroom().bindingYear()));
    }
}
