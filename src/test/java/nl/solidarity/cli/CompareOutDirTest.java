package nl.solidarity.cli;

import static nl.solidarity.testing.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.solidarity.testing.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare --out-dir}: every run's result (and report) kept; a reused folder replaced as a whole. */
class CompareOutDirTest {
    private static final String SMALL = "src/test/resources/examples/small.json";
    private static final String INTEREST = "src/test/resources/scenarios/interest-plus-1.json";
    private static final String CAP = "src/test/resources/scenarios/levy-cap-5.json";

    @TempDir
    Path dir;

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void eachRunIsKeptAndAReusedFolderHoldsOnlyTheNewSet() throws Exception {
        Path out = dir.resolve("runs");
        Run first = run("compare", SMALL, "--scenario", INTEREST, "--out-dir", out.toString(), "--report", "--quiet");
        assertEquals(0, first.status(), first.err());
        assertEquals(List.of("base.html", "base.json", "index.tsv", "interest-plus-1.html", "interest-plus-1.json"), names(out));
        // Each kept result belongs to its own instance: verify accepts the base, the report opens the scenario.
        assertEquals(0, run("verify", SMALL, out.resolve("base.json").toString()).status());
        assertTrue(Files.readString(out.resolve("interest-plus-1.html")).contains("<svg"));

        Run second = run("compare", SMALL, "--scenario", CAP, "--out-dir", out.toString(), "--quiet");
        assertEquals(0, second.status(), second.err());
        assertEquals(List.of("base.json", "index.tsv", "levy-cap-5.json"), names(out));
        assertEquals(List.of("runs"), names(dir), "no temporary folder left beside it");
        assertTrue(Files.readString(out.resolve("index.tsv")).contains("levy-cap-5\t"));
    }

    @Test
    void aFolderCompareDidNotWriteIsNeverReplaced() throws Exception {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "keep me");
        Run run = run("compare", SMALL, "--scenario", INTEREST, "--out-dir", mine.toString(), "--quiet");
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("--out-dir: " + mine + " holds files that compare did not write"), run.err());
        assertEquals("keep me", Files.readString(mine.resolve("notes.txt")));

        Path scenario = Files.copy(Path.of(INTEREST), Files.createDirectories(dir.resolve("empty-but-input")).resolve("s.json"));
        Run input = run("compare", SMALL, "--scenario", scenario.toString(), "--out-dir", scenario.getParent().toString(), "--quiet");
        assertEquals(2, input.status());
        assertTrue(input.err().contains("holds an input of this command"), input.err());

        Run report = run("compare", SMALL, "--scenario", INTEREST, "--report", "--quiet");
        assertEquals(2, report.status());
        assertFalse(report.err().isEmpty());
    }
}
