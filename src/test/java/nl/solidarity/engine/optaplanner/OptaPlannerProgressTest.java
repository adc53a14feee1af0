package nl.solidarity.engine.optaplanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.solidarity.io.InstanceJson;
import nl.solidarity.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local search reports its best score on stderr with --progress, and the result is the same without it. */
class OptaPlannerProgressTest {
    @TempDir
    Path dir;

    @Test
    void theBestScoreIsReportedAndTheResultDoesNotDependOnIt() throws Exception {
        Path instance = dir.resolve("scarce.json");
        Files.writeString(instance, InstanceJson.write(ScarceRegions.generate(5, 2, 6, 12)));
        Path with = dir.resolve("with.json");
        Path without = dir.resolve("without.json");
        Cli.Run shown = Cli.run("solve", instance.toString(), "--mode", "projects", "--engine", "optaplanner",
                "--steps", "50", "--progress", "--out", with.toString());
        assertEquals(0, shown.status(), shown.err());
        assertTrue(shown.err().matches("(?s).*\\] scope province: local search: best score \\[0/0\\]hard/\\[.*"), shown.err());
        Cli.Run quiet = Cli.run("solve", instance.toString(), "--mode", "projects", "--engine", "optaplanner",
                "--steps", "50", "--quiet", "--out", without.toString());
        assertEquals(0, quiet.status(), quiet.err());
        String a = Files.readString(with).replaceAll("\"solveSeconds\" : [0-9.Ee-]+", "");
        String b = Files.readString(without).replaceAll("\"solveSeconds\" : [0-9.Ee-]+", "");
        assertEquals(b, a);
    }
}
