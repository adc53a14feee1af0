package nl.solidarity.levy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The breakpoint method finds the smallest rate that raises the need, to 1e-9 relative. */
class LevyRateTest {
    @Test
    void theRateRaisesTheNeedAndNoSmallerRateDoes() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 200; round++) {
            List<LevyCalculator.Payer> payers = new ArrayList<>();
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                double base = random.nextDouble(1e7, 5e8);
                Double rhoMax = random.nextInt(3) == 0 ? null : random.nextDouble(0, 0.08);
                double credit = random.nextInt(2) == 0 ? 0.0 : random.nextDouble(0, 0.03 * base);
                String exempt = random.nextInt(6) == 0 ? LevyCalculator.OWN_REGION_SHORT : null;
                payers.add(new LevyCalculator.Payer("c" + i, base, base, 0.05, rhoMax, credit, exempt));
            }
            double cap = 0.05;
            double atCap = LevyCalculator.raised(payers, cap);
            if (!(atCap > 0)) {
                continue;
            }
            double need = atCap * random.nextDouble(0.01, 1.0);
            double rate = LevyCalculator.smallestRate(payers, cap, need);
            // Σ levy(rate) = need to 1e-9 relative: the rate is exact on its linear segment.
            assertEquals(need, LevyCalculator.raised(payers, rate), 1e-9 * need, "round " + round);
            // And it is the smallest: a rate 1e-9 smaller (relative) raises less.
            assertTrue(LevyCalculator.raised(payers, rate * (1 - 1e-9)) < need, "round " + round);
        }
    }

    @Test
    void handExample() {
        // Bases 100 and 300; the first has ρmax 0.02, the second a credit of 3 (pays from ρ = 0.01).
        // f(ρ) = min(ρ, 0.02)·100 + max(0, 300ρ − 3). Need 4: at ρ = 0.02, 2 + 3 = 5 ≥ 4; at
        // ρ = 0.01, 1 + 0 = 1. On [0.01, 0.02] f grows by 400 per unit: ρ = 0.01 + 3/400 = 0.0175.
        List<LevyCalculator.Payer> payers = List.of(
                new LevyCalculator.Payer("x", 100, 100, 0.05, 0.02, 0, null),
                new LevyCalculator.Payer("y", 300, 300, 0.05, null, 3, null));
        assertEquals(0.0175, LevyCalculator.smallestRate(payers, 0.05, 4), 1e-15);
    }

    /** What the rules raise with a cap of c, at the highest rate the cap allows (ρ = c). */
    private static double raisedWithCap(List<LevyCalculator.Payer> payers, double c) {
        List<LevyCalculator.Payer> capped = payers.stream()
                .map(p -> new LevyCalculator.Payer(p.id(), p.keyBase(), p.ownBase(), c, p.rhoMax(), p.credit(), p.exempt())).toList();
        return LevyCalculator.raised(capped, c);
    }

    @Test
    void theCapNeededRaisesTheNeedAndNoSmallerCapDoes() {
        // Key bases that differ from the corporations' own cash flow, as under the 2015 key.
        SplittableRandom random = new SplittableRandom(13);
        int checked = 0;
        for (int round = 0; round < 200; round++) {
            List<LevyCalculator.Payer> payers = new ArrayList<>();
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                double own = random.nextDouble(1e7, 5e8);
                double key = own * random.nextDouble(0.5, 1.5);
                Double rhoMax = random.nextInt(3) == 0 ? null : random.nextDouble(0, 0.5);
                double credit = random.nextInt(2) == 0 ? 0.0 : random.nextDouble(0, 0.03 * own);
                String exempt = random.nextInt(6) == 0 ? LevyCalculator.OWN_REGION_SHORT : null;
                payers.add(new LevyCalculator.Payer("c" + i, key, own, 0.01, rhoMax, credit, exempt));
            }
            double atOne = raisedWithCap(payers, 1.0);
            if (!(atOne > 0)) {
                continue;
            }
            double need = atOne * random.nextDouble(0.01, 1.0);
            Double cap = LevyCalculator.capNeeded(payers, need);
            assertEquals(need, raisedWithCap(payers, cap), 1e-9 * need, "round " + round);
            assertTrue(raisedWithCap(payers, cap * (1 - 1e-9)) < need, "round " + round);
            // More than even a cap of 1 raises: no cap covers it.
            assertEquals(null, LevyCalculator.capNeeded(payers, atOne * 1.001), "round " + round);
            checked++;
        }
        assertTrue(checked > 150, "most rounds have something to raise");
    }
}
