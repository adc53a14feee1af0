package nl.solidarity.cli;

import static nl.solidarity.testing.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.solidarity.testing.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit statuses scripts rely on, as --help lists them. */
class ExitStatusTest {
    @Test
    void helpListsEveryExitStatus() {
        Run help = run("--help");
        assertEquals(0, help.status());
        for (String line : new String[] {"0   success", "1   a check failed", "2   invalid input", "3   internal error",
            "4   the time limit ended before the first priority tier"}) {
            assertTrue(help.out().contains(line), line + " in\n" + help.out());
        }
    }

    /** Scripts rely on the statuses: README's table and --help say the same, row by row. */
    @Test
    void readmeTableMatchesHelp() throws java.io.IOException {
        String help = run("--help").out().replaceAll("\\s+", " ");
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?m)^\\| ([0-9]) \\| (.*) \\|$")
                .matcher(java.nio.file.Files.readString(java.nio.file.Path.of("README.md")));
        int rows = 0;
        while (row.find()) {
            String meaning = row.group(2).replace("`", "");
            assertTrue(help.contains(row.group(1) + " " + meaning), row.group(1) + " " + meaning + " in\n" + help);
            rows++;
        }
        assertEquals(5, rows);
    }

    @Test
    void aTimeLimitBeforeTheFirstTierHasASolutionExitsFourAndWritesNothing(@TempDir Path dir) {
        // A millisecond is over before the national instance's model is built.
        Path out = dir.resolve("result.json");
        Run run = run("solve", "instances/national.json", "--seconds", "0.001", "--out", out.toString(), "--quiet");
        assertEquals(4, run.status(), run.err());
        assertTrue(run.err().contains("--seconds"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(out));
        assertEquals("", run.out());
    }
}
