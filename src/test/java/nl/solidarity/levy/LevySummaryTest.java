package nl.solidarity.levy;

import static nl.solidarity.levy.LevyFixtures.cap;
import static nl.solidarity.levy.LevyFixtures.headroom;
import static nl.solidarity.levy.LevyFixtures.instance;
import static nl.solidarity.levy.LevyFixtures.nothingDone;
import static nl.solidarity.levy.LevyFixtures.social;
import static nl.solidarity.levy.LevyFixtures.standard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.LevySettings;
import nl.solidarity.domain.Norms;
import nl.solidarity.domain.Priorities;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;
import nl.solidarity.report.LevyReport;
import nl.solidarity.result.LevyBlock;
import nl.solidarity.result.Result;
import org.junit.jupiter.api.Test;

/**
 * The levy block's {@code summary}, every field, on cases computed by hand: an exempt corporation,
 * one limited by continuity, one covered by its credit, {@code capNeeded} below and above the cap
 * and null, and a need below one euro. Indexation 0 and ten levy years, so a corporation's base is
 * 10 × its yearly cash flow; {@code headroom} corporations, so ρmax = room left / base.
 */
class LevySummaryTest {
    private static final double EURO = 1.0;
    private static final double RATE = 1e-12;

    /**
     * Four regions in four provinces; one task short in "short" (P3) and one in "far" (P4).
     *
     * <pre>
     *   x     region a      room 100m   cash flow 20m: B 200m, ρmax 100m / 200m = 0.5
     *   y     region b      room 0.5m   cash flow 10m: B 100m, ρmax 0.5m / 100m = 0.005   (held back)
     *   z     region b      room 100m   cash flow 10m: B 100m; paid 3m into the fund of "short":
     *                                   credit 1.0·3m = 3m, ρmax (100m − 3m) / 100m = 0.97 (covered)
     *   s     region short  room 50m    cash flow 10m: own-region-short (exempt, though it has a base)
     *   poor  region short  room 0      no cash flow: no-base (it drew the 3m)
     *
     *   t  15 social homes in short, cost 300k, value 100k: 15·200k = 3.0m
     *   u   5 social homes in far,   cost 200k, value 100k:  5·100k = 0.5m       need S = 3.5m
     * </pre>
     */
    private static Instance everyKind() {
        Instance base = instance(List.of(
                headroom("x", "a", 100e6, 20e6), headroom("y", "b", 0.5e6, 10e6), headroom("z", "b", 100e6, 10e6),
                headroom("s", "short", 50e6, 10e6), headroom("poor", "short", 0.0, null)), List.of());
        return new Instance(base.name(), base.baseYear(), base.agreementYears(), base.horizonYears(), 0.0, Norms.DEFAULT,
                Priorities.DEFAULT, null, LevySettings.DEFAULT,
                List.of(new Region("a", "A", "P1"), new Region("b", "B", "P2"), new Region("short", "Short", "P3"),
                        new Region("far", "Far", "P4")),
                base.corporations(),
                List.of(social("t", 15, 300_000, 100_000),
                        new Task("u", TaskType.NEW_BUILD_SOCIAL, "far", null, 5, 2027, 200_000, 100_000, 0, true)));
    }

    private static Result everyKindDone(Instance instance) {
        return nothingDone(instance, "units", List.of(new Result.Contribution("z", "short", 3e6, "national")),
                List.of(new Result.Support("short", "poor", 3e6)));
    }

    private static Map<String, Integer> exempt(int ownRegionShort, int noBase) {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("own-region-short", ownRegionShort);
        map.put("no-base", noBase);
        return map;
    }

    private static Map<String, Double> map(Object... keyValues) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], ((Number) keyValues[i + 1]).doubleValue());
        }
        return map;
    }

    /** Every field of the summary: counts and keys exactly (in order), money to the euro, capNeeded to 1e-12. */
    private static void assertSummary(LevyBlock.Summary expected, LevyBlock.Summary actual) {
        assertEquals(expected.payers(), actual.payers(), "payers");
        assertEquals(expected.exempt(), actual.exempt(), "exempt");
        assertEquals(List.copyOf(expected.exempt().keySet()), List.copyOf(actual.exempt().keySet()), "exempt order");
        assertEquals(expected.limitedByContinuity().count(), actual.limitedByContinuity().count(), "limitedByContinuity.count");
        assertEquals(expected.limitedByContinuity().shortfall(), actual.limitedByContinuity().shortfall(), EURO,
                "limitedByContinuity.shortfall");
        assertEquals(expected.coveredByCredit(), actual.coveredByCredit(), "coveredByCredit");
        if (expected.capNeeded() == null) {
            assertNull(actual.capNeeded(), "capNeeded");
        } else {
            assertEquals(expected.capNeeded(), actual.capNeeded(), RATE, "capNeeded");
        }
        assertEquals(List.copyOf(expected.needByRegion().keySet()), List.copyOf(actual.needByRegion().keySet()), "needByRegion");
        expected.needByRegion().forEach((k, v) -> assertEquals(v, actual.needByRegion().get(k), EURO, "needByRegion." + k));
        assertEquals(List.copyOf(expected.needByProvince().keySet()), List.copyOf(actual.needByProvince().keySet()), "needByProvince");
        expected.needByProvince().forEach((k, v) -> assertEquals(v, actual.needByProvince().get(k), EURO, "needByProvince." + k));
    }

    @Test
    void atOnePercentTheNeedIsNotCoveredAndTheCapNeededIsAboveTheCap() {
        // ρ = 1%: x pays min(0.01, 0.5)·200m = 2.0m; y min(0.01, 0.005)·100m = 0.5m (its ρmax binds);
        // z's gross 0.01·100m = 1.0m is below its 3m credit, so it pays 0. Raised 2.5m < 3.5m: the
        // rate is the cap and 1.0m is uncovered.
        Instance instance = everyKind();
        LevyBlock block = LevyCalculator.compute(instance, everyKindDone(instance), cap(0.01));
        assertEquals(3.5e6, block.need(), EURO);
        assertEquals(0.01, block.rate(), 0.0);
        assertEquals(2.5e6, block.raised(), EURO);
        assertEquals(1.0e6, block.uncovered(), EURO);
        // payers: x (2.0m) and y (0.5m) = 2. Exempt: s (own-region-short), poor (no-base).
        // limitedByContinuity: y, ρmax 0.005 < rate 0.01: shortfall (0.01 − 0.005)·100m = 0.5m.
        // coveredByCredit: z, credit 3m ≥ gross 1.0m.
        // capNeeded: at a cap c ≤ 0.03, x pays 200m·c, y 0.5m, z nothing: 200m·c + 0.5m = 3.5m at
        // c = 0.015, above the 1% cap. Need by region in instance order: short 3.0m, far 0.5m.
        assertSummary(new LevyBlock.Summary(2, exempt(1, 1), new LevyBlock.LimitedByContinuity(1, 0.5e6), 1, 0.015,
                map("short", 3.0e6, "far", 0.5e6), map("P3", 3.0e6, "P4", 0.5e6)), block.summary());
        // The support: both social, same weight; u (100k a home) before t (200k): u's 0.5m in full,
        // then 2.0m / 200k = 10 of t's 15 homes.
        assertEquals(List.of(new LevyBlock.SupportedTask("u", 5.0, 0.5e6), new LevyBlock.SupportedTask("t", 10.0, 2.0e6)),
                block.supported());
    }

    @Test
    void atFivePercentTheNeedIsCoveredAndTheCapNeededIsTheRateBelowTheCap() {
        // Kinks: y's ρmax 0.005, z's credit / base 3m / 100m = 0.03, the cap 0.05. At 0.005 x and y
        // raise 1.0m + 0.5m = 1.5m; at 0.03 x raises 6.0m, so the rate lies on [0.005, 0.03], where
        // only x grows (200m per unit): ρ = 0.005 + (3.5m − 1.5m) / 200m = 0.015. x pays 3.0m, y 0.5m.
        Instance instance = everyKind();
        LevyBlock block = LevyCalculator.compute(instance, everyKindDone(instance), cap(0.05));
        assertEquals(0.015, block.rate(), RATE);
        assertEquals(3.5e6, block.raised(), EURO);
        assertEquals(0.0, block.uncovered(), 0.0);
        // payers 2; y held back by (0.015 − 0.005)·100m = 1.0m; z's gross 0.015·100m = 1.5m ≤ 3m
        // credit: covered; capNeeded = the rate, 1.5%, below the 5% cap.
        assertSummary(new LevyBlock.Summary(2, exempt(1, 1), new LevyBlock.LimitedByContinuity(1, 1.0e6), 1, 0.015,
                map("short", 3.0e6, "far", 0.5e6), map("P3", 3.0e6, "P4", 0.5e6)), block.summary());
    }

    @Test
    void theReportSaysTheSummaryInWordsFirst() {
        Instance instance = everyKind();
        Result levied = LevyStage.apply(instance, everyKindDone(instance), cap(0.01));
        String first = String.join(" ", LevyReport.render(instance, levied).lines().skip(2).takeWhile(l -> !l.isBlank()).toList());
        assertEquals("The 1% cap raises EUR 2.50 m of the EUR 3.50 m need; a cap of 1.5% would cover it. 2 corporations "
                + "pay; 1 is exempt because its own region is short and 1 because it states no operating cash flow to levy on; "
                + "1 could pay more but its norms do not allow it (EUR 0.50 m less than the rate asks); 1 is covered by its "
                + "credit for what it paid into the solidarity funds. The largest payers are x with EUR 2.00 m and y with "
                + "EUR 0.50 m. EUR 1.00 m stays uncovered: the ambition cannot be "
                + "financed and must be adjusted (bijgesteld) by EUR 1.00 m, unless the cap is raised or the money is found "
                + "elsewhere.", first);
    }

    @Test
    void noCapCoversANeedBeyondEveryCorporationsRoom() {
        // standard(): a (room 100m, B 200m), b (room 100m, B 300m), poor (no base). 1,001 homes ×
        // 200k = 200.2m; even a cap of 100% raises only the rooms, 100m + 100m = 200m: capNeeded
        // null. At 1% a pays 2.0m and b 3.0m (both ρmax, 0.5 and 1/3, far above): nobody held back.
        Instance instance = instance(standard(), List.of(social("t", 1001, 300_000, 100_000)));
        LevyBlock block = LevyCalculator.compute(instance, nothingDone(instance), cap(0.01));
        assertSummary(new LevyBlock.Summary(2, exempt(0, 1), new LevyBlock.LimitedByContinuity(0, 0.0), 0, null,
                map("short", 200.2e6), map("P3", 200.2e6)), block.summary());
    }

    @Test
    void aNeedBelowOneEuroCountsAsZeroButItsHomesStillExempt() {
        // One home whose cost exceeds its value by EUR 0.50: need 0.50, below one euro, so rate 0,
        // nothing raised, capNeeded 0 and no need by region. The home is still unrealised, so s,
        // which works in the short region, is exempt (judged on homes, not money); poor has no base.
        // Nobody pays: payers 0; nobody is held back at rate 0; no credits.
        Instance instance = instance(List.of(headroom("a", "a", 100e6, 20e6), headroom("s", "short", 50e6, 10e6),
                headroom("poor", "short", 0.0, null)), List.of(social("t", 1, 100_000.50, 100_000)));
        LevyBlock block = LevyCalculator.compute(instance, nothingDone(instance), cap(0.01));
        assertEquals(0.50, block.need(), 0.0);
        assertEquals(0.0, block.rate(), 0.0);
        assertEquals(0.0, block.raised(), 0.0);
        assertEquals(0.0, block.uncovered(), 0.0);
        assertSummary(new LevyBlock.Summary(0, exempt(1, 1), new LevyBlock.LimitedByContinuity(0, 0.0), 0, 0.0,
                Map.of(), Map.of()), block.summary());
    }
}
