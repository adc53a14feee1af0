package nl.solidarity.projection;

import static nl.solidarity.projection.RowAssertions.assertHeadroom;
import static nl.solidarity.projection.RowAssertions.assertSlacks;
import static nl.solidarity.projection.RowAssertions.row;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.solidarity.domain.ContinuityCost;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Finance;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.NormMode;
import nl.solidarity.domain.NormOverride;
import nl.solidarity.domain.Norms;
import org.junit.jupiter.api.Test;

/**
 * The dpm rows by hand: which kind of row binds depends on the path of the debt. All cases have
 * g = 0 and norms ICR 1.4, LTV 0.85; the temporary thresholds differ from the norms.
 */
class DpmThresholdsTest {

    private static Instance instance(int p, int t, Norms norms, Corporation corporation) {
        return Instances.of(p, t, 0.0, norms, List.of(corporation), List.of());
    }

    /** V0 = 100, D0 = 80, O0 = 20, r = 0.1, K = 0: D1 = 88 − 20 = 68, D2 = 74.8 − 20 = 54.8 (the debt falls fast). */
    private static Corporation fallingDebt() {
        return Instances.finance("b", 100, 80, 20, 0.1, 0);
    }

    @Test
    void aYearlyTemporaryLtvRowBinds() {
        // P = 1, T = 2, temporary thresholds 1.2 and 0.90. Spending h in 2025 raises D1 by h and D2 by 1.1h.
        //   ICR 2025 = 20 − 0.12·80 = 10.4               (does not fall)
        //   LTV 2025 = 90 − 68 = 22                       falls h        → 22     (binds)
        //   ICR 2026 = 20 − 0.12·68 = 11.84               falls 0.12h    → 98.67
        //   LTV 2026 = 90 − 54.8 = 35.2                   falls 1.1h     → 32
        //   ICR-HORIZON = 40 − 0.14·(80 + 68) = 19.28     falls 0.14h    → 137.71
        //   LTV-HORIZON = 85 − 54.8 = 30.2                falls 1.1h     → 27.45
        Instance instance = instance(1, 2, Instances.norms(1.4, 0.85, 1.2, 0.90, NormMode.DPM), fallingDebt());
        Corporation b = instance.corporations().get(0);
        assertSlacks(instance, b, Decisions.NONE,
                row(Norm.ICR, 2025, 10.4), row(Norm.LTV, 2025, 22.0),
                row(Norm.ICR, 2026, 11.84), row(Norm.LTV, 2026, 35.2),
                row(Norm.ICR_HORIZON, 2026, 19.28), row(Norm.LTV_HORIZON, 2026, 30.2));
        assertHeadroom(instance, b, 22.0, Norm.LTV, 2025);

        // Strict: LTV 2025 = 85 − 68 = 17 binds; the temporary 0.90 gave 5 more.
        Instance strict = instance(1, 2, Instances.norms(1.4, 0.85, 1.2, 0.90, NormMode.STRICT), fallingDebt());
        assertHeadroom(strict, strict.corporations().get(0), 17.0, Norm.LTV, 2025);
    }

    @Test
    void ltvHorizonBinds() {
        // The corporation of ProjectionHandComputedTest (P = 2, T = 3, V0 = 100, D0 = 50, O0 = 10, r = 0.1, K = 2)
        // with temporary ICR 1.1: D = 50, 47, 43.7, 40.07; spending raises D by 0.5h, 1.05h, 1.155h.
        //   ICR 2025 = 10 − 0.11·50 = 4.5                 (does not fall)
        //   LTV 2025 = 90 − 47 = 43                       falls 0.5h       → 86
        //   ICR 2026 = 10 − 0.11·47 = 4.83                falls 0.055h     → 87.82
        //   LTV 2026 = 90 − 43.7 = 46.3                   falls 1.05h      → 44.10
        //   ICR 2027 = 10 − 0.11·43.7 = 5.193             falls 0.1155h    → 44.96
        //   LTV 2027 = 90 − 40.07 = 49.93                 falls 1.155h     → 43.23
        //   ICR-HORIZON = 30 − 0.14·140.7 = 10.302        falls 0.217h     → 47.47
        //   LTV-HORIZON = 85 − 40.07 = 44.93              falls 1.155h     → 38.90 (binds)
        Instance instance = Instances.of(2, 3, 0.0, Instances.norms(1.4, 0.85, 1.1, 0.90, NormMode.DPM),
                List.of(Instances.finance("a", 100, 50, 10, 0.1, 2)), List.of());
        Corporation a = instance.corporations().get(0);
        assertSlacks(instance, a, Decisions.NONE,
                row(Norm.ICR, 2025, 4.5), row(Norm.LTV, 2025, 43.0),
                row(Norm.ICR, 2026, 4.83), row(Norm.LTV, 2026, 46.3),
                row(Norm.ICR, 2027, 5.193), row(Norm.LTV, 2027, 49.93),
                row(Norm.ICR_HORIZON, 2027, 10.302), row(Norm.LTV_HORIZON, 2027, 44.93));
        assertHeadroom(instance, a, 44.93 / 1.155, Norm.LTV_HORIZON, 2027);
    }

    @Test
    void ltvHorizonBindsWhereTheYearlyLtvWouldNot() {
        // P = 1, T = 2, V0 = 100, D0 = 50, O0 = 10, r = 0.05, K = 12: the debt rises,
        // D1 = 52.5 − 10 + 12 = 54.5, D2 = 57.225 − 10 + 12 = 59.225; spending raises D1 by h, D2 by 1.05h.
        //   ICR 2025 = 10 − 0.06·50 = 7                   (does not fall)
        //   LTV 2025 = 90 − 54.5 = 35.5                   falls h          → 35.5
        //   ICR 2026 = 10 − 0.06·54.5 = 6.73              falls 0.06h      → 112.2
        //   LTV 2026 = 90 − 59.225 = 30.775               falls 1.05h      → 29.31
        //   ICR-HORIZON = 20 − 0.07·104.5 = 12.685        falls 0.07h      → 181.2
        //   LTV-HORIZON = 85 − 59.225 = 25.775            falls 1.05h      → 24.548 (binds)
        Instance instance = instance(1, 2, Instances.norms(1.4, 0.85, 1.2, 0.90, NormMode.DPM), risingDebt());
        Corporation d = instance.corporations().get(0);
        assertSlacks(instance, d, Decisions.NONE,
                row(Norm.ICR, 2025, 7.0), row(Norm.LTV, 2025, 35.5),
                row(Norm.ICR, 2026, 6.73), row(Norm.LTV, 2026, 30.775),
                row(Norm.ICR_HORIZON, 2026, 12.685), row(Norm.LTV_HORIZON, 2026, 25.775));
        assertHeadroom(instance, d, 25.775 / 1.05, Norm.LTV_HORIZON, 2026);
    }

    static Corporation risingDebt() {
        return Instances.finance("d", 100, 50, 10, 0.05, 12);
    }

    @Test
    void icrHorizonBinds() {
        // P = 1, T = 2, V0 = 200, D0 = 50, O0 = 8, r = 0.1, K = 0, temporary ICR 1.0:
        // D1 = 55 − 8 = 47, D2 = 51.7 − 8 = 43.7; spending raises D1 by h, D2 by 1.1h.
        //   ICR 2025 = 8 − 0.1·50 = 3                     (does not fall)
        //   LTV 2025 = 180 − 47 = 133                     falls h          → 133
        //   ICR 2026 = 8 − 0.1·47 = 3.3                   falls 0.1h       → 33
        //   LTV 2026 = 180 − 43.7 = 136.3                 falls 1.1h       → 123.9
        //   ICR-HORIZON = 16 − 0.14·(50 + 47) = 2.42      falls 0.14h      → 17.29 (binds)
        //   LTV-HORIZON = 170 − 43.7 = 126.3              falls 1.1h       → 114.8
        Instance instance = instance(1, 2, Instances.norms(1.4, 0.85, 1.0, 0.90, NormMode.DPM),
                Instances.finance("c", 200, 50, 8, 0.1, 0));
        Corporation c = instance.corporations().get(0);
        assertSlacks(instance, c, Decisions.NONE,
                row(Norm.ICR, 2025, 3.0), row(Norm.LTV, 2025, 133.0),
                row(Norm.ICR, 2026, 3.3), row(Norm.LTV, 2026, 136.3),
                row(Norm.ICR_HORIZON, 2026, 2.42), row(Norm.LTV_HORIZON, 2026, 126.3));
        assertHeadroom(instance, c, 2.42 / 0.14, Norm.ICR_HORIZON, 2026);
    }

    @Test
    void aHorizonBreachAtBaselineIsReportedAndLeavesNoHeadroom() {
        // As above with O0 = 6.5: D1 = 55 − 6.5 = 48.5, D2 = 53.35 − 6.5 = 46.85. Every yearly row holds
        // (ICR 2025 = 6.5 − 5 = 1.5, ICR 2026 = 6.5 − 4.85 = 1.65), but over the horizon
        // ICR-HORIZON = 13 − 0.14·(50 + 48.5) = −0.79: a baseline breach; it falls with spending, so H = 0.
        Instance instance = instance(1, 2, Instances.norms(1.4, 0.85, 1.0, 0.90, NormMode.DPM),
                Instances.finance("c", 200, 50, 6.5, 0.1, 0));
        Corporation c = instance.corporations().get(0);
        assertSlacks(instance, c, Decisions.NONE,
                row(Norm.ICR, 2025, 1.5), row(Norm.LTV, 2025, 131.5),
                row(Norm.ICR, 2026, 1.65), row(Norm.LTV, 2026, 133.15),
                row(Norm.ICR_HORIZON, 2026, -0.79), row(Norm.LTV_HORIZON, 2026, 123.15));
        List<Breach> breaches = Projection.rowsOf(instance, c).baselineBreaches();
        assertEquals(1, breaches.size());
        assertEquals(new RowKey(Norm.ICR_HORIZON, 2026), new RowKey(breaches.get(0).norm(), breaches.get(0).year()));
        assertEquals(-0.79, breaches.get(0).slack(), 1e-9);
        assertHeadroom(instance, c, 0.0, Norm.ICR_HORIZON, 2026);
    }

    @Test
    void aTemporaryThresholdStricterThanItsNormIsClamped() {
        // Temporary LTV 0.80 under the norm 0.85 behaves as 0.85, temporary ICR 1.5 above 1.4 as 1.4:
        //   ICR 2025 = 20 − 0.14·80 = 8.8;   LTV 2025 = 85 − 68 = 17 (binds, as in strict)
        //   ICR 2026 = 20 − 0.14·68 = 10.48; LTV 2026 = 85 − 54.8 = 30.2
        //   ICR-HORIZON = 19.28;              LTV-HORIZON = 30.2
        Instance clamped = instance(1, 2, Instances.norms(1.4, 0.85, 1.5, 0.80, NormMode.DPM), fallingDebt());
        Corporation b = clamped.corporations().get(0);
        RowAssertions.Expected[] expected = {
                row(Norm.ICR, 2025, 8.8), row(Norm.LTV, 2025, 17.0),
                row(Norm.ICR, 2026, 10.48), row(Norm.LTV, 2026, 30.2),
                row(Norm.ICR_HORIZON, 2026, 19.28), row(Norm.LTV_HORIZON, 2026, 30.2)};
        assertSlacks(clamped, b, Decisions.NONE, expected);
        assertHeadroom(clamped, b, 17.0, Norm.LTV, 2025);

        // The same through a corporation's own norms (only temporaryLtvMax overridden, ICR as the norm).
        Corporation own = new Corporation("b", "b", List.of("r"), null, null, fallingDebt().finance(), null, null,
                new NormOverride(null, null, 1.4, 0.80, null));
        Instance overridden = instance(1, 2, Instances.norms(1.4, 0.85, 1.2, 0.90, NormMode.DPM), own);
        assertSlacks(overridden, own, Decisions.NONE, expected);
        assertHeadroom(overridden, own, 17.0, Norm.LTV, 2025);

        // Exactly as with the thresholds equal to the norms, for any decisions, in both paths.
        Instance equal = instance(1, 2, Instances.norms(1.4, 0.85, 1.4, 0.85, NormMode.DPM), fallingDebt());
        Decisions decisions = new Decisions(List.of(), 7.0, 2.0, new double[] {0, 3.0});
        assertArrayEquals(Projection.rowsOf(equal, b).slacks(decisions, 2024), Projection.rowsOf(clamped, b).slacks(decisions, 2024));
        Map<RowKey, Double> simulatedEqual = YearByYearSimulation.slacks(equal, b, decisions);
        assertEquals(simulatedEqual, YearByYearSimulation.slacks(clamped, b, decisions));
    }

    @Test
    void nominalContinuityCostAndIndexation() {
        // P = 2, T = 2, g = 0.1, V0 = 100, D0 = 50, O0 = 10, r = 0.1, K = [5, 20] nominal; temporary 1.2 / 0.90.
        //   O1 = 11, O2 = 12.1; V1 = 110, V2 = 121
        //   D1 = 55 − 11 + 5 = 49; D2 = 53.9 − 12.1 + 20 = 61.8
        //   ICR 2025 = 11 − 0.12·50 = 5;          LTV 2025 = 0.9·110 − 49 = 50
        //   ICR 2026 = 12.1 − 0.12·49 = 6.22;     LTV 2026 = 0.9·121 − 61.8 = 47.1
        //   ICR-HORIZON = 23.1 − 0.14·99 = 9.24;  LTV-HORIZON = 0.85·121 − 61.8 = 41.05
        // Spending h/2 a year: D1 + 0.5h, D2 + 1.05h. Rooms: LTV 2025 100, ICR 2026 6.22/0.06 = 103.67,
        // LTV 2026 44.86, ICR-HORIZON 9.24/0.07 = 132, LTV-HORIZON 41.05/1.05 = 39.095 (binds).
        Corporation e = new Corporation("e", "e", List.of("r"), null, null,
                new Finance(100, 50, 10, 0.1, ContinuityCost.nominal(List.of(5.0, 20.0))), null, null, null);
        Instance instance = Instances.of(2, 2, 0.1, Instances.norms(1.4, 0.85, 1.2, 0.90, NormMode.DPM), List.of(e), List.of());
        assertSlacks(instance, e, Decisions.NONE,
                row(Norm.ICR, 2025, 5.0), row(Norm.LTV, 2025, 50.0),
                row(Norm.ICR, 2026, 6.22), row(Norm.LTV, 2026, 47.1),
                row(Norm.ICR_HORIZON, 2026, 9.24), row(Norm.LTV_HORIZON, 2026, 41.05));
        assertHeadroom(instance, e, 41.05 / 1.05, Norm.LTV_HORIZON, 2026);
    }
}
