package nl.solidarity.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the cross-check compares two runs: lexicographically, with the agreement of the specification. */
class CrossCheckTest {
    private static CrossCheck.Run run(String engine, double supportNeed, Double... tiers) {
        return new CrossCheck.Run(engine, List.of(tiers), supportNeed, 1.0, engine.equals("ortools"), List.of());
    }

    private static CrossCheck.Comparison compare(CrossCheck.Run exact, CrossCheck.Run local) {
        return new CrossCheck.Comparison("i", 1, 1, exact, local);
    }

    @Test
    void agreementWithinToleranceIsNoDifference() {
        // 0.0005 homes and EUR 0.50 apart: within 0.001 homes and EUR 1.
        CrossCheck.Comparison c = compare(run("ortools", 1_000_000.0, 100.0, 50.0), run("optaplanner", 1_000_000.5, 100.0005, 50.0));
        assertEquals(-1, c.firstDifference());
        assertEquals(0.0, c.gap());
        assertTrue(c.close());
    }

    @Test
    void theFirstDifferingLevelDecidesAndLaterLevelsDoNotCount() {
        // Tier 1 equal, tier 2 worse by 2 of 200 homes (1%, within max(1%, 1 home)); tier 3 better
        // and supportNeed far worse: they come after the first difference and say nothing.
        CrossCheck.Comparison c = compare(run("ortools", 1e6, 10.0, 200.0, 300.0), run("optaplanner", 9e6, 10.0, 202.0, 100.0));
        assertEquals(1, c.firstDifference());
        assertEquals("tier 2", c.levelName(1));
        assertEquals(0.01, c.gap(), 1e-12);
        assertTrue(c.close());
    }

    @Test
    void aGapBeyondOnePercentAndOneHomeIsNotClose() {
        // 1.5 homes above 100: 1.5%, more than max(1 home, 1%).
        assertFalse(compare(run("ortools", 0, 100.0), run("optaplanner", 0, 101.5)).close());
        // 0.8 homes above 10: 8%, but within 1 home.
        assertTrue(compare(run("ortools", 0, 10.0), run("optaplanner", 0, 10.8)).close());
        // An optimum of 0: the gap is in homes.
        CrossCheck.Comparison zero = compare(run("ortools", 0, 0.0), run("optaplanner", 0, 2.0));
        assertEquals(2.0, zero.gap(), 1e-12);
        assertFalse(zero.close());
    }

    @Test
    void supportNeedIsComparedInEuros() {
        CrossCheck.Comparison c = compare(run("ortools", 1_000_000.0, 5.0), run("optaplanner", 1_005_000.0, 5.0));
        assertEquals(1, c.firstDifference());
        assertEquals("supportNeed", c.levelName(1));
        assertEquals(0.005, c.gap(), 1e-12);
        assertTrue(c.close());
    }
}
