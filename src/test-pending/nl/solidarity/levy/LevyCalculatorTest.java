package nl.solidarity.levy;

import static nl.solidarity.levy.LevyFixtures.cap;
import static nl.solidarity.levy.LevyFixtures.headroom;
import static nl.solidarity.levy.LevyFixtures.instance;
import static nl.solidarity.levy.LevyFixtures.nothingDone;
import static nl.solidarity.levy.LevyFixtures.social;
import static nl.solidarity.levy.LevyFixtures.standard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;
import nl.solidarity.result.LevyBlock;
import nl.solidarity.result.Result;
import org.junit.jupiter.api.Test;

/** levy.md by hand on the cases of {@link LevyFixtures}. */
class LevyCalculatorTest {
    private static final double EURO = 1.0;
    private static final double RATE = 1e-12;

    private static LevyBlock.CorporationLevy corporation(LevyBlock block, String id) {
        return block.corporations().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void needCoveredBelowTheCap() {
        // 10 homes of 300k cost and 100k value: need 10·200k = 2.0m. At 1% a and b raise 2.0m + 3.0m
        // = 5.0m ≥ 2.0m, so ρ·(200m + 300m) = 2.0m: ρ = 0.004; a pays 0.8m, b 1.2m.
        Instance instance = instance(standard(), List.of(social("t", 10, 300_000, 100_000)));
        LevyBlock block = LevyCalculator.compute(instance, nothingDone(instance), cap(0.01));
        assertEquals(2.0e6, block.need(), EURO);
        assertEquals(0.004, block.rate(), RATE);
        assertEquals(2.0e6, block.raised(), EURO);
        assertEquals(0.0, block.uncovered(), EURO);
        assertEquals(200e6, corporation(block, "a").base(), EURO);
        assertEquals(0.8e6, corporation(block, "a").levy(), EURO);
        assertEquals(1.2e6, corporation(block, "b").levy(), EURO);
        // ρmax = room / base: a 100m / 200m = 0.5, b 100m / 300m = 1/3, reported before the cap.
        assertEquals(0.5, corporation(block, "a").rhoMax(), RATE);
        assertEquals(1.0 / 3.0, corporation(block, "b").rhoMax(), RATE);
        assertEquals(List.of(new LevyBlock.SupportedTask("t", 10.0, 2.0e6)), block.supported());
        assertEquals("no-base", corporation(block, "poor").exempt());
        assertNull(corporation(block, "poor").rhoMax());
        assertEquals(0.0, corporation(block, "poor").levy(), 0.0);
    }

    /**
     * Need 10.2m: t3 (social, 20 × 150k = 3.0m), t1 (social, 15 × 200k = 3.0m), t2 (middle rent,
     * 20 × 150k = 3.0m), t4 (gas-free, 40 × 30k = 1.2m). At the 1% cap a and b raise 5.0m: rate
     * 0.01, uncovered 10.2m − 5.0m = 5.2m. Support order: priority (social 1.0 before middle 0.5
     * before gas-free 0.2), then support per home (t3's 150k before t1's 200k).
     */
    private static Instance shortInstance() {
        return instance(standard(), List.of(
                social("t1", 15, 300_000, 100_000),
                new Task("t2", TaskType.NEW_BUILD_MIDDLE, "short", null, 20, 2027, 250_000, 100_000, 0, true),
                social("t3", 20, 250_000, 100_000),
                new Task("t4", TaskType.GAS_FREE, "short", "poor", 40, 2027, 30_000, 0, 0, true)));
    }

    @Test
    void capBindsAndTheRestIsUncoveredUnitsModeSupportsTheLastTaskInPart() {
        Instance instance = shortInstance();
        LevyBlock block = LevyCalculator.compute(instance, nothingDone(instance), cap(0.01));
        assertEquals(10.2e6, block.need(), EURO);
        assertEquals(0.01, block.rate(), RATE);
        assertEquals(5.0e6, block.raised(), EURO);
        assertEquals(5.2e6, block.uncovered(), EURO);
        // t3 in full (3.0m, 2.0m left), then t1 in part: 2.0m / 200k = 10 of its 15 homes.
        assertEquals(List.of(new LevyBlock.SupportedTask("t3", 20.0, 3.0e6), new LevyBlock.SupportedTask("t1", 10.0, 2.0e6)),
                block.supported());
    }

    @Test
    void projectsModeSkipsAProjectThatDoesNotFitAndGoesOn() {
        // t3 3.0m (2.0m left); t1 3.0m and t2 3.0m do not fit and are skipped; t4 1.2m fits (0.8m left).
        Instance instance = shortInstance();
        LevyBlock block = LevyCalculator.compute(instance, nothingDone(instance, "projects", List.of()), cap(0.01));
        assertEquals(List.of(new LevyBlock.SupportedTask("t3", 20.0, 3.0e6), new LevyBlock.SupportedTask("t4", 40.0, 1.2e6)),
                block.supported());
    }

    @Test
    void aFivePercentCapCoversWhatOnePercentCannot() {
        // At 5%: 0.05·500m = 25m ≥ 10.2m, so ρ = 10.2m / 500m = 0.0204 and every task in full.
        Instance instance = shortInstance();
        LevyBlock block = LevyCalculator.compute(instance, nothingDone(instance), cap(0.05));
        assertEquals(0.0204, block.rate(), RATE);
        assertEquals(0.0, block.uncovered(), EURO);
        assertEquals(4, block.supported().size());
    }

    @Test
    void aCorporationsRhoMaxBinds() {
        // a has 1.0m of room left: ρmax_a = 1.0m / 200m = 0.005. Need 17 × 200k = 3.4m. At ρ = 0.005
        // a and b raise 1.0m + 1.5m = 2.5m; above it only b grows, by 300m per unit of rate:
        // ρ = 0.005 + 0.9m / 300m = 0.008. a pays 1.0m (its ρmax), b 0.008·300m = 2.4m.
        Instance instance = instance(List.of(headroom("a", "a", 1.0e6, 20e6), headroom("b", "b", 100e6, 30e6),
                headroom("poor", "short", 0.0, null)), List.of(social("t", 17, 300_000, 100_000)));
        LevyBlock block = LevyCalculator.compute(instance, nothingDone(instance), cap(0.01));
        assertEquals(0.005, corporation(block, "a").rhoMax(), RATE);
        assertEquals(0.008, block.rate(), RATE);
        assertEquals(1.0e6, corporation(block, "a").levy(), EURO);
        assertEquals(2.4e6, corporation(block, "b").levy(), EURO);
        assertEquals(3.4e6, block.raised(), EURO);
    }

    @Test
    void aFullCreditWipesOutTheLevy() {
        // a gave 5m to poor: credit 1.0·5m = 5m, more than its gross at the cap (2.0m): levy 0.
        // b alone carries the 2.0m need: ρ = 2.0m / 300m = 0.00666…
        Instance instance = instance(standard(), List.of(social("t", 10, 300_000, 100_000)));
        Result result = nothingDone(instance, "units", List.of(new Result.Transfer("a", "poor", 5e6, "national")));
        LevyBlock block = LevyCalculator.compute(instance, result, cap(0.01));
        assertEquals(5e6, corporation(block, "a").credit(), EURO);
        assertEquals(0.0, corporation(block, "a").levy(), 0.0);
        assertEquals(2.0e6 / 300e6, block.rate(), RATE);
        assertEquals(2.0e6, corporation(block, "b").levy(), EURO);
        // The gift also used a's room: ρmax_a = (100m − 5m) / 200m = 0.475.
        assertEquals(0.475, corporation(block, "a").rhoMax(), RATE);
    }

    @Test
    void aPartialCreditDelaysWhereTheCorporationStartsPaying() {
        // Credit factor 0.2: credit_a = 0.2·5m = 1.0m; a pays from ρ = 1.0m / 200m = 0.005 on.
        // Below that kink b raises 300m·0.005 = 1.5m < 2.0m; above it both grow, 500m per unit:
        // ρ = 0.005 + 0.5m / 500m = 0.006. a: gross 1.2m − credit 1.0m = 0.2m; b: 1.8m.
        Instance instance = instance(standard(), List.of(social("t", 10, 300_000, 100_000)));
        Result result = nothingDone(instance, "units", List.of(new Result.Transfer("a", "poor", 5e6, "national")));
        LevyBlock block = LevyCalculator.compute(instance, result, new LevyOptions(0.01, 0.2, 10, LevyBase.CASHFLOW));
        assertEquals(0.006, block.rate(), RATE);
        assertEquals(1.2e6, corporation(block, "a").gross(), EURO);
        assertEquals(0.2e6, corporation(block, "a").levy(), EURO);
        assertEquals(1.8e6, corporation(block, "b").levy(), EURO);
    }

    @Test
    void exemptionsNoBaseFirstThenOwnRegionShort() {
        // c works in a and in the short region: exempt own-region-short, though it has a base.
        // poor has no base and is in the short region: the first reason, no-base.
        nl.solidarity.domain.Corporation c = new nl.solidarity.domain.Corporation("c", "c", List.of("a", "short"), null, null,
                null, 50e6, 10e6, null);
        Instance instance = instance(List.of(headroom("a", "a", 100e6, 20e6), c, headroom("poor", "short", 0.0, null)),
                List.of(social("t", 10, 300_000, 100_000)));
        LevyBlock block = LevyCalculator.compute(instance, nothingDone(instance), cap(0.01));
        assertEquals("own-region-short", corporation(block, "c").exempt());
        assertEquals(0.0, corporation(block, "c").levy(), 0.0);
        assertEquals(100e6, corporation(block, "c").base(), EURO);
        assertEquals("no-base", corporation(block, "poor").exempt());
        // a alone, cap 2.0m = need 2.0m: ρ = 0.01 exactly, nothing uncovered.
        assertEquals(0.01, block.rate(), RATE);
        assertEquals(0.0, block.uncovered(), EURO);
    }

    @Test
    void aNeedBelowOneEuroCountsAsZero() {
        // A task whose cost exceeds its value by 0.50 per home, one home: need 0.50 → 0, rate 0.
        Instance instance = instance(standard(), List.of(social("t", 1, 100_000.50, 100_000)));
        LevyBlock block = LevyCalculator.compute(instance, nothingDone(instance), cap(0.01));
        assertEquals(0.0, block.need(), 0.0);
        assertEquals(0.0, block.rate(), 0.0);
        assertEquals(0.0, block.raised(), 0.0);
    }

    @Test
    void localAmbitionsGetNoProjectsteun() {
        // A local ambition (npa false) of poor: not in the need, not supported.
        Instance instance = instance(standard(), List.of(social("t", 10, 300_000, 100_000),
                new Task("local", TaskType.NEW_BUILD_SOCIAL, "short", "poor", 50, 2027, 300_000, 100_000, 0, false)));
        LevyBlock block = LevyCalculator.compute(instance, nothingDone(instance), cap(0.01));
        assertEquals(2.0e6, block.need(), EURO);
        assertEquals(List.of("t"), block.supported().stream().map(LevyBlock.SupportedTask::task).toList());
    }
}
