package nl.solidarity.engine.optaplanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.solidarity.domain.Instance;
import nl.solidarity.engine.Deadline;
import nl.solidarity.engine.Escalation;
import nl.solidarity.io.InstanceDigest;
import nl.solidarity.model.Mode;
import nl.solidarity.model.Scope;
import nl.solidarity.result.Result;
import nl.solidarity.result.ResultBuilder;
import nl.solidarity.verify.Verifier;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.config.solver.EnvironmentMode;

/**
 * A short run in FULL_ASSERT mode: after every move OptaPlanner recomputes the score from scratch
 * and compares it with the incremental one, and checks that each undo move restores the score, so
 * a constraint stream or a compound move that corrupts the score fails here. Scope province, so
 * the locks of the second scope are in the score too; 15 steps per scope.
 */
class OptaPlannerFullAssertTest {

    @Test
    void shortRunInFullAssertMode() {
        Instance instance = ScarceRegions.generate(2, 3, 12, 30);
        OptaPlannerEngine engine = OptaPlannerEngine.stepLimited(0, 15, EnvironmentMode.FULL_ASSERT);
        // A clock that stands still: the run ends on its steps alone, however slow FULL_ASSERT is on a loaded machine.
        Escalation.Outcome outcome = new Escalation(engine, message -> { })
                .run(instance, Mode.PROJECTS, Scope.PROVINCE, Deadline.in(60, () -> 0L), 60);
        Result result = ResultBuilder.build(outcome, engine.name(), new Result.Options(60, 1, 0, "test"),
                InstanceDigest.of(instance), 0);
        assertEquals(List.of(), Verifier.check(instance, result));
        assertEquals("FEASIBLE", result.status());
        assertTrue(result.statusDetail().contains("local search"), result.statusDetail());
    }
}
