package nl.solidarity.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.solidarity.domain.ContinuityCost;
import nl.solidarity.domain.Finance;
import nl.solidarity.engine.ortools.OrToolsEngine;
import nl.solidarity.model.Mode;
import nl.solidarity.model.ObjectiveLevel;
import nl.solidarity.model.Scope;
import nl.solidarity.testing.RichAndPoor;
import org.junit.jupiter.api.Test;

/** The exact engine on {@link RichAndPoor}, whose numbers are worked out there. */
class OrToolsEngineSmokeTest {
    /** Agreement as the spec defines it: 0.001 homes, or EUR 1 for money. */
    private static final double TOLERANCE = 1e-3;
    private static final double MONEY_TOLERANCE = 1.0;

    @Test
    void unitsModeRealisesWhatTheRoomCarriesAndMovesTheLeast() {
        Escalation.Outcome outcome = new Escalation(new OrToolsEngine(new EngineOptions(30, 1, 0)), m -> { })
                .run(RichAndPoor.instance(), Mode.UNITS, Scope.REGION, 30);
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
                .run(RichAndPoor.instance(), Mode.PROJECTS, Scope.NATIONAL, 30);
        assertTrue(outcome.solution().proven());
        assertEquals(20.0, outcome.model().evaluate(ObjectiveLevel.WEIGHTED_UNMET, outcome.solution().allocation()), TOLERANCE);
    }
}
