package nl.solidarity.levy;

import static nl.solidarity.testing.Cli.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.solidarity.io.ResultJson;
import nl.solidarity.result.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.solidarity.testing.Cli.Run;

/** {@code levy} and {@code solve --levy} through the command line, on instances/provinces-levy.json. */
class LevyCommandTest {
    private static final String INSTANCE = Path.of("instances", "provinces-levy.json").toString();

    @TempDir
    static Path dir;
    private static Path province;

    @BeforeAll
    static void solveAtProvinceScope() {
        province = dir.resolve("province.json");
        Run solve = run("solve", INSTANCE, "--scope", "province", "--threads", "1", "--out", province.toString(), "--quiet");
        assertEquals(0, solve.status(), solve.err());
    }

    /** The lines of stderr apart from the reader's notes (the default-tiers note of this instance). */
    private static java.util.List<String> problems(Run run) {
        return run.err().lines().filter(l -> !l.startsWith("note: ")).toList();
    }

    @Test
    void oneAndFivePercentWrittenToNewFilesAndBothVerify() throws Exception {
        byte[] input = Files.readAllBytes(province);
        Path one = dir.resolve("one.json");
        Path five = dir.resolve("five.json");
        Run r1 = run("levy", INSTANCE, province.toString(), "--cap", "0.01", "--out", one.toString());
        assertEquals(0, r1.status(), r1.err());
        assertTrue(r1.out().replace("\n", " ").contains("must be adjusted (bijgesteld) by EUR"), r1.out());
        assertTrue(r1.out().replace("\n", " ").contains("The 1% cap raises EUR 20.85 m of the EUR 72.30 m need; a cap of 3.468% would cover it."),
                r1.out());
        Run r5 = run("levy", INSTANCE, province.toString(), "--cap", "0.05", "--out", five.toString());
        assertEquals(0, r5.status(), r5.err());
        assertTrue(r5.out().contains("The levy covers the whole need"), r5.out());
        assertArrayEquals(input, Files.readAllBytes(province), "the input result is untouched");
        Result a = ResultJson.read(one);
        Result b = ResultJson.read(five);
        assertTrue(b.levy().uncovered() < a.levy().uncovered());
        for (Path levied : new Path[] {one, five}) {
            Run verify = run("verify", INSTANCE, levied.toString());
            assertEquals(0, verify.status(), verify.err());
        }
    }

    @Test
    void sameInputSameBytes() throws Exception {
        Path x = dir.resolve("x.json");
        Path y = dir.resolve("y.json");
        assertEquals(0, run("levy", INSTANCE, province.toString(), "--out", x.toString()).status());
        assertEquals(0, run("levy", INSTANCE, province.toString(), "--out", y.toString()).status());
        assertArrayEquals(Files.readAllBytes(x), Files.readAllBytes(y));
    }

    @Test
    void refusesToOverwriteItsInput() throws Exception {
        byte[] input = Files.readAllBytes(province);
        Run run = run("levy", INSTANCE, province.toString(), "--out", province.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("--out:"), run.err());
        assertArrayEquals(input, Files.readAllBytes(province));
    }

    @Test
    void refusesToWriteOverTheInstanceOrIntoAMissingFolder() throws Exception {
        byte[] before = Files.readAllBytes(Path.of(INSTANCE));
        Run instance = run("levy", INSTANCE, province.toString(), "--out", INSTANCE);
        assertEquals(2, instance.status());
        assertTrue(instance.err().startsWith("--out: "), instance.err());
        assertArrayEquals(before, Files.readAllBytes(Path.of(INSTANCE)));
        Run csv = run("levy", INSTANCE, province.toString(), "--csv", province.toString());
        assertEquals(2, csv.status());
        assertTrue(csv.err().startsWith("--csv: "), csv.err());
        Run missing = run("levy", INSTANCE, province.toString(), "--out", dir.resolve("no/such/folder/levy.json").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("does not exist"), missing.err());
        assertFalse(Files.exists(dir.resolve("no")));
    }

    @Test
    void aResultOfAnotherInstanceIsRefusedInOneLine() throws Exception {
        // The same instance with one task's cost changed by a euro: another digest.
        Path other = dir.resolve("other.json");
        Files.writeString(other, Files.readString(Path.of(INSTANCE)).replaceFirst("\"unitCost\" ?: ?([0-9]+)", "\"unitCost\": 1$1"));
        Run run = run("levy", other.toString(), province.toString());
        assertEquals(2, run.status(), run.err());
        assertEquals(1, problems(run).size(), run.err());
        assertTrue(run.err().contains("belongs to another instance"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void badOptionsOneLineEachExitTwo() {
        Run run = run("levy", INSTANCE, province.toString(), "--cap", "1.5", "--credit-factor", "-0.1", "--years", "11");
        assertEquals(2, run.status());
        String[] lines = problems(run).toArray(String[]::new);
        assertEquals(3, lines.length, run.err());
        assertTrue(lines[0].startsWith("--cap: must be a share between 0 and 1"), lines[0]);
        assertTrue(lines[1].startsWith("--credit-factor: must be between 0 and 1"), lines[1]);
        assertTrue(lines[2].startsWith("--years: must be between 1 and the agreement period of 10 years"), lines[2]);
        assertFalse(run.err().contains("Exception"), run.err());
        Run base = run("levy", INSTANCE, province.toString(), "--base", "rent");
        assertEquals(2, base.status());
        Run missing = run("levy", INSTANCE, dir.resolve("nothing.json").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("no such result file"), missing.err());
    }

    @Test
    void csvFolderHasEveryCorporationWithNameShareAndYearlySchedule() throws Exception {
        Path folder = dir.resolve("levy-1");
        Run run = run("levy", INSTANCE, province.toString(), "--cap", "0.01", "--csv", folder.toString());
        assertEquals(0, run.status(), run.err());
        // The same folder as solve --levy --csv: the result's tables and the levy's.
        for (String file : new String[] {"assignments.csv", "contributions.csv", "support.csv", "unmet.csv", "corporations.csv",
                "yearly.csv", "levy.csv", "levy-schedule.csv", "levy-supported.csv", "levy-summary.csv"}) {
            assertTrue(Files.exists(folder.resolve(file)), file);
        }
        java.util.List<String> levy = Files.readAllLines(folder.resolve("levy.csv"));
        assertEquals("id,name,base_eur,rhoMax_fraction,gross_eur,credit_eur,levy_eur,levyShareOfCashFlow_fraction,exempt", levy.get(0));
        assertEquals(1 + 13, levy.size());
        // Every payer pays the 1% cap of its own cash flow; the exempt ones say why.
        assertTrue(levy.stream().anyMatch(l -> l.startsWith("gld-rivier,") && l.contains(",Rivierenland Wonen,")
                && l.endsWith(",0.01,")), levy.toString());
        assertTrue(levy.stream().anyMatch(l -> l.startsWith("ams-stad,") && l.contains("Stadswonen Amsterdam")
                && l.endsWith(",own-region-short")), levy.toString());
        assertTrue(levy.stream().anyMatch(l -> l.startsWith("waterland,") && l.endsWith(",,no-base")), levy.toString());
        // The schedule: one column per calendar year of the levy (2025–2034), in proportion to
        // (1+g)^y, adding up to the levy within a cent a year.
        java.util.List<String> schedule = Files.readAllLines(folder.resolve("levy-schedule.csv"));
        assertEquals("id,name,levy_eur,2025,2026,2027,2028,2029,2030,2031,2032,2033,2034", schedule.get(0));
        assertEquals(1 + 13, schedule.size());
        double g = nl.solidarity.io.InstanceReader.read(Path.of(INSTANCE)).indexation();
        String[] rivier = schedule.stream().filter(l -> l.startsWith("gld-rivier,")).findFirst().orElseThrow().split(",");
        double total = 0.0;
        for (int y = 3; y < rivier.length; y++) {
            total += Double.parseDouble(rivier[y]);
        }
        assertEquals(Double.parseDouble(rivier[2]), total, 0.10);
        assertEquals(Math.pow(1 + g, 9), Double.parseDouble(rivier[12]) / Double.parseDouble(rivier[3]), 1e-6);
        java.util.List<String> summary = Files.readAllLines(folder.resolve("levy-summary.csv"));
        assertTrue(summary.contains("payers,6"), summary.toString());
        assertTrue(summary.contains("exempt.own-region-short,5"), summary.toString());
        assertTrue(summary.contains("rate,0.01"), summary.toString());
    }

    @Test
    void solveWithLevyWritesTheSameLevyTablesAsLevyOnTheSolvedResult() throws Exception {
        Path viaLevy = dir.resolve("via-levy");
        Path viaSolve = dir.resolve("via-solve");
        assertEquals(0, run("levy", INSTANCE, province.toString(), "--cap", "0.05", "--csv", viaLevy.toString()).status());
        Run solve = run("solve", INSTANCE, "--scope", "province", "--threads", "1", "--levy", "--cap", "0.05",
                "--csv", viaSolve.toString(), "--quiet");
        assertEquals(0, solve.status(), solve.err());
        for (String file : new String[] {"levy.csv", "levy-schedule.csv", "levy-supported.csv", "levy-summary.csv",
                "assignments.csv", "contributions.csv"}) {
            assertArrayEquals(Files.readAllBytes(viaLevy.resolve(file)), Files.readAllBytes(viaSolve.resolve(file)), file);
        }
    }

    @Test
    void csvIsAFolderNotAFile() throws Exception {
        Path file = dir.resolve("old-levy.csv");
        Files.writeString(file, "id\n");
        Run run = run("levy", INSTANCE, province.toString(), "--csv", file.toString());
        assertEquals(2, run.status());
        assertEquals(1, problems(run).size(), run.err());
        assertTrue(problems(run).get(0).startsWith("--csv: "), run.err());
        assertEquals("id\n", Files.readString(file));
    }

    /**
     * The ministry's flow in README: the summary the levy prints at 1% and at 5% is quoted there
     * word for word, so the README shows what the program says.
     */
    @Test
    void theReadmeQuotesTheSummaryOfTheMinistrysFlow() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (String cap : new String[] {"0.01", "0.05"}) {
            Run run = run("levy", INSTANCE, province.toString(), "--cap", cap);
            assertEquals(0, run.status(), run.err());
            String summary = String.join("\n", run.out().lines().takeWhile(l -> !l.startsWith("Where the need is")).toList()).strip();
            assertTrue(summary.contains("corporations pay"), summary);
            assertTrue(readme.contains(summary), "README.md should quote, for --cap " + cap + ":\n" + summary);
        }
    }

    @Test
    void btiv2015KeyVerifies() throws Exception {
        Path btiv = dir.resolve("btiv.json");
        Run run = run("levy", INSTANCE, province.toString(), "--base", "btiv2015", "--cap", "0.05", "--out", btiv.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("keyed by homes and WOZ"), run.out());
        assertEquals("btiv2015", ResultJson.read(btiv).levy().base());
        assertEquals(0, run("verify", INSTANCE, btiv.toString()).status());
    }

    @Test
    void solveWithLevyAndTheNationalWarning() {
        Run run = run("solve", INSTANCE, "--scope", "national", "--levy", "--cap", "0.05", "--threads", "1", "--quiet");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("Projectsteun levy: provinces-levy (scope national"), run.out());
        assertTrue(run.out().contains("little room is left to levy"), run.out());
        Run stray = run("solve", INSTANCE, "--cap", "0.05", "--quiet");
        assertEquals(2, stray.status());
        assertTrue(stray.err().contains("only apply with --levy"), stray.err());
    }
}
