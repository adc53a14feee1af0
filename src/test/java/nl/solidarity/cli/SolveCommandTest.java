package nl.solidarity.cli;

import static nl.solidarity.testing.Cli.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.solidarity.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.solidarity.testing.Cli.Run;

/** solve and verify through the command line: output, files, determinism, bad input, tampering. */
class SolveCommandTest {
    private static final Path SMALL = Path.of("src/test/resources/examples/small.json");

    private static String withoutSeconds(String json) {
        return json.replaceAll("\"solveSeconds\" : [0-9.eE+-]+", "\"solveSeconds\" : 0");
    }

    @Test
    void sameInputSameBytesWhateverTheThreads(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("one.json");
        Path two = dir.resolve("two.json");
        assertEquals(0, run("solve", SMALL.toString(), "--mode", "projects", "--threads", "1", "--out", one.toString(), "--quiet").status());
        assertEquals(0, run("solve", SMALL.toString(), "--mode", "projects", "--threads", "2", "--out", two.toString(), "--quiet").status());
        assertEquals(withoutSeconds(Files.readString(one)), withoutSeconds(Files.readString(two)));
    }

    @Test
    void summaryCsvAndInputUntouched(@TempDir Path dir) throws Exception {
        byte[] before = Files.readAllBytes(SMALL);
        long modified = Files.getLastModifiedTime(SMALL).toMillis();
        Run run = run("solve", SMALL.toString(), "--scope", "province", "--csv", dir.resolve("csv").toString(), "--quiet");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("Escalation (levels 1 and 2 per scope)"), run.out());
        assertTrue(run.out().contains("province"), run.out());
        assertTrue(run.out().contains("Unrealised tasks"), run.out());
        for (String file : new String[] {"assignments.csv", "transfers.csv", "unmet.csv", "corporations.csv"}) {
            assertTrue(Files.exists(dir.resolve("csv").resolve(file)), file);
        }
        assertTrue(Files.readString(dir.resolve("csv/transfers.csv")).startsWith("from,to,amount,level\n"));
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
        Files.writeString(tampered, json.replaceFirst("\"weightedUnmet\" : [0-9.eE+-]+", "\"weightedUnmet\" : 0.0"));
        Run run = run("verify", SMALL.toString(), tampered.toString());
        assertEquals(1, run.status());
        assertTrue(run.err().contains("objective.weightedUnmet"), run.err());
        // A contribution at national level in a regional result breaks the scope (c05 is not active in Zuid-Holland).
        ObjectNode tree = (ObjectNode) Json.MAPPER.readTree(json);
        tree.withArray("contributions").addObject().put("corporation", "c05").put("region", "rotterdam").put("amount", 1.0e6)
                .put("level", "national");
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
