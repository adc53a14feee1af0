package nl.solidarity.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.LevySettings;
import nl.solidarity.domain.Norms;
import nl.solidarity.domain.Priorities;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Targets;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;
import nl.solidarity.engine.EngineOptions;
import nl.solidarity.engine.Escalation;
import nl.solidarity.engine.ortools.OrToolsEngine;
import nl.solidarity.io.InstanceDigest;
import nl.solidarity.io.Json;
import nl.solidarity.io.ResultJson;
import nl.solidarity.model.Mode;
import nl.solidarity.model.Scope;
import nl.solidarity.result.Result;
import nl.solidarity.result.ResultBuilder;
import org.junit.jupiter.api.Test;

/**
 * verify on instances small enough to work out by hand. Each test changes a solved result so that
 * exactly one rule is broken and every other number still adds up, and expects exactly that one
 * violation: the rule is checked on its own, not only through a number that also changes.
 */
class VerifierTest {
    /**
     * Two headroom corporations in region r: "rich" with EUR 2.0m of room, "poor" with 0.2m. Poor owns
     * 20 social homes with an onrendabele top of 200k each (cost 300k, value 100k): rich's room
     * carries 10 of them, poor's 1, and 9 stay unrealised (tier 1: 9 homes, supportNeed 1.8m).
     */
    static Instance richAndPoor(List<Task> tasks) {
        Corporation rich = new Corporation("rich", "Rich", List.of("r"), null, null, null, 2.0e6, null, null);
        Corporation poor = new Corporation("poor", "Poor", List.of("r"), null, null, null, 0.2e6, null, null);
        return new Instance("rich-and-poor", 2024, 10, 15, 0.02, Norms.DEFAULT, Priorities.DEFAULT, Targets.NONE,
                LevySettings.DEFAULT, List.of(new Region("r", "r", "P")), List.of(rich, poor), tasks);
    }

    static final Instance RICH_AND_POOR = richAndPoor(
            List.of(new Task("t", TaskType.NEW_BUILD_SOCIAL, "r", "poor", 20, 2026, 300_000, 100_000, 0, true)));

    /**
     * Two regions of one province, corporations a and b active in both, each with a project it can
     * pay for itself (cost = value): a in r2, b in r1. Nothing needs solidarity money, so the
     * solved result has none, and money can be added by hand around a cycle or to be netted.
     */
    static final Instance TWO_REGIONS = new Instance("two-regions", 2024, 10, 15, 0.02, Norms.DEFAULT, Priorities.DEFAULT,
            Targets.NONE, LevySettings.DEFAULT,
            List.of(new Region("r1", "r1", "P"), new Region("r2", "r2", "P")),
            List.of(new Corporation("a", "A", List.of("r1", "r2"), null, null, null, 5.0e6, null, null),
                    new Corporation("b", "B", List.of("r1", "r2"), null, null, null, 5.0e6, null, null)),
            List.of(new Task("tb", TaskType.NEW_BUILD_SOCIAL, "r1", "b", 10, 2026, 200_000, 200_000, 0, true),
                    new Task("ta", TaskType.NEW_BUILD_SOCIAL, "r2", "a", 10, 2027, 200_000, 200_000, 0, true)));

    static Result solve(Instance instance, Mode mode, Scope scope) {
        Escalation.Outcome outcome = new Escalation(new OrToolsEngine(new EngineOptions(30, 1, 0)), m -> { })
                .run(instance, mode, scope, 30);
        return ResultBuilder.build(outcome, "ortools", new Result.Options(30, 1, 0, "test"), InstanceDigest.of(instance), 0);
    }

    static ObjectNode tree(Result result) throws Exception {
        return (ObjectNode) Json.MAPPER.readTree(ResultJson.write(result));
    }

    static Result result(JsonNode tree) throws Exception {
        return ResultJson.fromTree(tree, "test");
    }

    private static ObjectNode corporation(ObjectNode tree, String id) {
        for (JsonNode c : tree.get("corporations")) {
            if (c.get("id").asText().equals(id)) {
                return (ObjectNode) c;
            }
        }
        throw new AssertionError("no corporation " + id);
    }

    @Test
    void theSolvedResultVerifiesAndStatesRoomUsedAndTheFairnessLevel() {
        // Rich builds 10 homes (10·200k = 2.0m, all its room), poor 1 (0.2m, all its room): both use
        // their whole headroom, so the largest share of room used is 1.
        Result result = solve(RICH_AND_POOR, Mode.UNITS, Scope.REGION);
        assertEquals(List.of(), Verifier.check(RICH_AND_POOR, result));
        Result.CorporationUse rich = result.corporations().get(0);
        Result.CorporationUse poor = result.corporations().get(1);
        assertEquals("rich", rich.id());
        assertEquals(2.0e6, rich.headroom(), 0.01);
        // Within a few euros: later levels may use the tier level's tolerance of 1e-6 homes (200k each).
        assertEquals(2.0e6, rich.used(), 5.0);
        assertEquals(0.2e6, poor.used(), 5.0);
        assertEquals("HEADROOM", rich.bindingNorm());
        assertEquals(2034, rich.bindingYear());
        assertEquals(9.0, result.objective().unmetByTier().get(0), 1e-3);
        assertEquals(1.8e6, result.objective().supportNeed(), 1.0);
        assertEquals(1.0, result.objective().fairness().value(), 1e-5);
    }

    @Test
    void aBrokenNormIsFoundByTheSimulationEvenWhenEveryOtherNumberIsConsistent() throws Exception {
        // Rich carries out all 20 homes: 20·200k = 4.0m against 2.0m of room, slack −2.0m. Everything
        // else is restated to match: nothing unmet, 20 moved homes, rich's share of room used 2.
        ObjectNode bad = tree(solve(RICH_AND_POOR, Mode.UNITS, Scope.REGION));
        ArrayNode assignments = bad.putArray("assignments");
        assignments.addObject().put("task", "t").put("corporation", "rich").put("units", 20.0);
        bad.putArray("unmet");
        ObjectNode objective = (ObjectNode) bad.get("objective");
        objective.putArray("unmetByTier").add(0.0).add(0.0).add(0.0);
        objective.put("weightedUnmet", 0.0).put("supportNeed", 0.0).put("movedUnits", 20.0);
        ((ObjectNode) objective.get("fairness")).put("value", 2.0);
        ObjectNode region = (ObjectNode) bad.get("scopes").get("region");
        region.putArray("unmetByTier").add(0.0).add(0.0).add(0.0);
        region.put("weightedUnmet", 0.0).put("supportNeed", 0.0);
        ObjectNode r = (ObjectNode) region.get("regions").get("r");
        r.putArray("unmetByTier").add(0.0).add(0.0).add(0.0);
        r.put("supportNeed", 0.0);
        ((ObjectNode) bad.get("yearly").get(0)).put("realised", 20.0);
        corporation(bad, "rich").put("used", 2.0e6);
        corporation(bad, "poor").put("used", 0.0);
        List<String> violations = Verifier.check(RICH_AND_POOR, result(bad));
        assertEquals(List.of("corporation rich: HEADROOM 2034 slack -2000000.00 is below the required 0.00"), violations);
    }

    @Test
    void aTaskCarriedOutByAnIneligibleCorporationIsNamed() throws Exception {
        // Insulation is work in the owner's own stock: nobody else may carry it out. Poor insulates
        // one home for 1,000 euros; the result is changed to say rich does, with rich's and poor's
        // room used, the moved homes and the fairness value restated to match.
        Instance instance = richAndPoor(List.of(new Task("t", TaskType.INSULATION, "r", "poor", 1, 2026, 1_000, 0, 0, true)));
        ObjectNode bad = tree(solve(instance, Mode.UNITS, Scope.REGION));
        assertEquals("poor", bad.get("assignments").get(0).get("corporation").asText());
        ((ObjectNode) bad.get("assignments").get(0)).put("corporation", "rich");
        ((ObjectNode) bad.get("objective")).put("movedUnits", 1.0);
        ((ObjectNode) bad.get("objective").get("fairness")).put("value", 1_000 / 2.0e6);
        corporation(bad, "rich").put("used", 1_000.0);
        corporation(bad, "poor").put("used", 0.0);
        assertEquals(List.of("assignments[0]: corporation rich may not carry out task t (only its owner poor may)"),
                Verifier.check(instance, result(bad)));
    }

    @Test
    void moneyGoingRoundIsRefusedThoughEveryFundBalancesAndNoNetPositionChanges() throws Exception {
        // a → fund r1 → b → fund r2 → a, 100k on every step: each fund receives what it pays out,
        // a and b each give and receive 100k (gives, receives and the volume restated), no row moves.
        Result solved = solve(TWO_REGIONS, Mode.UNITS, Scope.REGION);
        assertEquals(List.of(), Verifier.check(TWO_REGIONS, solved));
        assertEquals(0, solved.contributions().size());
        ObjectNode bad = tree(solved);
        ArrayNode contributions = bad.putArray("contributions");
        contributions.addObject().put("corporation", "a").put("region", "r1").put("amount", 1e5).put("level", "regional");
        contributions.addObject().put("corporation", "b").put("region", "r2").put("amount", 1e5).put("level", "regional");
        ArrayNode support = bad.putArray("support");
        support.addObject().put("region", "r1").put("corporation", "b").put("amount", 1e5);
        support.addObject().put("region", "r2").put("corporation", "a").put("amount", 1e5);
        ((ObjectNode) bad.get("objective").get("contributionVolume")).put("regional", 2e5);
        for (String id : List.of("a", "b")) {
            corporation(bad, id).put("gives", 1e5).put("receives", 1e5);
        }
        List<String> violations = Verifier.check(TWO_REGIONS, result(bad));
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith("money goes round: a → fund r1 → b → fund r2 → a"), violations.get(0));
    }

    @Test
    void payingIntoAndDrawingFromTheSameFundIsRefused() throws Exception {
        // a pays 100k into the fund of r2 and draws 100k from it for its own project there.
        ObjectNode bad = tree(solve(TWO_REGIONS, Mode.UNITS, Scope.REGION));
        bad.putArray("contributions").addObject().put("corporation", "a").put("region", "r2").put("amount", 1e5)
                .put("level", "regional");
        bad.putArray("support").addObject().put("region", "r2").put("corporation", "a").put("amount", 1e5);
        ((ObjectNode) bad.get("objective").get("contributionVolume")).put("regional", 1e5);
        corporation(bad, "a").put("gives", 1e5).put("receives", 1e5);
        assertEquals(List.of("corporation a both pays into the fund of r2 (100000.00) and draws from it (100000.00): "
                + "such amounts are netted"), Verifier.check(TWO_REGIONS, result(bad)));
    }

    @Test
    void supportBeyondTheCostOfTheReceiversWorkInTheRegionIsRefused() throws Exception {
        // b's only work in r1 costs 10·200k = 2.0m (less what the solver's level tolerance leaves undone); a pays 2.5m into the fund of r1 for b. Both still
        // hold their rows (5.0m of room each, and b's net receipt only adds room).
        ObjectNode bad = tree(solve(TWO_REGIONS, Mode.UNITS, Scope.REGION));
        bad.putArray("contributions").addObject().put("corporation", "a").put("region", "r1").put("amount", 2.5e6)
                .put("level", "regional");
        bad.putArray("support").addObject().put("region", "r1").put("corporation", "b").put("amount", 2.5e6);
        ((ObjectNode) bad.get("objective").get("contributionVolume")).put("regional", 2.5e6);
        corporation(bad, "a").put("gives", 2.5e6).put("used", 2.5e6 + corporation(bad, "a").get("used").asDouble());
        corporation(bad, "b").put("receives", 2.5e6).put("used", corporation(bad, "b").get("used").asDouble() - 2.5e6);
        ((ObjectNode) bad.get("objective").get("fairness")).put("value", 0.5);
        List<String> violations = Verifier.check(TWO_REGIONS, result(bad));
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).matches("support to b from the fund of r1: 2500000\\.00 is more than the (19999\\d\\d\\.\\d\\d|2000000\\.00) "
                + "its NPA work in r1 costs"), violations.get(0));
    }

    @Test
    void aContributionAtALevelTheScopeDoesNotAllowIsRefused() throws Exception {
        // At scope region only regional contributions are allowed: a corporation outside the
        // province paying into r1 is national.
        Instance instance = new Instance("outsider", 2024, 10, 15, 0.02, Norms.DEFAULT, Priorities.DEFAULT, Targets.NONE,
                LevySettings.DEFAULT, List.of(new Region("r1", "r1", "P"), new Region("far", "far", "Q")),
                List.of(new Corporation("a", "A", List.of("r1"), null, null, null, 0.0, null, null),
                        new Corporation("z", "Z", List.of("far"), null, null, null, 5.0e6, null, null)),
                List.of(new Task("t", TaskType.NEW_BUILD_SOCIAL, "r1", "a", 1, 2026, 300_000, 100_000, 0, true)));
        Result solved = solve(instance, Mode.UNITS, Scope.REGION);
        assertEquals(List.of(), Verifier.check(instance, solved));
        assertEquals(1.0, solved.objective().unmetByTier().get(0), 1e-3);
        ObjectNode bad = tree(solved);
        bad.putArray("assignments").addObject().put("task", "t").put("corporation", "a").put("units", 1.0);
        bad.putArray("unmet");
        bad.putArray("contributions").addObject().put("corporation", "z").put("region", "r1").put("amount", 3e5)
                .put("level", "national");
        bad.putArray("support").addObject().put("region", "r1").put("corporation", "a").put("amount", 3e5);
        ObjectNode objective = (ObjectNode) bad.get("objective");
        objective.putArray("unmetByTier").add(0.0).add(0.0).add(0.0);
        objective.put("weightedUnmet", 0.0).put("supportNeed", 0.0);
        ((ObjectNode) objective.get("contributionVolume")).put("national", 3e5);
        ((ObjectNode) objective.get("fairness")).put("value", 3e5 / 5.0e6);
        ObjectNode scope = (ObjectNode) bad.get("scopes").get("region");
        scope.putArray("unmetByTier").add(0.0).add(0.0).add(0.0);
        scope.put("weightedUnmet", 0.0).put("supportNeed", 0.0);
        ObjectNode r1 = (ObjectNode) scope.get("regions").get("r1");
        r1.putArray("unmetByTier").add(0.0).add(0.0).add(0.0);
        r1.put("supportNeed", 0.0);
        ((ObjectNode) bad.get("yearly").get(0)).put("realised", 1.0);
        corporation(bad, "z").put("gives", 3e5).put("used", 3e5);
        corporation(bad, "a").put("receives", 3e5).put("used", -1e5);
        assertEquals(List.of("contributions[0]: a national contribution is not allowed at scope region"),
                Verifier.check(instance, result(bad)));
        ((ObjectNode) bad.get("contributions").get(0)).put("level", "regional");
        assertEquals(List.of("contributions[0].level: the result says 'regional', but z paying into the fund of r1 is national",
                "contributions[0]: a national contribution is not allowed at scope region"), Verifier.check(instance, result(bad)));
    }

    @Test
    void aWiderScopeMayNotLeaveARegionWorseThanTheNarrowerScopeReports() throws Exception {
        // At scope province rich and poor leave 9 homes unrealised, as at scope region. Restating
        // the region scope as 8 (totals included, so it is consistent in itself) makes the
        // province scope break the lock that region's value implies.
        Result solved = solve(RICH_AND_POOR, Mode.UNITS, Scope.PROVINCE);
        assertEquals(List.of(), Verifier.check(RICH_AND_POOR, solved));
        ObjectNode bad = tree(solved);
        ObjectNode region = (ObjectNode) bad.get("scopes").get("region");
        ((ArrayNode) region.get("unmetByTier")).set(0, 8.0);
        region.put("weightedUnmet", 8.0);
        region.put("supportNeed", 1.6e6);
        ObjectNode r = (ObjectNode) region.get("regions").get("r");
        ((ArrayNode) r.get("unmetByTier")).set(0, 8.0);
        r.put("supportNeed", 1.6e6);
        List<String> violations = Verifier.check(RICH_AND_POOR, result(bad));
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).matches("scopes\\.province\\.regions\\.r\\.unmetByTier\\[0\\]: 9(\\.0*\\d)? is worse than "
                + "the 8 of scope region \\(a wider scope may not make a region's tier worse\\)"), violations.get(0));
    }

    @Test
    void narrowerScopesAreCheckedForConsistencyOnly() throws Exception {
        // The region scope's values are those of another allocation: verify cannot recompute them,
        // but its totals must be the sums over its regions, and every region must appear.
        ObjectNode tree = tree(solve(RICH_AND_POOR, Mode.UNITS, Scope.PROVINCE));
        ObjectNode region = (ObjectNode) tree.get("scopes").get("region");
        region.put("supportNeed", 1.7e6);
        assertEquals(List.of("scopes.region.supportNeed: the result says 1700000.00, recomputed 1800000.00 (the sum over its regions)"),
                Verifier.check(RICH_AND_POOR, result(tree)));
        region.put("supportNeed", 1.8e6);
        ((ObjectNode) region.get("regions")).remove("r");
        assertEquals(List.of("scopes.region.regions.r: missing (every region appears)"), Verifier.check(RICH_AND_POOR, result(tree)));
    }

    @Test
    void headroomBindingRowBreachesAndRoomUsedComeFromTheSimulation() throws Exception {
        // A finance corporation: its baseline headroom, the row that binds it and its room used are
        // recomputed by simulating the projection, so stating other values is a violation each.
        Instance instance = new Instance("one-finance", 2024, 10, 15, 0.02, Norms.DEFAULT, Priorities.DEFAULT, Targets.NONE,
                LevySettings.DEFAULT, List.of(new Region("r", "r", "P")),
                List.of(new Corporation("f", "F", List.of("r"), 1000, null,
                        new nl.solidarity.domain.Finance(100e6, 40e6, 5e6, 0.03, nl.solidarity.domain.ContinuityCost.indexed(2e6)),
                        null, null, null)),
                List.of(new Task("t", TaskType.NEW_BUILD_SOCIAL, "r", "f", 50, 2027, 250_000, 150_000, 6_000, true)));
        Result solved = solve(instance, Mode.UNITS, Scope.REGION);
        assertEquals(List.of(), Verifier.check(instance, solved));
        Result.CorporationUse f = solved.corporations().get(0);
        assertTrue(f.headroom() > 0 && f.used() > 0, f.toString());
        ObjectNode bad = tree(solved);
        corporation(bad, "f").put("headroom", f.headroom() * (1 + 1e-5)).put("used", f.used() + 100)
                .put("bindingYear", f.bindingYear() + 1);
        corporation(bad, "f").putArray("baselineBreaches").addObject().put("norm", "LTV").put("year", 2030).put("slack", -1.0);
        List<String> violations = Verifier.check(instance, result(bad));
        assertEquals(4, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith("corporations[f].headroom: the result says"), violations.get(0));
        assertTrue(violations.get(1).startsWith("corporations[f].bindingNorm: the result says " + f.bindingNorm() + " "
                + (f.bindingYear() + 1) + ", recomputed " + f.bindingNorm() + " " + f.bindingYear()), violations.get(1));
        assertTrue(violations.get(2).startsWith("corporations[f].used: the result says"), violations.get(2));
        assertEquals("corporations[f].baselineBreaches: LTV 2030 is not a row in breach at baseline", violations.get(3));
    }

    @Test
    void theLevyCountsInTheRowsAndInRoomUsed() throws Exception {
        // Rich and poor's region stays short, so they are exempt; "far", in a region of its own with
        // EUR 5m of room and 10m of yearly cash flow, pays the levy: 1% of its base, about 1.1m,
        // less than the 1.8m need. With the levy in place its room used is the levy (docs/result-format.md).
        Corporation far = new Corporation("far", "Far", List.of("f"), null, null, null, 5.0e6, 10.0e6, null);
        Instance instance = new Instance("levied", 2024, 10, 15, 0.02, Norms.DEFAULT, Priorities.DEFAULT, Targets.NONE,
                LevySettings.DEFAULT, List.of(new Region("r", "r", "P"), new Region("f", "f", "Q")),
                List.of(RICH_AND_POOR.corporations().get(0), RICH_AND_POOR.corporations().get(1), far),
                RICH_AND_POOR.tasks());
        Result levied = nl.solidarity.levy.LevyStage.apply(instance, solve(instance, Mode.UNITS, Scope.REGION),
                nl.solidarity.levy.LevyOptions.of(instance));
        nl.solidarity.result.LevyBlock.CorporationLevy pays = levied.levy().corporations().get(2);
        assertEquals("far", pays.id());
        assertTrue(pays.levy() > 1.0e6 && pays.levy() < 1.2e6, pays.toString());
        ObjectNode tree = tree(levied);
        corporation(tree, "far").put("used", pays.levy());
        assertEquals(List.of(), Verifier.check(instance, result(tree)));
        corporation(tree, "far").put("used", 0.0);
        List<String> violations = Verifier.check(instance, result(tree));
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith("corporations[far].used: the result says 0.00, recomputed " + String.format(
                java.util.Locale.ROOT, "%.2f", pays.levy())), violations.get(0));
        // A levy beyond its room breaks its row (the levy block is then wrong as well).
        ((ObjectNode) tree.get("levy").get("corporations").get(2)).put("levy", 6.0e6);
        assertTrue(Verifier.check(instance, result(tree)).contains(
                "corporation far: HEADROOM 2034 slack -1000000.00 is below the required 0.00 (with its levy of 6000000.00)"));
    }

    @Test
    void aResultBuiltInProcessWithMissingPartsIsNamedNotANullPointer() {
        Result empty = new Result(Result.FORMAT, "x", "sha256:0", "units", "region", "ortools", "OPTIMAL", null, null, null,
                null, null, null, null, null, null, null, null, null, null, 0.0);
        List<String> violations = Verifier.check(RICH_AND_POOR, empty);
        assertTrue(violations.contains("objective: missing"), violations.toString());
        assertTrue(violations.contains("assignments: missing"), violations.toString());
    }
}
