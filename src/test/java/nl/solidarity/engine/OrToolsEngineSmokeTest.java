package nl.solidarity.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.solidarity.domain.ContinuityCost;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Finance;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.LevySettings;
import nl.solidarity.domain.Norms;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;
import nl.solidarity.engine.ortools.OrToolsEngine;
import nl.solidarity.model.Mode;
import nl.solidarity.model.ObjectiveLevel;
import nl.solidarity.model.Scope;
import org.junit.jupiter.api.Test;

/**
 * Two headroom corporations in one region, by hand: "rich" has EUR 2.0m of room, "poor" 0.2m. Poor
 * owns 20 social homes, each with an onrendabele top of 200k (cost 300k, value 100k): 4.0m in all.
 * Poor's room carries 1 home, rich's 10: together 2.2m realise 11 homes, 9 stay unmet:
 * weightedUnmet 9, supportNeed 9·200k = 1.8m.
 */
class OrToolsEngineSmokeTest {
    /** Agreement as the spec defines it: 0.001 homes, or EUR 1 for money. */
    private static final double TOLERANCE = 1e-3;
    private static final double MONEY_TOLERANCE = 1.0;

    static Instance instance() {
        Corporation rich = new Corporation("rich", "Rich", List.of("r"), null, null, null, 2.0e6, null, null);
        Corporation poor = new Corporation("poor", "Poor", List.of("r"), null, null, null, 0.2e6, null, null);
        Task task = new Task("t", TaskType.NEW_BUILD_SOCIAL, "r", "poor", 20, 2026, 300_000, 100_000, 0, true);
        return new Instance("smoke", 2024, 10, 15, 0.02, Norms.DEFAULT, Instance.defaultPriorities(), LevySettings.DEFAULT,
                List.of(new Region("r", "r", "P")), List.of(rich, poor), List.of(task));
    }

    @Test
    void unitsModeRealisesWhatTheRoomCarriesAndMovesTheLeast() {
        Escalation.Outcome outcome = new Escalation(new OrToolsEngine(new EngineOptions(30, 1, 0)), m -> { })
                .run(instance(), Mode.UNITS, Scope.REGION, 30);
        assertTrue(outcome.solution().proven());
        assertEquals(9.0, outcome.model().evaluate(ObjectiveLevel.WEIGHTED_UNMET, outcome.solution().allocation()), TOLERANCE);
        assertEquals(1.8e6, outcome.model().evaluate(ObjectiveLevel.SUPPORT_NEED, outcome.solution().allocation()), MONEY_TOLERANCE);
        // Transfer volume (levels 3–5) comes before moved homes (level 7): rich builds 10 homes
        // itself rather than paying poor to build them: no transfer, 10 moved homes.
        assertEquals(0.0, outcome.model().evaluate(ObjectiveLevel.REGIONAL_TRANSFERS, outcome.solution().allocation()), MONEY_TOLERANCE);
        assertEquals(10.0, outcome.model().evaluate(ObjectiveLevel.MOVED_UNITS, outcome.solution().allocation()), TOLERANCE);
    }

    @Test
    void projectsModeIsAllOrNothing() {
        // One project of 20 homes needs 4.0m of room; 2.2m is not enough: all 20 unmet.
        Escalation.Outcome outcome = new Escalation(new OrToolsEngine(new EngineOptions(30, 1, 0)), m -> { })
                .run(instance(), Mode.PROJECTS, Scope.NATIONAL, 30);
        assertTrue(outcome.solution().proven());
        assertEquals(20.0, outcome.model().evaluate(ObjectiveLevel.WEIGHTED_UNMET, outcome.solution().allocation()), TOLERANCE);
    }
}
