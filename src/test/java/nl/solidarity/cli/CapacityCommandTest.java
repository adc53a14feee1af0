package nl.solidarity.cli;

import static nl.solidarity.testing.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import nl.solidarity.domain.Instance;
import nl.solidarity.io.InstanceReader;
import nl.solidarity.io.Json;
import nl.solidarity.projection.Capacity;
import nl.solidarity.projection.Norm;
import nl.solidarity.testing.Cli.Run;
import org.junit.jupiter.api.Test;

/**
 * {@code capacity} on the worked examples (copied into src/test/resources/examples): small.json
 * against the {@code headroom} section of small.expected.json, which an independent implementation
 * computed, and tiny.json against its hand computation; row names as Norm labels in every format.
 */
class CapacityCommandTest {
    private static final Path SMALL = Path.of("src/test/resources/examples/small.json");
    private static final Path TINY = Path.of("src/test/resources/examples/tiny.json");
    private static final Path EXPECTED = Path.of("src/test/resources/examples/small.expected.json");

    /** Agreement of two money amounts: within 1e-6 relative or EUR 1, whichever is larger. */
    private static void assertMoneyAgrees(double expected, double actual, String what) {
        double allowed = Math.max(1.0, 1e-6 * Math.max(Math.abs(expected), Math.abs(actual)));
        assertTrue(Math.abs(expected - actual) <= allowed, what + ": expected " + expected + ", got " + actual);
    }

    @Test
    void smallMatchesTheExpectedHeadroomOfEveryCorporation() throws Exception {
        Run run = run("capacity", SMALL.toString(), "--format", "json");
        assertEquals(0, run.status(), run.err());
        JsonNode expected = Json.MAPPER.readTree(EXPECTED.toFile()).get("headroom");
        JsonNode actual = Json.MAPPER.readTree(run.out()).get("corporations");
        assertEquals(6, expected.size());
        assertEquals(expected.size(), actual.size());
        for (JsonNode corporation : actual) {
            String id = corporation.get("id").asText();
            JsonNode want = expected.get(id);
            assertMoneyAgrees(want.get("headroom").asDouble(), corporation.get("headroom").asDouble(), id + " headroom");
            assertEquals(want.get("bindingNorm").asText(), corporation.get("bindingNorm").asText(), id + " binding norm");
            assertEquals(want.get("bindingYear").asInt(), corporation.get("bindingYear").asInt(), id + " binding year");
            JsonNode wantBreaches = want.get("baselineBreaches");
            JsonNode gotBreaches = corporation.get("baselineBreaches");
            assertEquals(wantBreaches.size(), gotBreaches.size(), id + " baseline breaches: " + gotBreaches);
            for (int i = 0; i < wantBreaches.size(); i++) {
                JsonNode w = wantBreaches.get(i);
                JsonNode g = gotBreaches.get(i);
                assertEquals(w.get("norm").asText(), g.get("norm").asText(), id + " breach " + i);
                assertEquals(w.get("year").asInt(), g.get("year").asInt(), id + " breach " + i);
                assertMoneyAgrees(w.get("slack").asDouble(), g.get("slack").asDouble(), id + " breach " + i + " slack");
            }
        }
    }

    @Test
    void smallShowsEveryKindOfRow() throws Exception {
        // c01: yearly LTV breaches 2025–2032 and both horizon rows; c06 bound by LTV-HORIZON 2039.
        Run run = run("capacity", SMALL.toString(), "--format", "json");
        assertEquals(0, run.status(), run.err());
        JsonNode actual = Json.MAPPER.readTree(run.out()).get("corporations");
        JsonNode c01 = actual.get(0);
        assertEquals("c01", c01.get("id").asText());
        assertEquals(0.0, c01.get("headroom").asDouble());
        assertEquals("LTV", c01.get("bindingNorm").asText());
        assertEquals(2025, c01.get("bindingYear").asInt());
        JsonNode breaches = c01.get("baselineBreaches");
        assertEquals("ICR-HORIZON", breaches.get(breaches.size() - 2).get("norm").asText());
        assertEquals("LTV-HORIZON", breaches.get(breaches.size() - 1).get("norm").asText());
        JsonNode c06 = actual.get(5);
        assertEquals("LTV-HORIZON", c06.get("bindingNorm").asText());
        assertEquals(2039, c06.get("bindingYear").asInt());
    }

    @Test
    void tinyIsTheHandComputedAnswer() throws Exception {
        // P = 1, T = 2, strict: D1 = 45 + h, ICR 2026 = 10 − 0.14·(45 + h) = 3.7 − 0.14h ≥ 0: H = 26.428571…
        Instance tiny = InstanceReader.read(TINY);
        List<Capacity> capacities = Capacity.of(tiny);
        assertEquals(1, capacities.size());
        assertEquals(3.7 / 0.14, capacities.get(0).headroom().amount(), 1e-9);
        assertEquals(Norm.ICR, capacities.get(0).headroom().bindingNorm());
        assertEquals(2026, capacities.get(0).headroom().bindingYear());
        assertEquals(List.of(), capacities.get(0).baselineBreaches());

        Run run = run("capacity", TINY.toString(), "--format", "json");
        assertEquals(0, run.status(), run.err());
        JsonNode a = Json.MAPPER.readTree(run.out()).get("corporations").get(0);
        assertEquals(26.43, a.get("headroom").asDouble(), 1e-9);
        assertEquals("ICR", a.get("bindingNorm").asText());
        assertEquals(2026, a.get("bindingYear").asInt());
        assertEquals(0, a.get("baselineBreaches").size());
    }

    @Test
    void tableAndCsvNameTheRowsByLabel() {
        Run table = run("capacity", SMALL.toString());
        assertEquals(0, table.status(), table.err());
        assertTrue(table.out().contains("LTV 2032 -3.57; ICR-HORIZON 2039 -32.51; LTV-HORIZON 2039 -14.01"), table.out());
        assertTrue(table.out().lines().anyMatch(l -> l.startsWith("c06") && l.contains("200.96") && l.contains("LTV-HORIZON")
                && l.contains("2039")), table.out());
        assertTrue(table.out().lines().anyMatch(l -> l.startsWith("c04") && l.contains("HEADROOM") && l.contains("2034")), table.out());
        assertTrue(!table.out().contains("_HORIZON"), table.out());

        Run csv = run("capacity", SMALL.toString(), "--format", "csv");
        assertEquals(0, csv.status(), csv.err());
        List<String> lines = csv.out().lines().toList();
        assertEquals("id,name,headroom,bindingNorm,bindingYear,baselineBreaches", lines.get(0));
        assertTrue(lines.get(1).startsWith("c01,"), lines.get(1));
        assertTrue(lines.get(1).endsWith("LTV 2032 -3574317.2; ICR-HORIZON 2039 -32508388.06; LTV-HORIZON 2039 -14009109.26\""), lines.get(1));
        assertEquals("c06,\"Corporatie 6\",200956472.77,LTV-HORIZON,2039,", lines.get(6));
    }
}
