package nl.solidarity.engine.optaplanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.solidarity.io.InstanceJson;
import nl.solidarity.io.ResultJson;
import nl.solidarity.result.Result;
import nl.solidarity.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code solve --engine optaplanner} and {@code crosscheck}, run in-process. The local search ends
 * on the hidden {@code --steps} test hook, never on the clock.
 */
class OptaPlannerCommandLineTest {
    @TempDir
    Path dir;

    /**
     * A scarce-money instance written in the first version's form (one priorities object, norms
     * without temporary thresholds), which every version of the reader accepts: one priority tier.
     */
    private Path instance() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(InstanceJson.write(ScarceRegions.generate(5, 2, 6, 12)));
        ObjectNode weights = json.createObjectNode();
        weights.put("NEW_BUILD_SOCIAL", 1.0).put("NEW_BUILD_MIDDLE", 0.5).put("GAS_FREE", 0.2).put("INSULATION", 0.2);
        root.set("priorities", weights);
        ObjectNode norms = (ObjectNode) root.get("norms");
        norms.remove("temporaryIcrMin");
        norms.remove("temporaryLtvMax");
        Path file = dir.resolve("scarce.json");
        Files.writeString(file, json.writeValueAsString(root));
        return file;
    }

    @Test
    void solveWithOptaPlannerWritesAVerifiedFeasibleResult() throws Exception {
        Path result = dir.resolve("result.json");
        Cli.Run run = Cli.run("solve", instance().toString(), "--mode", "projects", "--engine", "optaplanner",
                "--scope", "national", "--steps", "100", "--quiet", "--out", result.toString());
        assertEquals(0, run.status(), run.err());
        Result written = ResultJson.read(result);
        assertEquals("optaplanner", written.engine());
        assertEquals("FEASIBLE", written.status());
        // solve verifies before it writes; every scope is reported, and no region does worse in any
        // tier at a wider scope than at the narrower one.
        assertEquals(java.util.List.of("region", "province", "national"), java.util.List.copyOf(written.scopes().keySet()));
        for (String region : written.scopes().get("region").regions().keySet()) {
            for (int k = 0; k < written.tiers().size(); k++) {
                double narrow = written.scopes().get("region").regions().get(region).unmetByTier().get(k);
                double wide = written.scopes().get("national").regions().get(region).unmetByTier().get(k);
                assertTrue(wide <= narrow + 1e-6, region + " tier " + (k + 1) + ": " + wide + " > " + narrow);
            }
        }
    }

    @Test
    void theSameSeedAndStepsGiveTheSameFile() throws Exception {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        Path input = instance();
        for (Path out : new Path[] {first, second}) {
            Cli.Run run = Cli.run("solve", input.toString(), "--mode", "projects", "--engine", "optaplanner",
                    "--steps", "50", "--seed", "3", "--quiet", "--out", out.toString());
            assertEquals(0, run.status(), run.err());
        }
        assertEquals(withoutSeconds(Files.readString(first)), withoutSeconds(Files.readString(second)));
    }

    private static String withoutSeconds(String json) {
        return json.replaceAll("\"solveSeconds\"\\s*:\\s*[0-9.eE+-]+", "");
    }

    @Test
    void optaPlannerInUnitsModeIsAUsageError() throws Exception {
        Cli.Run run = Cli.run("solve", instance().toString(), "--engine", "optaplanner", "--quiet");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("--engine optaplanner: solves projects mode only"), run.err());
    }

    @Test
    void crossCheckPrintsBothEnginesVerified() throws Exception {
        Cli.Run run = Cli.run("crosscheck", instance().toString(), "--steps", "100", "--scope", "region");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("ortools") && run.out().contains("optaplanner"), run.out());
        assertTrue(run.out().contains("unmet by tier"), run.out());
        assertFalse(run.out().contains(" NO"), run.out());
    }
}
