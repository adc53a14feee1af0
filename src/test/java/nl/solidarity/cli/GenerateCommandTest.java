package nl.solidarity.cli;

import static nl.solidarity.testing.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.solidarity.testing.Cli.Run;

class GenerateCommandTest {
    @Test
    void writesAValidInstanceToStdoutOrAFile(@TempDir Path dir) throws Exception {
        Run stdout = run("generate", "--seed", "5", "--corporations", "24", "--regions", "3", "--provinces", "2");
        assertEquals(0, stdout.status(), stdout.err());
        Path file = dir.resolve("g.json");
        Run toFile = run("generate", "--seed", "5", "--corporations", "24", "--regions", "3", "--provinces", "2",
                "--out", file.toString());
        assertEquals(0, toFile.status(), toFile.err());
        assertEquals(stdout.out(), Files.readString(file), "same seed, same bytes");
        Run valid = run("validate", file.toString());
        assertEquals(0, valid.status(), valid.err());
        assertTrue(valid.out().startsWith("valid: 3 regions, 24 corporations"), valid.out());
    }

    @Test
    void aPresetGivesTheShippedFile() throws Exception {
        Run run = run("generate", "--preset", "regional-dominant");
        assertEquals(0, run.status(), run.err());
        assertEquals(Files.readString(Path.of("instances/regional-dominant.json")), run.out());
    }

    @Test
    void impossibleSizesAndUnknownPresetsExitWith2() {
        Run regions = run("generate", "--corporations", "4", "--regions", "9");
        assertEquals(2, regions.status());
        assertTrue(regions.err().startsWith("--regions: must be between 1 and the number of corporations (4), got 9"), regions.err());
        Run preset = run("generate", "--preset", "atlantis");
        assertEquals(2, preset.status());
        assertTrue(preset.err().contains("--preset: unknown preset 'atlantis'"), preset.err());
        assertEquals(2, run("generate", "--scale", "0").status());
    }
}
