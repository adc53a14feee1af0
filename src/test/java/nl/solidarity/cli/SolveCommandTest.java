package nl.solidarity.cli;

import static nl.solidarity.testing.Cli.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.solidarity.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.solidarity.testing.Cli.Run;

/** solve and verify through the command line: output, files, determinism, bad input, tampering. */
class SolveCommandTest {
    private static final Path SMALL = Path.of("src/test/resources/examples/small.json");

    /** The result apart from the timing and the thread count it records among its options. */
    private static String withoutSecondsAndThreads(String json) {
        return json.replaceAll("\"solveSeconds\" : [0-9.eE+-]+", "\"solveSeconds\" : 0")
                .replaceAll("\"threads\" : [0-9]+", "\"threads\" : 0");
    }

    @Test
    void sameInputSameBytesWhateverTheThreads(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("one.json");
        Path two = dir.resolve("two.json");
        assertEquals(0, run("solve", SMALL.toString(), "--mode", "projects", "--threads", "1", "--out", one.toString(), "--quiet").status());
        assertEquals(0, run("solve", SMALL.toString(), "--mode", "projects", "--threads", "2", "--out", two.toString(), "--quiet").status());
        assertEquals(withoutSecondsAndThreads(Files.readString(one)), withoutSecondsAndThreads(Files.readString(two)));
    }

    @Test
    void summaryCsvAndInputUntouched(@TempDir Path dir) throws Exception {
        byte[] before = Files.readAllBytes(SMALL);
        long modified = Files.getLastModifiedTime(SMALL).toMillis();
        Run run = run("solve", SMALL.toString(), "--scope", "province", "--csv", dir.resolve("csv").toString(), "--quiet");
        assertEquals(0, run.status(), run.err());
        String out = run.out();
        // Every scope up to the run's own, per region with the region's name, and the total.
        assertTrue(out.contains("Escalation, own region first"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("scope region +tier 1 +tier 2 +tier 3 +supportNeed")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("scope province +tier 1 +tier 2 +tier 3 +supportNeed")), out);
        assertFalse(out.lines().anyMatch(l -> l.startsWith("scope national")), out);
        // The worked example: at scope region Holland-Rijnland is short in tier 1, at scope province only
        // Haaglanden is left short, in tier 3.
        assertTrue(out.lines().anyMatch(l -> l.matches("holland-rijnland \\(Woondeal holland-rijnland\\) +159\\.034 +0\\.000 +0\\.000 +32\\.36")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("haaglanden \\(Woondeal haaglanden\\) +0\\.000 +0\\.000 +213\\.757 +8\\.21")), out);
        assertTrue(out.contains("Homes per year of completion"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("2025 +NEW_BUILD_SOCIAL +570\\.0 +570\\.0")), out);
        assertTrue(out.contains("Solidarity funds"), out);
        assertTrue(out.contains("Unrealised tasks"), out);
        // c01 is in baseline breach: no headroom, it receives from the Rotterdam fund and gives nothing.
        assertTrue(out.lines().anyMatch(l -> l.matches("c01 \\(Corporatie 1\\) +0\\.00 +0\\.00 +0\\.00 +0\\.00 +[1-9][0-9.,]* +-[1-9][0-9.,]* +LTV 2025 +LTV 2025 -39\\.15; .*")), out);
        Path csv = dir.resolve("csv");
        for (String file : new String[] {"assignments.csv", "contributions.csv", "support.csv", "unmet.csv", "corporations.csv", "yearly.csv",
                "explanations.csv"}) {
            assertTrue(Files.exists(csv.resolve(file)), file);
        }
        assertTrue(Files.readString(csv.resolve("contributions.csv")).startsWith("corporation,corporationName,region,regionName,amount_eur,level,perYear_eur,firstYear,lastYear\n"));
        assertTrue(Files.readString(csv.resolve("support.csv")).startsWith("region,regionName,corporation,corporationName,amount_eur,perYear_eur,firstYear,lastYear\n"));
        assertTrue(Files.readString(csv.resolve("corporations.csv"))
                .startsWith("id,name,headroom_eur,used_eur,gives_eur,receives_eur,net_eur,left_eur,bindingNorm,bindingYear,baselineBreaches_eur\n"));
        assertTrue(Files.readString(csv.resolve("explanations.csv")).startsWith("task,kind,corporation,homes,reason,subject,sentence\n"));
        List<String> yearly = Files.readAllLines(csv.resolve("yearly.csv"));
        assertEquals("year,type,planned_homes,realised_homes,target_homes", yearly.get(0));
        assertTrue(yearly.contains("2025,NEW_BUILD_SOCIAL,570,570,"), yearly.toString());
        assertArrayEquals(before, Files.readAllBytes(SMALL));
        assertEquals(modified, Files.getLastModifiedTime(SMALL).toMillis());
    }

    @Test
    void verifyFindsATamperedResult(@TempDir Path dir) throws Exception {
        Path result = dir.resolve("result.json");
        assertEquals(0, run("solve", SMALL.toString(), "--scope", "region", "--out", result.toString(), "--quiet").status());
        String json = Files.readString(result);
        // Claim that nothing is left unrealised: the objective no longer matches the allocation.
        Path tampered = dir.resolve("tampered.json");
        ObjectNode claimed = (ObjectNode) Json.MAPPER.readTree(json);
        ((ObjectNode) claimed.get("objective")).put("weightedUnmet", 0.0);
        Files.writeString(tampered, Json.write(claimed));
        Run run = run("verify", SMALL.toString(), tampered.toString());
        assertEquals(1, run.status());
        assertTrue(run.err().contains("objective.weightedUnmet"), run.err());
        // A national contribution in a regional result breaks the scope.
        ObjectNode tree = (ObjectNode) Json.MAPPER.readTree(json);
        tree.withArray("contributions").addObject().put("corporation", "c05").put("region", "rotterdam").put("amount", 1.0e6).put("level", "national");
        tree.withArray("support").addObject().put("region", "rotterdam").put("corporation", "c01").put("amount", 1.0e6);
        Path national = dir.resolve("national.json");
        Files.writeString(national, Json.write(tree));
        Run scope = run("verify", SMALL.toString(), national.toString());
        assertEquals(1, scope.status());
        assertTrue(scope.err().contains("not allowed at scope region"), scope.err());
    }

    @Test
    void badOptionsAndFilesExitTwoWithoutStackTrace(@TempDir Path dir) {
        Run mode = run("solve", SMALL.toString(), "--mode", "whole");
        assertEquals(2, mode.status());
        assertFalse(mode.err().contains("Exception"), mode.err());
        Run seconds = run("solve", SMALL.toString(), "--seconds", "0");
        assertEquals(2, seconds.status());
        assertTrue(seconds.err().contains("--seconds"), seconds.err());
        Run missing = run("verify", SMALL.toString(), dir.resolve("nothing.json").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("no such result file"), missing.err());
    }
}
