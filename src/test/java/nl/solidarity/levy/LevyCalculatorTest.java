package nl.solidarity.levy;

import static nl.solidarity.levy.LevyFixtures.cap;
import static nl.solidarity.levy.LevyFixtures.headroom;
import static nl.solidarity.levy.LevyFixtures.instance;
import static nl.solidarity.levy.LevyFixtures.nothingDone;
import static nl.solidarity.levy.LevyFixtures.social;
import static nl.solidarity.levy.LevyFixtures.standard;
import static nl.solidarity.levy.LevyFixtures.withFund;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.LevySettings;
import nl.solidarity.domain.Norms;
import nl.solidarity.domain.Priorities;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;
import nl.solidarity.result.LevyBlock;
import org.junit.jupiter.api.Test;

/** The levy rules by hand on the cases of {@link LevyFixtures}, the summary included. */
class LevyCalculatorTest {
    private static final double EURO = 1.0;
    private static final double RATE = 1e-12;

    private static LevyBlock.CorporationLevy corporation(LevyBlock block, String id) {
        return block.corporations().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static Map<String, Integer> exempt(int ownRegionShort, int noBase) {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("own-region-short", ownRegionShort);
        map.put("no-base", noBase);
        return map;
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
        assertEquals(0.0, block.uncovered(), 0.0);
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
        // Summary: two payers, poor exempt for want of a base, nobody held back or covered by
        // credit; the cap that covers the need is the rate itself, 0.4%, below the 1% cap.
        LevyBlock.Summary summary = block.summary();
        assertEquals(2, summary.payers());
        assertEquals(exempt(0, 1), summary.exempt());
        assertEquals(new LevyBlock.LimitedByContinuity(0, 0.0), summary.limitedByContinuity());
        assertEquals(0, summary.coveredByCredit());
        assertEquals(0.004, summary.capNeeded(), RATE);
        assertEquals(Map.of("short", 2.0e6), summary.needByRegion());
        assertEquals(Map.of("P3", 2.0e6), summary.needByProvince());
    }

    /**
     * Need 10.2m: t3 (social, 20 × 150k = 3.0m), t1 (social, 15 × 200k = 3.0m), t2 (middle rent,
     * 20 × 150k = 3.0m), t4 (gas-free, 40 × 30k = 1.2m). At the 1% cap a and b raise 5.0m: rate
     * 0.01, uncovered 10.2m − 5.0m = 5.2m. Support order with the default tiers: social, then
     * middle rent, then gas-free; within social t3's 150k a home before t1's 200k.
     */
    private static Instance shortInstance(Priorities priorities) {
        Instance instance = instance(standard(), List.of(
                social("t1", 15, 300_000, 100_000),
                new Task("t2", TaskType.NEW_BUILD_MIDDLE, "short", null, 20, 2027, 250_000, 100_000, 0, true),
                social("t3", 20, 250_000, 100_000),
                new Task("t4", TaskType.GAS_FREE, "short", "poor", 40, 2027, 30_000, 0, 0, true)));
        return new Instance(instance.name(), instance.baseYear(), instance.agreementYears(), instance.horizonYears(),
                instance.indexation(), instance.norms(), priorities, null, instance.levy(), instance.regions(),
                instance.corporations(), instance.tasks());
    }

    @Test
    void capBindsAndTheRestIsUncoveredUnitsModeSupportsTheLastTaskInPart() {
        Instance instance = shortInstance(Priorities.DEFAULT);
        LevyBlock block = LevyCalculator.compute(instance, nothingDone(instance), cap(0.01));
        assertEquals(10.2e6, block.need(), EURO);
        assertEquals(0.01, block.rate(), RATE);
        assertEquals(5.0e6, block.raised(), EURO);
        assertEquals(5.2e6, block.uncovered(), EURO);
        // t3 in full (3.0m, 2.0m left), then t1 in part: 2.0m / 200k = 10 of its 15 homes.
        assertEquals(List.of(new LevyBlock.SupportedTask("t3", 20.0, 3.0e6), new LevyBlock.SupportedTask("t1", 10.0, 2.0e6)),
                block.supported());
        // The cap that would cover it: 10.2m / 500m = 2.04%, above the 1% cap (both ρmax are higher).
        assertEquals(0.0204, block.summary().capNeeded(), RATE);
        assertEquals(2, block.summary().payers());
        assertEquals(0, block.summary().limitedByContinuity().count());
    }

    @Test
    void theInnerTierComesFirstThenTheHigherWeightWithinTheTier() {
        // Tiers: gas-free first; then social (weight 1) and middle rent (weight 2) together. The
        // 5.0m go to t4 (1.2m, 3.8m left), then t2, the heavier type of the second tier (3.0m,
        // 0.8m left), then t3 in part: 0.8m / 150k = 5.333333 homes (rounded down to a millionth).
        Priorities tiers = new Priorities(List.of(Map.of(TaskType.GAS_FREE, 1.0, TaskType.INSULATION, 1.0),
                Map.of(TaskType.NEW_BUILD_SOCIAL, 1.0, TaskType.NEW_BUILD_MIDDLE, 2.0)));
        Instance instance = shortInstance(tiers);
        LevyBlock block = LevyCalculator.compute(instance, nothingDone(instance), cap(0.01));
        assertEquals(List.of(new LevyBlock.SupportedTask("t4", 40.0, 1.2e6), new LevyBlock.SupportedTask("t2", 20.0, 3.0e6),
                new LevyBlock.SupportedTask("t3", 5.333333, 799_999.95)), block.supported());
    }

    @Test
    void projectsModeSkipsAProjectThatDoesNotFitAndGoesOn() {
        // t3 3.0m (2.0m left); t1 3.0m and t2 3.0m do not fit and are skipped; t4 1.2m fits (0.8m left).
        Instance instance = shortInstance(Priorities.DEFAULT);
        LevyBlock block = LevyCalculator.compute(instance, nothingDone(instance, "projects"), cap(0.01));
        assertEquals(List.of(new LevyBlock.SupportedTask("t3", 20.0, 3.0e6), new LevyBlock.SupportedTask("t4", 40.0, 1.2e6)),
                block.supported());
    }

    @Test
    void aFivePercentCapCoversWhatOnePercentCannot() {
        // At 5%: 0.05·500m = 25m ≥ 10.2m, so ρ = 10.2m / 500m = 0.0204 and every task in full.
        Instance instance = shortInstance(Priorities.DEFAULT);
        LevyBlock block = LevyCalculator.compute(instance, nothingDone(instance), cap(0.05));
        assertEquals(0.0204, block.rate(), RATE);
        assertEquals(0.0, block.uncovered(), 0.0);
        assertEquals(List.of("t3", "t1", "t2", "t4"), block.supported().stream().map(LevyBlock.SupportedTask::task).toList());
        // Covered: the cap needed is the rate, below the 5% cap.
        assertEquals(0.0204, block.summary().capNeeded(), RATE);
    }

    @Test
    void aCorporationsRhoMaxBindsAndTheSummaryCountsItAsLimitedByContinuity() {
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
        // a pays (0.008 − 0.005)·200m = 0.6m less than the rate asks of it.
        assertEquals(1, block.summary().limitedByContinuity().count());
        assertEquals(0.6e6, block.summary().limitedByContinuity().shortfall(), EURO);
        assertEquals(2, block.summary().payers());
        assertEquals(0.008, block.summary().capNeeded(), RATE);
    }

    @Test
    void aFullCreditWipesOutTheLevyAndTheSummaryCountsItAsCoveredByCredit() {
        // a paid 5m into the fund of the short region, which poor drew: credit 1.0·5m = 5m, more
        // than a's gross. b alone carries the 2.0m need: ρ = 2.0m / 300m = 0.00666…, where a's
        // gross is 200m·ρ = 1.33m.
        Instance instance = instance(standard(), List.of(social("t", 10, 300_000, 100_000)));
        LevyBlock block = LevyCalculator.compute(instance, withFund(instance, "a", "short", "poor", 5e6), cap(0.01));
        assertEquals(5e6, corporation(block, "a").credit(), EURO);
        assertEquals(2.0e6 / 300e6 * 200e6, corporation(block, "a").gross(), EURO);
        assertEquals(0.0, corporation(block, "a").levy(), 0.0);
        assertEquals(2.0e6 / 300e6, block.rate(), RATE);
        assertEquals(2.0e6, corporation(block, "b").levy(), EURO);
        // The contribution also used a's room: ρmax_a = (100m − 5m) / 200m = 0.475.
        assertEquals(0.475, corporation(block, "a").rhoMax(), RATE);
        // poor received the money: it has no credit (received more than it gave).
        assertEquals(0.0, corporation(block, "poor").credit(), 0.0);
        assertEquals(1, block.summary().coveredByCredit());
        assertEquals(1, block.summary().payers());
        assertEquals(0, block.summary().limitedByContinuity().count());
    }

    @Test
    void aPartialCreditDelaysWhereTheCorporationStartsPaying() {
        // Credit factor 0.2: credit_a = 0.2·5m = 1.0m; a pays from ρ = 1.0m / 200m = 0.005 on.
        // Below that kink b raises 300m·0.005 = 1.5m < 2.0m; above it both grow, 500m per unit:
        // ρ = 0.005 + 0.5m / 500m = 0.006. a: gross 1.2m − credit 1.0m = 0.2m; b: 1.8m.
        Instance instance = instance(standard(), List.of(social("t", 10, 300_000, 100_000)));
        LevyBlock block = LevyCalculator.compute(instance, withFund(instance, "a", "short", "poor", 5e6),
                new LevyOptions(0.01, 0.2, 10, LevyBase.CASHFLOW));
        assertEquals(0.006, block.rate(), RATE);
        assertEquals(1.2e6, corporation(block, "a").gross(), EURO);
        assertEquals(0.2e6, corporation(block, "a").levy(), EURO);
        assertEquals(1.8e6, corporation(block, "b").levy(), EURO);
        // A credit below the gross does not count as covered.
        assertEquals(0, block.summary().coveredByCredit());
        assertEquals(2, block.summary().payers());
    }

    @Test
    void exemptionsNoBaseFirstThenOwnRegionShort() {
        // c works in a and in the short region: exempt own-region-short, though it has a base.
        // poor has no base and is in the short region: the first reason, no-base.
        Corporation c = new Corporation("c", "c", List.of("a", "short"), null, null, null, 50e6, 10e6, null);
        Instance instance = instance(List.of(headroom("a", "a", 100e6, 20e6), c, headroom("poor", "short", 0.0, null)),
                List.of(social("t", 10, 300_000, 100_000)));
        LevyBlock block = LevyCalculator.compute(instance, nothingDone(instance), cap(0.01));
        assertEquals("own-region-short", corporation(block, "c").exempt());
        assertEquals(0.0, corporation(block, "c").levy(), 0.0);
        assertEquals(0.0, corporation(block, "c").gross(), 0.0);
        // Reported as computed: its base and ρmax (50m / 100m).
        assertEquals(100e6, corporation(block, "c").base(), EURO);
        assertEquals(0.5, corporation(block, "c").rhoMax(), RATE);
        assertEquals("no-base", corporation(block, "poor").exempt());
        // a alone, cap 2.0m = need 2.0m: ρ = 0.01 exactly, nothing uncovered.
        assertEquals(0.01, block.rate(), RATE);
        assertEquals(0.0, block.uncovered(), 0.0);
        assertEquals(exempt(1, 1), block.summary().exempt());
        assertEquals(1, block.summary().payers());
        assertEquals(0.01, block.summary().capNeeded(), RATE);
    }

    @Test
    void theNeedIsSplitByRegionAndProvinceOverTasksOfAtLeastOneEuro() {
        // Regions short and edge in province P3. t: 10 × 200k = 2.0m in short; u: 5 × 200k = 1.0m
        // in edge; tiny: one home in region b with an onrendabele top of EUR 0.40. The need is
        // 3,000,000.40; tiny is below one euro and left out of the split, but its home is
        // unrealised, so b is exempt: its own region is short (judged on homes, not money).
        Instance base = instance(standard(), List.of());
        Instance instance = new Instance(base.name(), base.baseYear(), base.agreementYears(), base.horizonYears(), 0.0,
                Norms.DEFAULT, Priorities.DEFAULT, null, LevySettings.DEFAULT,
                List.of(new Region("a", "A", "P1"), new Region("b", "B", "P2"), new Region("short", "Short", "P3"),
                        new Region("edge", "Edge", "P3")),
                base.corporations(),
                List.of(social("t", 10, 300_000, 100_000),
                        new Task("u", TaskType.NEW_BUILD_SOCIAL, "edge", null, 5, 2027, 300_000, 100_000, 0, true),
                        new Task("tiny", TaskType.NEW_BUILD_SOCIAL, "b", null, 1, 2027, 100_000.40, 100_000, 0, true)));
        LevyBlock block = LevyCalculator.compute(instance, nothingDone(instance), cap(0.01));
        assertEquals(3_000_000.40, block.need(), 0.005);
        assertEquals("own-region-short", corporation(block, "b").exempt());
        assertEquals(Map.of("short", 2.0e6, "edge", 1.0e6), block.summary().needByRegion());
        assertEquals(Map.of("P3", 3.0e6), block.summary().needByProvince());
        // a alone raises its cap, 2.0m; the rest is uncovered, and a cap of 3,000,000.40 / 200m would cover it.
        assertEquals(2.0e6, block.raised(), EURO);
        assertEquals(1_000_000.40, block.uncovered(), 0.005);
        assertEquals(3_000_000.40 / 200e6, block.summary().capNeeded(), RATE);
        // Support in order: tiny first (lowest support per home in the tier), then t (before u by
        // id) in part: (2.0m − 0.40) / 200k = 9.999998 homes.
        assertEquals(List.of(new LevyBlock.SupportedTask("tiny", 1.0, 0.40), new LevyBlock.SupportedTask("t", 9.999998, 1_999_999.60)),
                block.supported());
    }

    @Test
    void noCapCoversANeedBeyondEveryCorporationsRoom() {
        // 1,001 homes × 200k = 200.2m; a and b can give 100m each before their rows fall below 0:
        // even a cap of 100% raises 200m. capNeeded is null; at 1% the rest is uncovered.
        Instance instance = instance(standard(), List.of(social("t", 1001, 300_000, 100_000)));
        LevyBlock block = LevyCalculator.compute(instance, nothingDone(instance), cap(0.01));
        assertNull(block.summary().capNeeded());
        assertEquals(200.2e6 - 5.0e6, block.uncovered(), EURO);
        // Nobody is held back at 1%: both ρmax (0.5, 1/3) are above the rate.
        assertEquals(0, block.summary().limitedByContinuity().count());
    }

    @Test
    void aNeedBelowOneEuroIsReportedButCountsAsZero() {
        // A task whose cost exceeds its value by 0.50 per home, one home: the need is reported as
        // 0.50, with rate 0, nothing raised or uncovered, capNeeded 0 and nothing supported.
        Instance instance = instance(standard(), List.of(social("t", 1, 100_000.50, 100_000)));
        LevyBlock block = LevyCalculator.compute(instance, nothingDone(instance), cap(0.01));
        assertEquals(0.50, block.need(), 0.0);
        assertEquals(0.0, block.rate(), 0.0);
        assertEquals(0.0, block.raised(), 0.0);
        assertEquals(0.0, block.uncovered(), 0.0);
        assertEquals(List.of(), block.supported());
        assertEquals(0.0, block.summary().capNeeded(), 0.0);
        assertEquals(0, block.summary().payers());
        assertEquals(Map.of(), block.summary().needByRegion());
        assertEquals(Map.of(), block.summary().needByProvince());
        // The unrealised home still makes the short region short; poor is no-base first.
        assertEquals(exempt(0, 1), block.summary().exempt());
    }

    @Test
    void localAmbitionsGetNoProjectsteun() {
        // A local ambition (npa false) of poor: not in the need, not supported, no exemption of its own.
        Instance instance = instance(standard(), List.of(social("t", 10, 300_000, 100_000),
                new Task("local", TaskType.NEW_BUILD_SOCIAL, "short", "poor", 50, 2027, 300_000, 100_000, 0, false)));
        LevyBlock block = LevyCalculator.compute(instance, nothingDone(instance), cap(0.01));
        assertEquals(2.0e6, block.need(), EURO);
        assertEquals(List.of("t"), block.supported().stream().map(LevyBlock.SupportedTask::task).toList());
    }

    @Test
    void aLocalAmbitionAloneMakesNoRegionShort() {
        // Only a local ambition of c is unrealised in region a: no NPA home is short there, so c pays.
        Corporation c = new Corporation("c", "c", List.of("a"), null, null, null, 50e6, 10e6, null);
        Instance instance = instance(List.of(c, headroom("b", "b", 100e6, 30e6), headroom("poor", "short", 0.0, null)),
                List.of(social("t", 10, 300_000, 100_000),
                        new Task("local", TaskType.NEW_BUILD_SOCIAL, "a", "c", 50, 2027, 300_000, 100_000, 0, false)));
        LevyBlock block = LevyCalculator.compute(instance, nothingDone(instance), cap(0.01));
        assertNull(corporation(block, "c").exempt());
        // c (base 100m) and b (300m): ρ = 2.0m / 400m.
        assertEquals(0.005, block.rate(), RATE);
    }
}
