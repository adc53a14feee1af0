package nl.solidarity.cli;

import static nl.solidarity.testing.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import nl.solidarity.io.Json;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import nl.solidarity.testing.Cli.Run;

/**
 * The worked example small.json (copied into src/test/resources/examples), through the command
 * line in-process: the tier values and supportNeed of both modes at every scope, in total and per
 * region, each result accepted by verify. Its capacity is pinned in {@link CapacityCommandTest}.
 */
class SmallExampleTest {
    private static final Path SMALL = Path.of("src/test/resources/examples/small.json");
    private static final Path EXPECTED = Path.of("src/test/resources/examples/small.expected.json");

    /** Agreement as the spec's README defines it. */
    static void assertAgrees(double expected, double actual, boolean money, String what) {
        double absolute = money ? 1.0 : 1e-3;
        double allowed = Math.max(absolute, 1e-6 * Math.max(Math.abs(expected), Math.abs(actual)));
        assertTrue(Math.abs(expected - actual) <= allowed, what + ": expected " + expected + ", got " + actual);
    }

    /**
     * The expected file gives, per mode and scope, the tier values and supportNeed in total and per
     * region; the result reports every scope up to the requested one in {@code scopes}.
     */
    @ParameterizedTest
    @CsvSource({"units,region", "units,province", "units,national", "projects,region", "projects,province", "projects,national"})
    void solveMatchesTheExpectedTierValuesPerScopeAndRegionAndVerifies(String mode, String scope, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("result.json");
        Run run = run("solve", SMALL.toString(), "--mode", mode, "--scope", scope, "--out", out.toString(), "--quiet");
        assertEquals(0, run.status(), run.err());
        JsonNode result = Json.MAPPER.readTree(out.toFile());
        assertEquals("OPTIMAL", result.get("status").asText());
        JsonNode expected = Json.MAPPER.readTree(EXPECTED.toFile()).get(mode);
        Iterator<Map.Entry<String, JsonNode>> scopes = result.get("scopes").fields();
        int reported = 0;
        while (scopes.hasNext()) {
            Map.Entry<String, JsonNode> entry = scopes.next();
            String where = mode + " " + entry.getKey();
            JsonNode want = expected.get(entry.getKey());
            JsonNode got = entry.getValue();
            assertTiers(want.get("unmetByTier"), got.get("unmetByTier"), where);
            assertAgrees(want.get("weightedUnmet").asDouble(), got.get("weightedUnmet").asDouble(), false, where + " weightedUnmet");
            assertAgrees(want.get("supportNeed").asDouble(), got.get("supportNeed").asDouble(), true, where + " supportNeed");
            assertEquals(want.get("regions").size(), got.get("regions").size(), where + ": every region reported");
            Iterator<Map.Entry<String, JsonNode>> regions = want.get("regions").fields();
            while (regions.hasNext()) {
                Map.Entry<String, JsonNode> region = regions.next();
                JsonNode gotRegion = got.get("regions").get(region.getKey());
                assertTiers(region.getValue().get("unmetByTier"), gotRegion.get("unmetByTier"), where + " " + region.getKey());
                assertAgrees(region.getValue().get("supportNeed").asDouble(), gotRegion.get("supportNeed").asDouble(), true,
                        where + " " + region.getKey() + " supportNeed");
            }
            reported++;
        }
        assertEquals(1 + java.util.List.of("region", "province", "national").indexOf(scope), reported);
        Run verify = run("verify", SMALL.toString(), out.toString());
        assertEquals(0, verify.status(), verify.err());
        assertEquals("verified\n", verify.out());
    }

    private static void assertTiers(JsonNode expected, JsonNode actual, String where) {
        assertEquals(expected.size(), actual.size(), where + ": tiers");
        for (int k = 0; k < expected.size(); k++) {
            assertAgrees(expected.get(k).asDouble(), actual.get(k).asDouble(), false, where + " tier " + (k + 1));
        }
    }
}
