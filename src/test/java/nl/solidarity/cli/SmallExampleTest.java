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
import org.junit.jupiter.api.Test;
import nl.solidarity.testing.Cli.Run;

/**
 * The spec's worked examples (copied into src/test/resources/examples), through the command line
 * in-process: capacity of small.json and tiny.json, and the level-1/2 optima of small.json for both
 * modes and every scope, each result accepted by verify.
 */
class SmallExampleTest {
    private static final Path SMALL = Path.of("src/test/resources/examples/small.json");
    private static final Path TINY = Path.of("src/test/resources/examples/tiny.json");
    private static final Path EXPECTED = Path.of("src/test/resources/examples/small.expected.json");

    /** Agreement as the spec's README defines it. */
    static void assertAgrees(double expected, double actual, boolean money, String what) {
        double absolute = money ? 1.0 : 1e-3;
        double allowed = Math.max(absolute, 1e-6 * Math.max(Math.abs(expected), Math.abs(actual)));
        assertTrue(Math.abs(expected - actual) <= allowed, what + ": expected " + expected + ", got " + actual);
    }

    @Test
    void capacityOfSmallMatchesTheExpectedFile() throws Exception {
        Run run = run("capacity", SMALL.toString(), "--format", "json");
        assertEquals(0, run.status(), run.err());
        JsonNode expected = Json.MAPPER.readTree(EXPECTED.toFile()).get("headroom");
        JsonNode actual = Json.MAPPER.readTree(run.out()).get("corporations");
        assertEquals(expected.size(), actual.size());
        for (JsonNode corporation : actual) {
            JsonNode want = expected.get(corporation.get("id").asText());
            String id = corporation.get("id").asText();
            double headroom = want.get("headroom").asDouble();
            double got = corporation.get("headroom").asDouble();
            assertTrue(Math.abs(headroom - got) <= 1e-6 * Math.max(1.0, Math.abs(headroom)), id + " headroom " + got);
            assertEquals(want.get("bindingNorm").asText(), corporation.get("bindingNorm").asText(), id);
            assertEquals(want.get("bindingYear").asInt(), corporation.get("bindingYear").asInt(), id);
            assertEquals(want.get("baselineBreaches").size(), corporation.get("baselineBreaches").size(), id);
            for (int i = 0; i < want.get("baselineBreaches").size(); i++) {
                JsonNode w = want.get("baselineBreaches").get(i);
                JsonNode g = corporation.get("baselineBreaches").get(i);
                assertEquals(w.get("norm").asText(), g.get("norm").asText(), id);
                assertEquals(w.get("year").asInt(), g.get("year").asInt(), id);
                assertAgrees(w.get("slack").asDouble(), g.get("slack").asDouble(), true, id + " breach slack");
            }
        }
    }

    @Test
    void capacityOfTinyIsTheHandComputedAnswer() throws Exception {
        // examples/README.md: H = 3.7 / 0.14 = 26.428571…, binding ICR in 2026, no baseline breach.
        Run run = run("capacity", TINY.toString(), "--format", "json");
        assertEquals(0, run.status(), run.err());
        JsonNode a = Json.MAPPER.readTree(run.out()).get("corporations").get(0);
        assertEquals(26.43, a.get("headroom").asDouble(), 1e-9);
        assertEquals("ICR", a.get("bindingNorm").asText());
        assertEquals(2026, a.get("bindingYear").asInt());
        assertEquals(0, a.get("baselineBreaches").size());
    }

    @Test
    void capacityTableAndCsv() {
        Run table = run("capacity", SMALL.toString());
        assertEquals(0, table.status(), table.err());
        assertTrue(table.out().contains("531.52"), table.out());
        assertTrue(table.out().contains("ICR 2039 -32.51; LTV 2039 -14.01"), table.out());
        Run csv = run("capacity", SMALL.toString(), "--format", "csv");
        assertEquals(0, csv.status(), csv.err());
        assertTrue(csv.out().startsWith("id,name,headroom,bindingNorm,bindingYear,baselineBreaches\n"), csv.out());
        assertTrue(csv.out().contains("c02,\"Corporatie 2\",531516093.44,ICR,2035,\n"), csv.out());
        assertTrue(csv.out().contains("\"ICR 2039 -32508388.06; LTV 2039 -14009109.26\""), csv.out());
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
