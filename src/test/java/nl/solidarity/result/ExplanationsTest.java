package nl.solidarity.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.solidarity.domain.ContinuityCost;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Finance;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.LevySettings;
import nl.solidarity.domain.Norms;
import nl.solidarity.domain.Priorities;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Targets;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;
import nl.solidarity.model.Mode;
import nl.solidarity.model.Scope;
import nl.solidarity.projection.Projection;
import nl.solidarity.testing.Solve;
import nl.solidarity.verify.Verifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One hand-built instance per reason of the closed list, each made so that the reason is the true
 * one: the explanation states it, with its sentence, and verify finds the explanations as stated.
 * Headroom corporations (one row, HEADROOM 2034, room = H less the onrendabele top of the work)
 * keep the arithmetic visible; the baseline breach needs a corporation with finances.
 */
class ExplanationsTest {
    /** The level tolerance leaves a few millionths of a home; the result drops entries below 0.001 homes. */
    private static final double HOMES = 1e-3;

    static Corporation headroom(String id, double h, String... regions) {
        return new Corporation(id, "Corporatie " + id.toUpperCase(), List.of(regions), null, null, null, h, null, null);
    }

    /** Social new build: 10 homes at cost 300k, value 100k: an onrendabele top of EUR 200k a home. */
    static Task social(String id, String region, String owner) {
        return new Task(id, TaskType.NEW_BUILD_SOCIAL, region, owner, 10, 2026, 300_000, 100_000, 0, true);
    }

    static Instance instance(List<Region> regions, List<Corporation> corporations, List<Task> tasks) {
        return new Instance("explained", 2024, 10, 15, 0.0, Norms.DEFAULT, Priorities.DEFAULT, Targets.NONE, LevySettings.DEFAULT,
                regions, corporations, tasks);
    }

    static Result.TaskExplanation explanation(Instance instance, Result result, String task, String kind) {
        assertEquals(List.of(), Verifier.check(instance, result));
        return result.explanations().tasks().stream().filter(e -> e.task().equals(task) && e.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no explanation for " + task + " in " + result.explanations()));
    }

    @Test
    void theOwnersRowBinds() {
        // a has EUR 1m: 5 of its 10 social homes; nobody else could build or pay.
        Instance instance = instance(List.of(new Region("r", "Regio", "P")), List.of(headroom("a", 1.0e6, "r")),
                List.of(social("t", "r", "a")));
        Result result = Solve.ortools(instance, Mode.UNITS, Scope.REGION, 30);
        Result.TaskExplanation e = explanation(instance, result, "t", "unrealised");
        assertEquals(5.0, e.units(), HOMES);
        assertEquals("ownerRowBinds", e.reason());
        assertEquals("HEADROOM", e.norm());
        assertEquals(2034, e.year());
        assertEquals("a (Corporatie A)'s row HEADROOM 2034 binds: EUR 0 left above its floor.", e.sentence());
        Result.CorporationExplanation a = result.explanations().corporations().get(0);
        assertEquals(List.of(new Result.BindingRow("HEADROOM", 2034, 0.0, 0.0)), a.bindingRows(), "no room left: the level is held on its optimal face");
        // EUR 1m more carries 5 more homes at a top of 200k: 5 weighted homes of tier 1.
        assertEquals(5.0, a.marginal().homesPerMillion(), 1e-6);
        assertEquals("At the margin, EUR 1 m more for a (Corporatie A) realises 5.0 weighted homes of tier 1 (NEW_BUILD_SOCIAL) "
                + "in r (Regio).", a.marginal().sentence());
    }

    @Test
    void theRoomWentToAnInnerTier() {
        // a's EUR 2m carries its 10 social homes (tier 1); its gas-free homes (tier 3) get nothing.
        Task gasFree = new Task("g", TaskType.GAS_FREE, "r", "a", 20, 2026, 150_000, 50_000, 0, true);
        Instance instance = instance(List.of(new Region("r", "Regio", "P")), List.of(headroom("a", 2.0e6, "r")),
                List.of(social("t", "r", "a"), gasFree));
        Result result = Solve.ortools(instance, Mode.UNITS, Scope.REGION, 30);
        Result.TaskExplanation e = explanation(instance, result, "g", "unrealised");
        assertEquals(20.0, e.units(), HOMES);
        assertEquals("roomWentToInnerTier", e.reason());
        assertEquals(1, e.tier());
        assertEquals("The room of a (Corporatie A) went to an inner tier: it carries out tier 1 (NEW_BUILD_SOCIAL) work in r (Regio).",
                e.sentence());
    }

    @Test
    void itWasTheCheapestToLeaveUndone() {
        // Projects mode. a's EUR 2m carries one of two social projects of 10 homes: p (top 200k a
        // home, 2m) or q (top 150k, 1.5m), not both. Either realises 10 homes, so the tier level is
        // indifferent; supportNeed (level 2) leaves undone what costs least to support: q.
        Task p = social("p", "r", "a");
        Task q = new Task("q", TaskType.NEW_BUILD_SOCIAL, "r", "a", 10, 2026, 250_000, 100_000, 0, true);
        Instance instance = instance(List.of(new Region("r", "Regio", "P")), List.of(headroom("a", 2.0e6, "r")), List.of(p, q));
        Result result = Solve.ortools(instance, Mode.PROJECTS, Scope.REGION, 30);
        Result.TaskExplanation e = explanation(instance, result, "q", "unrealised");
        assertEquals(10.0, e.units(), HOMES);
        assertEquals("cheapestToLeaveUndone", e.reason());
        assertEquals("p", e.competitor());
        assertEquals("It was the cheapest task of its tier to leave undone (supportNeed, level 2): a (Corporatie A) could realise "
                + "it or p with the same room and the same weighted homes, and p needs EUR 200,000 of support a home against "
                + "EUR 150,000 for this task.", e.sentence());
    }

    @Test
    void noCorporationWithRoomIsAllowedAtThisScope() {
        // b has EUR 100m in another province: at scope region it may not pay into a's fund.
        Instance instance = instance(List.of(new Region("r", "Regio", "P"), new Region("s", "Elders", "Q")),
                List.of(headroom("a", 1.0e6, "r"), headroom("b", 100.0e6, "s")), List.of(social("t", "r", "a")));
        Result result = Solve.ortools(instance, Mode.UNITS, Scope.REGION, 30);
        Result.TaskExplanation e = explanation(instance, result, "t", "unrealised");
        assertEquals("noneWithRoomInScope", e.reason());
        assertEquals("b", e.subject());
        assertEquals("national", e.scope());
        assertEquals("No corporation that may carry it out or pay for it at scope region has room left; b (Corporatie B) has "
                + "EUR 100.00 m of room left but may pay into the r (Regio) fund only from scope national.", e.sentence());
        Result national = Solve.ortools(instance, Mode.UNITS, Scope.NATIONAL, 30);
        assertTrue(national.unmet().isEmpty(), "at scope national b pays for the rest");
    }

    @Test
    void theOwnRegionLockIsTight() {
        // r and s share a province. b's EUR 2m realises its own 20 gas-free homes in s (tier 3) at
        // scope region; at scope province b could pay for a's social homes (tier 1) instead, but s
        // may not do worse in tier 3 than at scope region.
        Task gasFree = new Task("g", TaskType.GAS_FREE, "s", "b", 20, 2026, 150_000, 50_000, 0, true);
        Instance instance = instance(List.of(new Region("r", "Regio", "P"), new Region("s", "Buur", "P")),
                List.of(headroom("a", 1.0e6, "r"), headroom("b", 2.0e6, "s")), List.of(social("t", "r", "a"), gasFree));
        Result result = Solve.ortools(instance, Mode.UNITS, Scope.PROVINCE, 30);
        Result.TaskExplanation e = explanation(instance, result, "t", "unrealised");
        assertEquals(5.0, e.units(), HOMES);
        assertEquals("ownRegionLockTight", e.reason());
        assertEquals("b", e.subject());
        assertEquals("s", e.region());
        assertEquals(3, e.tier());
        assertEquals("The room of b (Corporatie B), which could have gone to it, stays in s (Buur) (it carries out tier 3 work "
                + "there): at scope province s (Buur) may not do worse in tier 3 than at scope region, and its own-region lock is "
                + "tight at 0.0 weighted unmet homes.", e.sentence());
    }

    @Test
    void theOwnerIsInBaselineBreachAndCannotPreFinance() {
        // Debt at 95% of the policy value: the temporary LTV ceiling (0.90) is broken at baseline,
        // and insulating (cost 50k, value 10k a home) would take the row further down.
        Corporation owner = new Corporation("a", "Corporatie A", List.of("r"), null, null,
                new Finance(500e6, 475e6, 20e6, 0.03, ContinuityCost.indexed(5e6)), null, null, null);
        Task insulation = new Task("i", TaskType.INSULATION, "r", "a", 100, 2025, 50_000, 10_000, 0, true);
        Instance instance = instance(List.of(new Region("r", "Regio", "P")), List.of(owner), List.of(insulation));
        assertFalse(Projection.rowsOf(instance, owner).baselineBreaches().isEmpty());
        Result result = Solve.ortools(instance, Mode.UNITS, Scope.REGION, 30);
        Result.TaskExplanation e = explanation(instance, result, "i", "unrealised");
        assertEquals(100.0, e.units(), HOMES);
        assertEquals("ownerInBaselineBreach", e.reason());
        assertEquals("a (Corporatie A) is in baseline breach on LTV 2025 (EUR -24.25 m at baseline) and cannot pre-finance it: "
                + "the work would take that row further below zero.", e.sentence());
    }

    @Test
    void movingSavesSolidarityMoney() {
        // a has no room for its own social homes; b, active in the same region, builds them with
        // its own room instead of paying a through the fund.
        Instance instance = instance(List.of(new Region("r", "Regio", "P")),
                List.of(headroom("a", 0.0, "r"), headroom("b", 5.0e6, "r")), List.of(social("t", "r", "a")));
        Result result = Solve.ortools(instance, Mode.UNITS, Scope.REGION, 30);
        assertTrue(result.contributions().isEmpty());
        Result.TaskExplanation e = explanation(instance, result, "t", "moved");
        assertEquals("b", e.corporation());
        assertEquals(10.0, e.units(), HOMES);
        assertEquals("movingSavesSolidarityMoney", e.reason());
        assertEquals("Moving it saves solidarity money: a (Corporatie A)'s row HEADROOM 2034 binds (EUR 0 left above its floor), "
                + "so a could carry it out only with money from a fund; b (Corporatie B) carries out 10.0 homes with its own room.",
                e.sentence());
    }

    @Test
    void movingSavesSolidarityMoneyWhenTheHomesAddRoomToTheCarrier() {
        // b (no room) must insulate 50 homes: cost 50k, value 10k, a top of EUR 2.0m, which only
        // the owner may carry out. a (EUR 10m) owns 10 mid-rent homes at cost 200k and value 250k:
        // each adds EUR 50k of room to whoever builds them. Built by a, the fund passes EUR 2.0m to
        // b; built by b, they add EUR 0.5m to b's row, so a pays only EUR 1.5m: the regional volume
        // (level 7) is lower, and it comes before movedUnits, so all 10 move.
        Task middle = new Task("m", TaskType.NEW_BUILD_MIDDLE, "r", "a", 10, 2026, 200_000, 250_000, 0, true);
        Task insulation = new Task("i", TaskType.INSULATION, "r", "b", 50, 2026, 50_000, 10_000, 0, true);
        Instance instance = instance(List.of(new Region("r", "Regio", "P")),
                List.of(headroom("a", 10.0e6, "r"), headroom("b", 0.0, "r")), List.of(middle, insulation));
        Result result = Solve.ortools(instance, Mode.UNITS, Scope.REGION, 30);
        assertTrue(result.unmet().isEmpty());
        assertEquals(1.5e6, result.contributions().stream().mapToDouble(Result.Contribution::amount).sum(), 1.0);
        Result.TaskExplanation e = explanation(instance, result, "m", "moved");
        assertEquals("b", e.corporation());
        assertEquals(10.0, e.units(), HOMES);
        assertEquals("movingSavesSolidarityMoney", e.reason());
        assertEquals("b", e.subject());
        assertEquals("HEADROOM", e.norm());
        assertEquals("Moving it saves solidarity money: the homes add room to b (Corporatie B)'s row HEADROOM 2034, which binds, "
                + "so b needs that much less money from a fund.", e.sentence());
    }

    /**
     * a (EUR 10m, region r of province P) owns 20 social homes in r (cost EUR 6m, top EUR 4m); b has
     * no room and is active in r and in {@code bRegions}' other region; d has no room and must
     * insulate 50 homes in s (province Q: cost EUR 2.5m, top EUR 2m), which only d may carry out.
     * Only a has room, and it may pay into the s fund only at the national level; b may pay into it
     * at a narrower one.
     */
    private static Instance bridge(List<Region> regions, String... bRegions) {
        return instance(regions, List.of(headroom("a", 10.0e6, "r"), headroom("b", 0.0, bRegions), headroom("d", 0.0, "s")),
                List.of(new Task("t", TaskType.NEW_BUILD_SOCIAL, "r", "a", 20, 2026, 300_000, 100_000, 0, true),
                        new Task("u", TaskType.INSULATION, "s", "d", 50, 2026, 50_000, 10_000, 0, true)));
    }

    /**
     * Without the move a pays EUR 2m into the s fund nationally. With a's 20 homes carried out by b,
     * a pays b through the r fund (regional, at most the work's cost of EUR 6m), b spends EUR 4m of
     * it on the top and pays EUR 2m into the s fund: support 6m ≥ 4m + 2m forces all 20 homes to b,
     * and national volume is 0. b's other region is s itself (a regional contribution) or s2, a
     * region of s's province (a provincial one, still narrower than a's national one).
     */
    @ParameterizedTest(name = "b active in {0}: a {1} contribution")
    @CsvSource({"s, regional", "s2, provincial"})
    void movingSavesSolidarityMoneyWhenTheCarrierPassesMoneyOn(String otherRegion, String level) {
        Instance instance = bridge(List.of(new Region("r", "Regio", "P"), new Region("s", "Elders", "Q"),
                new Region("s2", "Buur", "Q")), "r", otherRegion);
        Result result = Solve.ortools(instance, Mode.UNITS, Scope.NATIONAL, 30);
        assertTrue(result.unmet().isEmpty());
        assertEquals(List.of(new Result.Contribution("a", "r", 6.0e6, "regional"), new Result.Contribution("b", "s", 2.0e6, level)),
                rounded(result.contributions()));
        Result.TaskExplanation e = passedOnToS(instance, result);
        assertEquals("Moving it saves solidarity money: b (Corporatie B) carries out the homes with money from the r (Regio) fund and "
                + "pays into the s (Elders) fund as a " + level + " contribution, so less money moves at a wider level.", e.sentence());
    }

    @Test
    void movingSavesSolidarityMoneyWhenTheCarrierSpendsItsOwnRoomInItsOtherRegion() {
        // b itself owns the 10 social homes in s (top EUR 2m) and has no room. Without the move a
        // pays EUR 2m into the s fund nationally. With a's 20 homes in r carried out by b on EUR 6m
        // from the r fund (regional), b is left EUR 2m of room after their EUR 4m top and builds its
        // own homes in s with it: no fund in s is needed at all.
        Instance instance = instance(List.of(new Region("r", "Regio", "P"), new Region("s", "Elders", "Q")),
                List.of(headroom("a", 10.0e6, "r"), headroom("b", 0.0, "r", "s")),
                List.of(new Task("t", TaskType.NEW_BUILD_SOCIAL, "r", "a", 20, 2026, 300_000, 100_000, 0, true), social("u", "s", "b")));
        Result result = Solve.ortools(instance, Mode.UNITS, Scope.NATIONAL, 30);
        assertTrue(result.unmet().isEmpty());
        assertEquals(List.of(new Result.Contribution("a", "r", 6.0e6, "regional")), rounded(result.contributions()));
        Result.TaskExplanation e = passedOnToS(instance, result);
        assertEquals("Moving it saves solidarity money: b (Corporatie B) carries out the homes with money from the r (Regio) fund and "
                + "spends its own room on NPA work in s (Elders), where it is active too, so less money moves at a wider level.",
                e.sentence());
    }

    /** a's 20 homes of t, moved to b because b passes money on to region s. */
    private static Result.TaskExplanation passedOnToS(Instance instance, Result result) {
        Result.TaskExplanation e = explanation(instance, result, "t", "moved");
        assertEquals("b", e.corporation());
        assertEquals(20.0, e.units(), HOMES);
        assertEquals("movingSavesSolidarityMoney", e.reason());
        assertEquals("s", e.region());
        return e;
    }

    /** Contributions rounded to whole euros, so that the level tolerance does not enter the comparison. */
    private static List<Result.Contribution> rounded(List<Result.Contribution> contributions) {
        return contributions.stream().map(c -> new Result.Contribution(c.corporation(), c.region(), Math.rint(c.amount()), c.level())).toList();
    }
}
