package nl.solidarity.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.solidarity.engine.ortools.OrToolsEngine;
import nl.solidarity.model.Allocation;
import nl.solidarity.model.Level;
import nl.solidarity.model.Mode;
import nl.solidarity.model.ModelValues;
import nl.solidarity.model.Scope;
import nl.solidarity.testing.RichAndPoor;
import org.junit.jupiter.api.Test;

/** The exact engine on {@link RichAndPoor}, whose numbers are worked out there. */
class OrToolsEngineSmokeTest {
    /** Agreement: 0.001 homes, or EUR 1 for money. */
    private static final double TOLERANCE = 1e-3;
    private static final double MONEY_TOLERANCE = 1.0;

    @Test
    void unitsModeRealisesWhatTheRoomCarriesAndMovesRatherThanPays() {
        Escalation.ScopeOutcome outcome = new Escalation(new OrToolsEngine(new EngineOptions(30, 1, 0)), m -> { })
                .run(RichAndPoor.instance(), Mode.UNITS, Scope.REGION, 30).requested();
        assertTrue(outcome.proven());
        ModelValues values = new ModelValues(outcome.model());
        Allocation allocation = outcome.allocation();
        assertEquals(9.0, values.evaluate(Level.tier(0), allocation), TOLERANCE);
        assertEquals(1.8e6, values.evaluate(Level.SUPPORT_NEED, allocation), MONEY_TOLERANCE);
        // The regional contribution volume (level 5) comes before moved homes (level 7): rich
        // builds 10 homes itself rather than paying poor's fund for them: no money, 10 moved homes.
        assertEquals(0.0, values.evaluate(Level.REGIONAL_VOLUME, allocation), MONEY_TOLERANCE);
        assertEquals(10.0, values.evaluate(Level.MOVED_UNITS, allocation), TOLERANCE);
    }

    @Test
    void projectsModeIsAllOrNothing() {
        // One project of 20 homes needs 4.0m of room; 2.2m is not enough: all 20 unmet.
        Escalation.ScopeOutcome outcome = new Escalation(new OrToolsEngine(new EngineOptions(30, 1, 0)), m -> { })
                .run(RichAndPoor.instance(), Mode.PROJECTS, Scope.NATIONAL, 30).requested();
        assertTrue(outcome.proven());
        assertEquals(20.0, new ModelValues(outcome.model()).evaluate(Level.tier(0), outcome.allocation()), TOLERANCE);
    }
}
