package nl.solidarity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.solidarity.cli.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An instance without {@code priorities} gets the default tiers, which differ from the first
 * version's single tier: every command that reads it says so once, on stderr.
 */
class DefaultTiersNoteTest {
    static final String NOTE = ": no priorities given; using the three default tiers [NEW_BUILD_SOCIAL] "
            + "[NEW_BUILD_MIDDLE] [GAS_FREE, INSULATION] (version 1 used one tier)";

    @TempDir
    Path dir;

    Path tiny;

    @BeforeEach
    void copyTiny() throws IOException {
        // The tiny example gives no priorities.
        tiny = dir.resolve("tiny.json");
        Files.copy(Path.of("src/test/resources/examples/tiny.json"), tiny);
    }

    private record Run(int status, String out, String err) {
        List<String> notes() {
            return err.lines().filter(line -> line.startsWith("note: ")).toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void validatePrintsTheNoteOnceOnStderrAndNothingElse() {
        Run run = run("validate", tiny.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("note: " + tiny + NOTE + "\n", run.err().replace("\r\n", "\n"));
        assertEquals("valid: 1 regions, 1 corporations, 0 tasks\n", run.out().replace("\r\n", "\n"));
    }

    @Test
    void capacityPrintsItOnce() {
        Run run = run("capacity", tiny.toString());
        assertEquals(List.of("note: " + tiny + NOTE), run.notes(), run.err());
        assertFalse(run.out().contains("note:"), run.out());
    }

    @Test
    void solvePrintsItOnceBeforeSolving() {
        Run run = run("solve", tiny.toString(), "--quiet");
        assertEquals(List.of("note: " + tiny + NOTE), run.notes(), run.err());
        assertFalse(run.out().contains("note:"), run.out());
    }

    @Test
    void convertPrintsItOnceAndWritesTheTiersSoTheCopyNeedsNoNote() {
        Path folder = dir.resolve("tiny-csv");
        Run convert = run("convert", tiny.toString(), "--to", folder.toString());
        assertEquals(0, convert.status(), convert.err());
        assertEquals(List.of("note: " + tiny + NOTE), convert.notes());

        Run validate = run("validate", folder.toString());
        assertEquals(0, validate.status(), validate.err());
        assertEquals(List.of(), validate.notes());
    }

    @Test
    void aCsvFolderIsNamedByItsInstanceJson() throws IOException {
        Path folder = dir.resolve("tiny-csv");
        assertEquals(0, run("convert", tiny.toString(), "--to", folder.toString()).status());
        Path top = folder.resolve("instance.json");
        String text = Files.readString(top);
        int from = text.indexOf("  \"priorities\"");
        int to = text.indexOf("  \"levy\"");
        Files.writeString(top, text.substring(0, from) + text.substring(to));

        Run run = run("validate", folder.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("note: " + top + NOTE), run.notes());
    }

    @Test
    void givenPrioritiesGiveNoNote() {
        Run run = run("validate", "src/test/resources/examples/small.json");
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void anInvalidInstanceGetsItsProblemsWithoutTheNote() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(tiny).replace("\"baseYear\": 2024", "\"baseYear\": 1850"));
        Run run = run("validate", bad.toString());
        assertEquals(2, run.status());
        assertEquals("baseYear: must be a whole number between 1900 and 2100, not 1850\n",
                run.err().replace("\r\n", "\n"));
    }
}
