package nl.solidarity.engine.optaplanner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.solidarity.model.Allocation;
import nl.solidarity.model.AllocationModel;
import org.junit.jupiter.api.Test;

/** The exact repair after the search, on {@link TwoCorporations} (amounts in euros). */
class RepairTest {
    private static final int RICH = TwoCorporations.RICH;
    private static final int POOR = TwoCorporations.POOR;
    private final AllocationModel model = TwoCorporations.model();
    private final Allocation start = Allocation.empty(model);

    @Test
    void aFeasibleAllocationIsLeftAlone() {
        // rich carries t2: 2.0m − 1.6m = 0.4m left.
        Allocation found = TwoCorporations.allocation(-1, RICH, 0, 0);
        Repair.Outcome outcome = Repair.run(model, found, start, null);
        assertFalse(outcome.fellBack());
        assertEquals(0, outcome.dropped());
        assertArrayEquals(found.share(), outcome.allocation().share());
    }

    @Test
    void aReceiverWithNothingToStopPayingGivesUpItsProject() {
        // poor carries t1 with 0.5m from rich: 0.2m − 1.0m + 0.5m = −0.3m. It pays nothing, so t1
        // goes; its bound falls to 0, its support with it, and rich's contribution that paid for it.
        Repair.Outcome outcome = Repair.run(model, TwoCorporations.allocation(POOR, -1, 0.5e6, 0.5e6), start, null);
        assertFalse(outcome.fellBack());
        assertEquals(1, outcome.dropped());
        assertArrayEquals(new double[4], outcome.allocation().share());
        assertArrayEquals(new double[2], outcome.allocation().contribution());
        assertArrayEquals(new double[2], outcome.allocation().support());
    }

    @Test
    void aPayerInBreachStopsPayingAndItsReceiverIsRepairedInTurn() {
        // rich carries t2 and pays 1.5m to poor, which carries t1: rich at 2.0 − 1.6 − 1.5 = −1.1m.
        // rich stops paying (poor's support goes with it), then poor at 0.2 − 1.0 = −0.8m gives up t1.
        Repair.Outcome outcome = Repair.run(model, TwoCorporations.allocation(POOR, RICH, 1.5e6, 1.5e6), start, null);
        assertFalse(outcome.fellBack());
        assertEquals(2, outcome.dropped());
        assertArrayEquals(new double[] {0, 0, 1, 0}, outcome.allocation().share());
        assertArrayEquals(new double[2], outcome.allocation().contribution());
        assertArrayEquals(new double[2], outcome.allocation().support());
    }

    @Test
    void rowsWidenedForTheStartKeepTheirWidening() {
        // poor carries t1 with 0.79995m: 50 euros below its floor. With its row widened by EUR 100
        // for the start that is accepted; without, t1 goes.
        Allocation found = TwoCorporations.allocation(POOR, -1, 799_950, 799_950);
        double[][] widened = {{0.0}, {100.0}};
        assertEquals(0, Repair.run(model, found, start, widened).dropped());
        assertEquals(1, Repair.run(model, found, start, null).dropped());
    }

    @Test
    void aBrokenLockGivesTheStartBack() {
        // The lock allows no unmet home of tier 1; the search's allocation leaves t1 (5 homes) unmet.
        AllocationModel locked = TwoCorporations.lockedModel(0.0);
        Allocation lockedStart = TwoCorporations.allocation(POOR, RICH, 0.8e6, 0.8e6);
        Repair.Outcome outcome = Repair.run(locked, TwoCorporations.allocation(-1, RICH, 0, 0), lockedStart, null);
        assertTrue(outcome.fellBack());
        assertSame(lockedStart, outcome.allocation());
    }

    @Test
    void aProjectIsNotDroppedWhereALockForbidsIt() {
        // As before poor is 0.3m short with t1, but the lock (at most 8 unmet homes) forbids leaving
        // t1 (5 homes) unmet on top of t2 (8): nothing can be repaired, the start is returned.
        AllocationModel locked = TwoCorporations.lockedModel(8.0);
        Repair.Outcome outcome = Repair.run(locked, TwoCorporations.allocation(POOR, -1, 0.5e6, 0.5e6), start, null);
        assertTrue(outcome.fellBack());
        assertSame(start, outcome.allocation());
    }
}
