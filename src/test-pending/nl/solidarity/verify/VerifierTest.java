package nl.solidarity.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;
import nl.solidarity.engine.EngineOptions;
import nl.solidarity.engine.Escalation;
import nl.solidarity.engine.ortools.OrToolsEngine;
import nl.solidarity.model.Mode;
import nl.solidarity.model.Scope;
import nl.solidarity.result.Result;
import nl.solidarity.result.ResultBuilder;
import nl.solidarity.testing.RichAndPoor;
import org.junit.jupiter.api.Test;

/** verify on {@link RichAndPoor}: "rich" (room EUR 2.0m), "poor" (0.2m), 20 homes with a 200k top each. */
class VerifierTest {
    private static final Instance INSTANCE = RichAndPoor.instance();

    private static Result solved() {
        Escalation.Outcome outcome = new Escalation(new OrToolsEngine(new EngineOptions(30, 1, 0)), m -> { })
                .run(INSTANCE, Mode.UNITS, Scope.REGION, 30);
        return ResultBuilder.build(outcome, "ortools", 0);
    }

    @Test
    void theResultStatesRoomUsedAndTheLargestShareOfRoomUsed() {
        // Rich builds 10 homes (10·200k = 2.0m, all its room), poor 1 (0.2m, all its room): both
        // use their whole headroom, so the largest share of room used is 1.
        Result result = solved();
        assertEquals(List.of(), Verifier.check(INSTANCE, result));
        Map<String, Result.CorporationUse> byId = Map.of(result.corporations().get(0).id(), result.corporations().get(0),
                result.corporations().get(1).id(), result.corporations().get(1));
        assertEquals(2.0e6, byId.get("rich").headroom(), 0.01);
        assertEquals(2.0e6, byId.get("rich").used(), 1.0);
        assertEquals(0.2e6, byId.get("poor").used(), 1.0);
        assertEquals("HEADROOM", byId.get("rich").bindingNorm());
        assertEquals(2034, byId.get("rich").bindingYear());
        // Within EUR 1 of poor's EUR 0.2m of room: a share of 5e-6.
        assertEquals(1.0, result.objective().largestShareOfRoomUsed(), 5e-6);
    }

    @Test
    void aBrokenNormIsFoundByTheSimulationEvenWhenTheObjectiveIsConsistent() {
        // Rich carries out all 20 homes: 20·200k = 4.0m against 2.0m of room, slack −2.0m. The
        // objective is restated to match (nothing unmet, 20 moved homes), so only the norm check can fail.
        Result good = solved();
        Result bad = new Result(good.format(), good.instance(), good.mode(), good.scope(), good.engine(), good.status(),
                good.statusDetail(),
                new Result.Objective(0.0, 0.0, new Result.TransferVolume(0, 0, 0), 0.0, 20.0, 1.0),
                Map.of("region", new Result.ScopeOptimum(0.0, 0.0)),
                List.of(new Result.Assignment("t", "rich", 20.0)), List.of(), List.of(),
                good.corporations(), null, 0.0);
        List<String> violations = Verifier.check(INSTANCE, bad);
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith("corporation rich: HEADROOM 2034 slack -2000000.00 is below the required 0.00"),
                violations.get(0));
    }

    @Test
    void aTaskCarriedOutByAnIneligibleCorporationIsNamed() {
        // Insulation is the owner's own stock: nobody else may carry it out (allocation.md).
        Instance withInsulation = new Instance(INSTANCE.name(), INSTANCE.baseYear(), INSTANCE.agreementYears(),
                INSTANCE.horizonYears(), INSTANCE.indexation(), INSTANCE.norms(), INSTANCE.priorities(), INSTANCE.levy(),
                INSTANCE.regions(), INSTANCE.corporations(),
                List.of(new Task("t", TaskType.INSULATION, "r", "poor", 1, 2026, 1_000, 0, 0, true)));
        Result result = new Result(Result.FORMAT, INSTANCE.name(), "units", "region", "ortools", "OPTIMAL", null,
                new Result.Objective(0.0, 0.0, new Result.TransferVolume(0, 0, 0), 0.0, 1.0, 0.0),
                Map.of("region", new Result.ScopeOptimum(0.0, 0.0)),
                List.of(new Result.Assignment("t", "rich", 1.0)), List.of(), List.of(), List.of(), null, 0.0);
        List<String> violations = Verifier.check(withInsulation, result);
        assertEquals(List.of("assignments[0]: corporation rich may not carry out task t"), violations);
    }
}
