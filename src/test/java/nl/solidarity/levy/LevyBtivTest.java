package nl.solidarity.levy;

import static nl.solidarity.levy.LevyFixtures.headroom;
import static nl.solidarity.levy.LevyFixtures.instance;
import static nl.solidarity.levy.LevyFixtures.keyed;
import static nl.solidarity.levy.LevyFixtures.nothingDone;
import static nl.solidarity.levy.LevyFixtures.social;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.solidarity.domain.Instance;
import nl.solidarity.io.InvalidInputException;
import nl.solidarity.result.LevyBlock;
import org.junit.jupiter.api.Test;

/**
 * The 2015-decree key (BTIV art. 115–116): half by homes, half by WOZ value, over the payers.
 *
 * <pre>
 *   a: 10,000 homes, WOZ 2.0bn, cash flow 20m a year     k_a = ½·10/40 + ½·2/4 = 0.375
 *   b: 30,000 homes, WOZ 2.0bn, cash flow 30m a year     k_b = ½·30/40 + ½·2/4 = 0.625
 *   the payers' cash flow over 10 years: 500m            K_a = 187.5m, K_b = 312.5m
 * </pre>
 */
class LevyBtivTest {
    private static final double EURO = 1.0;
    private static final double RATE = 1e-12;

    private static Instance instance(int homes) {
        return LevyFixtures.instance(List.of(keyed("a", "a", 100e6, 20e6, 10_000, 2.0e9), keyed("b", "b", 100e6, 30e6, 30_000, 2.0e9),
                headroom("poor", "short", 0.0, null)), List.of(social("t", homes, 300_000, 100_000)));
    }

    private static LevyBlock.CorporationLevy corporation(LevyBlock block, String id) {
        return block.corporations().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static LevyOptions btiv() {
        return new LevyOptions(0.01, 1.0, 10, LevyBase.BTIV2015);
    }

    @Test
    void theKeySplitsByHomesAndWoz() {
        // Need 2.0m: ρ = 2.0m / 500m = 0.004; a pays 0.004·187.5m = 0.75m, b 1.25m. With the
        // cash-flow key a would pay 0.8m and b 1.2m: the decree's key weighs b's many homes.
        Instance instance = instance(10);
        LevyBlock block = LevyCalculator.compute(instance, nothingDone(instance), btiv());
        assertEquals("btiv2015", block.base());
        assertEquals(0.004, block.rate(), RATE);
        assertEquals(187.5e6, corporation(block, "a").base(), EURO);
        assertEquals(0.75e6, corporation(block, "a").levy(), EURO);
        assertEquals(1.25e6, corporation(block, "b").levy(), EURO);
        // Covered, yet a cap of 0.4% would not do: b's own cap (0.4% of 300m = 1.2m) would hold it
        // below its keyed 1.25m. The smallest cap: a pays 187.5m·c, b min(312.5m, 300m)·c, so
        // c = 2.0m / 487.5m. (With the cash-flow key the cap needed is the rate itself.)
        assertEquals(2.0e6 / 487.5e6, block.summary().capNeeded(), RATE);
    }

    @Test
    void eachCorporationsOwnCashFlowCapStillApplies() {
        // Need 24.5 × 200k = 4.9m. b reaches its own cap (1% of 300m = 3.0m) at ρ = 3.0m / 312.5m
        // = 0.0096, where a pays 1.8m: 4.8m. Then only a grows: ρ = 0.0096 + 0.1m / 187.5m =
        // 0.010133… > the cap 0.01. So ρ = 0.01: a 1.875m + b 3.0m = 4.875m, uncovered 25,000.
        Instance instance = LevyFixtures.instance(List.of(keyed("a", "a", 100e6, 20e6, 10_000, 2.0e9),
                keyed("b", "b", 100e6, 30e6, 30_000, 2.0e9), headroom("poor", "short", 0.0, null)),
                List.of(social("t", 49, 200_000, 100_000)));
        LevyBlock block = LevyCalculator.compute(instance, nothingDone(instance), btiv());
        assertEquals(4.9e6, block.need(), EURO);
        assertEquals(0.01, block.rate(), RATE);
        assertEquals(1.875e6, corporation(block, "a").levy(), EURO);
        assertEquals(3.0e6, corporation(block, "b").levy(), EURO);
        assertEquals(25_000, block.uncovered(), EURO);
        // The cap that covers it: 4.9m / (187.5m + 300m) = 1.0051…%.
        assertEquals(4.9e6 / 487.5e6, block.summary().capNeeded(), RATE);
    }

    @Test
    void belowBsCapTheRateIsTheSectorShare() {
        // Need 4.5m: ρ = 4.5m / 500m = 0.009 (b at 0.009·312.5m = 2.8125m, below its 3.0m cap).
        Instance instance = LevyFixtures.instance(List.of(keyed("a", "a", 100e6, 20e6, 10_000, 2.0e9),
                keyed("b", "b", 100e6, 30e6, 30_000, 2.0e9), headroom("poor", "short", 0.0, null)),
                List.of(social("t", 45, 200_000, 100_000)));
        LevyBlock block = LevyCalculator.compute(instance, nothingDone(instance), btiv());
        assertEquals(0.009, block.rate(), RATE);
        assertEquals(1.6875e6, corporation(block, "a").levy(), EURO);
        assertEquals(2.8125e6, corporation(block, "b").levy(), EURO);
    }

    @Test
    void aMissingWozValueIsInvalidInputNotAGuess() {
        Instance instance = LevyFixtures.instance(List.of(keyed("a", "a", 100e6, 20e6, 10_000, 2.0e9),
                headroom("b", "b", 100e6, 30e6), headroom("poor", "short", 0.0, null)), List.of(social("t", 10, 300_000, 100_000)));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> LevyOptions.resolve(instance, null, null, null, LevyBase.BTIV2015));
        // b has neither homes nor WOZ; poor has no base and is not asked for either.
        assertEquals(2, e.problems().size());
        assertTrue(e.problems().get(0).contains("corporation b has no 'homes'"), e.problems().get(0));
        assertTrue(e.problems().get(1).contains("corporation b has no 'wozValue'"), e.problems().get(1));
    }
}
