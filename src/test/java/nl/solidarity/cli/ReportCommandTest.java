package nl.solidarity.cli;

import static nl.solidarity.testing.Cli.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.io.InstanceReader;
import nl.solidarity.testing.Cli.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} and {@code solve --report} in-process on the small example. */
class ReportCommandTest {
    @TempDir
    static Path dir;
    static final Path SMALL = Path.of("src/test/resources/examples/small.json");
    static final Path TINY = Path.of("src/test/resources/examples/tiny.json");
    static Path result;
    static Path solvedReport;

    @BeforeAll
    static void solve() {
        result = dir.resolve("small-result.json");
        solvedReport = dir.resolve("solved.html");
        Run run = run("solve", SMALL.toString(), "--levy", "--quiet", "--out", result.toString(), "--report", solvedReport.toString());
        assertEquals(0, run.status(), run.err());
    }

    @Test
    void theReportIsTheSameBytesEveryTimeAndTheSameAsSolveWrote() throws Exception {
        Path a = dir.resolve("a.html");
        Path b = dir.resolve("b.html");
        assertEquals(0, run("report", SMALL.toString(), result.toString(), "--out", a.toString()).status());
        assertEquals(0, run("report", SMALL.toString(), result.toString(), "--out", b.toString()).status());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertArrayEquals(Files.readAllBytes(solvedReport), Files.readAllBytes(a));
    }

    @Test
    void theReportShowsTheSmallExamplesNumbers() throws Exception {
        String html = Files.readString(solvedReport);
        Instance small = InstanceReader.read(SMALL);
        for (Corporation c : small.corporations()) {
            assertTrue(html.contains("<summary>" + c.name() + "</summary>"), "folded paths of " + c.name());
        }
        // Tier 1: 159 weighted social homes unmet at scope region, all realised by provincial solidarity.
        assertTrue(html.contains("<title>region: 159.0</title>"), "region bar of tier 1");
        assertTrue(html.contains("<title>province: -159.0</title>"), "province step of tier 1");
        // Corporatie 6 pays EUR 100.65 m regionally into Rotterdam's fund, which pays it to Corporatie 1.
        assertTrue(html.contains("Corporatie 6 · regional · EUR 100.65 m"), "payer label with level and amount");
        assertTrue(html.contains("Corporatie 1 · EUR 100.65 m"), "receiver label");
        // Corporatie 1's LTV row of 2033 binds with the allocation, and Corporatie 4 has no projection.
        assertTrue(html.contains("Rows that bind with the allocation: LTV 2033."), "binding rows");
        assertTrue(html.contains("No financial projection: its room is given directly, EUR 253.90 m."));
        assertTrue(html.contains("<circle class=\"mark binds\""), "a binding row is marked in a chart");
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains(" src="), "nothing fetched");
    }

    @Test
    void aRegionsReportHasOnlyThatRegionsFundAndCorporations() throws Exception {
        Path out = dir.resolve("holland-rijnland.html");
        Run run = run("report", SMALL.toString(), result.toString(), "--out", out.toString(), "--region", "holland-rijnland");
        assertEquals(0, run.status(), run.err());
        String html = Files.readString(out);
        assertTrue(html.contains("<h3>Woondeal holland-rijnland (Zuid-Holland)</h3>"));
        assertFalse(html.contains("<h3>Woondeal rotterdam (Zuid-Holland)</h3>"));
        assertTrue(html.contains("Corporatie 6 · provincial · EUR 65.84 m"));
        assertTrue(html.contains("<summary>Corporatie 3</summary>"), "the receiver in the region");
        assertFalse(html.contains("<summary>Corporatie 1</summary>"), "a corporation of other regions only");
    }

    @Test
    void badInputExitsWithTwoAndOneLine() throws Exception {
        Run region = run("report", SMALL.toString(), result.toString(), "--out", dir.resolve("x.html").toString(), "--region", "nowhere");
        assertEquals(2, region.status());
        assertTrue(region.err().startsWith("--region: no region 'nowhere' in the instance"), region.err());
        Run other = run("report", TINY.toString(), result.toString(), "--out", dir.resolve("y.html").toString());
        assertEquals(2, other.status());
        assertTrue(other.err().contains("belongs to another instance"), other.err());
        Run self = run("report", SMALL.toString(), result.toString(), "--out", result.toString());
        assertEquals(2, self.status());
        assertTrue(self.err().contains("is an input of this command"), self.err());
        Path same = dir.resolve("same.json");
        Run both = run("solve", SMALL.toString(), "--quiet", "--out", same.toString(), "--report", same.toString());
        assertEquals(2, both.status());
        assertEquals("--report: " + same + ": is also where another output of this command goes", both.err().strip());
        assertFalse(Files.exists(dir.resolve("x.html")) || Files.exists(dir.resolve("y.html")) || Files.exists(same), "nothing written");
    }
}
