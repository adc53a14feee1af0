package nl.solidarity.engine.optaplanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.solidarity.domain.Instance;
import nl.solidarity.engine.EngineOptions;
import nl.solidarity.engine.Escalation;
import nl.solidarity.engine.ortools.OrToolsEngine;
import nl.solidarity.model.Mode;
import nl.solidarity.model.Scope;
import nl.solidarity.result.Result;
import nl.solidarity.result.ResultBuilder;
import nl.solidarity.verify.Verifier;
import org.junit.jupiter.api.Test;

/**
 * Every OptaPlanner result passes the independent year-by-year re-check, and is never better than
 * the proven optimum of the exact engine on level 1 (a local search cannot beat a proven optimum;
 * if it did, one of the two engines would be reading the model wrongly), and on small scarce-money
 * instances (2 regions, 6 corporations, 12 projects) it almost always reaches that optimum.
 */
class OptaPlannerVerifiedTest {
    private static final double HOMES = 1e-3;

    @Test
    void everyResultVerifiesAndNoneBeatsTheProvenOptimum() {
        int matched = 0;
        for (int i = 0; i < 12; i++) {
            Instance instance = ScarceRegions.generate(i, 2, 6, 12);
            Escalation.Outcome opta = new Escalation(new OptaPlannerEngine(new EngineOptions(5, 1, 0)), m -> { })
                    .run(instance, Mode.PROJECTS, Scope.NATIONAL, 5);
            Escalation.Outcome exact = new Escalation(new OrToolsEngine(new EngineOptions(30, 1, 0)), m -> { })
                    .run(instance, Mode.PROJECTS, Scope.NATIONAL, 30);
            Result result = ResultBuilder.build(opta, "optaplanner", 0);
            assertEquals(List.of(), Verifier.check(instance, result), "instance " + i);
            assertEquals("FEASIBLE", result.status());
            assertFalse(opta.solution().proven());
            double found = opta.scopes().get(Scope.NATIONAL).weightedUnmet();
            double optimum = exact.scopes().get(Scope.NATIONAL).weightedUnmet();
            assertTrue(found >= optimum - HOMES, "instance " + i + ": " + found + " < optimum " + optimum);
            if (found <= optimum + HOMES) {
                matched++;
            }
        }
        // Measured: 12 of 12 reach the optimum of level 1. Some of these runs end on the time limit
        // rather than the step count, so a loaded machine may stop short; 10 is the floor.
        assertTrue(matched >= 10, "only " + matched + " of 12 instances reached the optimum of level 1");
    }
}
