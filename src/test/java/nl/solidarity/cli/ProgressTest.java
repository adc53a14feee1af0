package nl.solidarity.cli;

import static nl.solidarity.testing.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.solidarity.testing.Cli.Run;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Progress on stderr: shown with --progress or when the launcher says stderr is a terminal, never with --quiet. */
class ProgressTest {
    private static final String SMALL = "src/test/resources/examples/small.json";

    @AfterEach
    void forget() {
        System.clearProperty(Progress.STDERR_IS_TERMINAL);
    }

    @Test
    void progressShowsEveryScopeAndLevelWithTheElapsedTime() {
        Run run = run("solve", SMALL, "--progress");
        assertEquals(0, run.status(), run.err());
        // Scope region solves the three tier levels and supportNeed; province all ten levels.
        for (int level = 1; level <= 4; level++) {
            assertTrue(run.err().contains("] scope region: level " + level + " of 10 "), "region level " + level + ":\n" + run.err());
        }
        for (int level = 1; level <= 10; level++) {
            assertTrue(run.err().contains("] scope province: level " + level + " of 10 "), "province level " + level);
        }
        assertFalse(run.err().contains("scope region: level 5 of 10"), "scope region stops after supportNeed");
        assertTrue(run.err().matches("(?s)\\[\\s+\\d+\\.\\ds\\] scope region: building the model.*"), run.err());
        assertFalse(run.out().contains("] scope"), "progress never on stdout");
    }

    @Test
    void aTerminalOnStderrShowsProgressAndQuietSilencesIt() {
        System.setProperty(Progress.STDERR_IS_TERMINAL, "true");
        assertTrue(run("solve", SMALL).err().contains("scope province: level 10 of 10 (fairness)"));
        assertFalse(run("solve", SMALL, "--quiet").err().contains("scope"));
        System.setProperty(Progress.STDERR_IS_TERMINAL, "false");
        assertFalse(run("solve", SMALL).err().contains("scope"));
    }

    @Test
    void quietAndProgressTogetherAreAUsageError() {
        Run run = run("solve", SMALL, "--quiet", "--progress");
        assertEquals(2, run.status());
        assertEquals("--quiet and --progress: give one of them", run.err().strip());
    }
}
