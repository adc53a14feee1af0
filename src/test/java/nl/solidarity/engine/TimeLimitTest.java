package nl.solidarity.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.solidarity.domain.Instance;
import nl.solidarity.engine.ortools.OrToolsEngine;
import nl.solidarity.generate.GeneratorSettings;
import nl.solidarity.generate.InstanceGenerator;
import nl.solidarity.io.InstanceDigest;
import nl.solidarity.model.Mode;
import nl.solidarity.model.Scope;
import nl.solidarity.result.Result;
import nl.solidarity.result.ResultBuilder;
import nl.solidarity.verify.Verifier;
import org.junit.jupiter.api.Test;

/**
 * Honest time limits, on a clock that does not depend on the machine: every reading of it moves
 * 1,000 s on, so a budget of n·1,000 s ends after n readings, and a level is either started with
 * at least several hundred seconds for the solver or not started at all. Sweeping n stops a
 * national run before each of its levels in turn, at every scope.
 */
class TimeLimitTest {
    private static final long STEP = 1_000_000_000_000L;
    private static final Pattern STOPPED = Pattern.compile("scope (region|province|national): time limit reached before level (\\d+) \\(([^)]+)\\)");

    private static final Instance INSTANCE = new InstanceGenerator(GeneratorSettings.sized(11, 24, 6, 2)).generate();

    private static Escalation.Outcome solve(long readings) {
        long[] now = {0};
        LongSupplier clock = () -> now[0] += STEP;
        Deadline deadline = Deadline.in(readings * STEP / 1e9, clock);
        return new Escalation(new OrToolsEngine(new EngineOptions(60, 1, 0)), m -> { })
                .run(INSTANCE, Mode.UNITS, Scope.NATIONAL, deadline, readings * STEP / 1e9);
    }

    private static Result result(Escalation.Outcome outcome) {
        return ResultBuilder.build(outcome, "ortools", new Result.Options(60, 1, 0, "test"), InstanceDigest.of(INSTANCE), 0.0);
    }

    @Test
    void everyStopIsNamedVerifiedAndFreeOfCircularMoneyOrExitsFourBeforeTheFirstTier() {
        Set<String> stops = new TreeSet<>();
        int noSolution = 0;
        boolean moneyKeptAtAVolumeLevel = false;
        boolean optimal = false;
        for (long readings = 1; readings <= 400 && !optimal; readings++) {
            Escalation.Outcome outcome;
            try {
                outcome = solve(readings);
            } catch (NoSolutionInTime e) {
                assertTrue(stops.isEmpty(), "no first tier after a later stop with " + readings + " readings");
                assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
                noSolution++;
                continue;
            }
            Result result = result(outcome);
            assertEquals(List.of(), Verifier.check(INSTANCE, result), readings + " readings");
            assertEquals(List.of(), cycle(result), readings + " readings: circular money");
            if (outcome.proven()) {
                assertEquals("OPTIMAL", result.status());
                optimal = true;
                continue;
            }
            assertEquals("FEASIBLE", result.status());
            Matcher stop = STOPPED.matcher(result.statusDetail());
            int named = 0;
            while (stop.find()) {
                named++;
                stops.add(stop.group(1) + " " + stop.group(3));
                if (stop.group(1).equals("national") && stop.group(3).contains("contribution volume")
                        && !result.contributions().isEmpty()) {
                    moneyKeptAtAVolumeLevel = true;
                }
            }
            assertTrue(named > 0, result.statusDetail());
        }
        assertTrue(optimal, "an ample budget ends OPTIMAL");
        // Scope region has one component per region, each needing its first tier: every budget that
        // ends before the last of them has one exits 4, and only those (asserted in the loop).
        assertTrue(noSolution > 0, "a budget that ends before scope region's first tier exits 4");
        // Scope region gets a third of the budget, so a stop inside province or national comes with
        // one inside region until region has enough; which levels of those two the sweep meets
        // depends on the instance, these it must.
        for (String expected : List.of("region unmet of tier 2", "region supportNeed", "province supportNeed",
                "national supportNeed", "national national contribution volume", "national provincial contribution volume",
                "national regional contribution volume", "national localUnmet", "national movedUnits", "national fairness")) {
            assertTrue(stops.contains(expected), expected + " in " + stops);
        }
        assertTrue(moneyKeptAtAVolumeLevel, "a stop at a contribution volume level keeps fund money");
    }

    /** A cycle corporation → fund → corporation … among the result's positive amounts, or an empty list. */
    static List<String> cycle(Result result) {
        Map<String, List<String>> next = new HashMap<>();
        for (Result.Contribution c : result.contributions()) {
            if (c.amount() > 0) {
                next.computeIfAbsent("c:" + c.corporation(), k -> new ArrayList<>()).add("f:" + c.region());
            }
        }
        for (Result.Support s : result.support()) {
            if (s.amount() > 0) {
                next.computeIfAbsent("f:" + s.region(), k -> new ArrayList<>()).add("c:" + s.corporation());
            }
        }
        Set<String> done = new HashSet<>();
        for (String start : new TreeSet<>(next.keySet())) {
            List<String> path = new ArrayList<>();
            if (search(start, next, path, new HashSet<>(), done)) {
                return path;
            }
        }
        return List.of();
    }

    private static boolean search(String node, Map<String, List<String>> next, List<String> path, Set<String> onPath, Set<String> done) {
        if (onPath.contains(node)) {
            path.add(node);
            return true;
        }
        if (!done.add(node)) {
            return false;
        }
        onPath.add(node);
        path.add(node);
        for (String to : next.getOrDefault(node, List.of())) {
            if (search(to, next, path, onPath, done)) {
                return true;
            }
        }
        onPath.remove(node);
        path.remove(path.size() - 1);
        return false;
    }

    @Test
    void theCycleCheckOfThisTestFindsACycle() {
        Result result = result(solve(400));
        List<Result.Contribution> contributions = List.of(new Result.Contribution("a", "r1", 10, "regional"),
                new Result.Contribution("b", "r2", 10, "regional"));
        List<Result.Support> support = List.of(new Result.Support("r1", "b", 10), new Result.Support("r2", "a", 10));
        Result circular = new Result(result.format(), result.instance(), result.instanceDigest(), result.mode(), result.scope(),
                result.engine(), result.status(), result.statusDetail(), result.options(), result.tiers(), result.objective(),
                result.scopes(), result.assignments(), contributions, support, result.unmet(), result.corporations(),
                result.yearly(), result.explanations(), result.levy(), result.solveSeconds());
        assertFalse(cycle(circular).isEmpty());
        if (!cycle(result).isEmpty()) {
            fail("an optimum has no circular money: " + cycle(result));
        }
    }
}
