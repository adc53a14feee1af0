package nl.solidarity.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.solidarity.domain.Instance;
import nl.solidarity.io.InstanceReader;
import nl.solidarity.io.Json;
import nl.solidarity.io.ResultJson;
import nl.solidarity.result.Result;
import nl.solidarity.testing.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the HTML report computes: grouped flows, bands as thick as their amounts, and the chart geometry. */
class HtmlReportTest {
    @TempDir
    static Path dir;
    static Instance small;
    static Result result;

    @BeforeAll
    static void solve() throws Exception {
        Path file = Path.of("src/test/resources/examples/small.json");
        Path out = dir.resolve("small.json");
        Cli.Run run = Cli.run("solve", file.toString(), "--quiet", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        small = InstanceReader.read(file);
        result = ResultJson.read(out);
    }

    /**
     * The result with twelve payments into Rotterdam's fund: EUR i m by c0((i-1) mod 6 + 1), regional
     * for i <= 6, else provincial, and EUR 78 m out of it to c01 (edited as JSON, so that the test
     * does not depend on the result's other fields).
     */
    private static Result twelvePayers() throws Exception {
        ObjectNode root = (ObjectNode) Json.MAPPER.readTree(ResultJson.write(result));
        ArrayNode contributions = root.putArray("contributions");
        for (int i = 1; i <= 12; i++) {
            contributions.addObject().put("corporation", "c0" + ((i - 1) % 6 + 1)).put("region", "rotterdam")
                    .put("amount", i * 1e6).put("level", i <= 6 ? "regional" : "provincial");
        }
        root.putArray("support").addObject().put("region", "rotterdam").put("corporation", "c01").put("amount", 78e6);
        return ResultJson.fromTree(root, "twelve payers");
    }

    @Test
    void smallPayersAreGroupedPerLevelBeyondEightAndTheBandsAddUp() throws Exception {
        String html = HtmlReport.render(small, twelvePayers(), "rotterdam");
        // Eight largest one by one (EUR 12 m down to 5 m); EUR 1-4 m are all regional: one group of four.
        assertTrue(html.contains("Corporatie 6 · provincial · EUR 12.00 m"), "the largest payer");
        assertTrue(html.contains("Corporatie 5 · regional · EUR 5.00 m"), "the eighth payer");
        assertTrue(html.contains("4 others · regional · EUR 10.00 m"), "the grouped small payers");
        assertFalse(html.contains("others · provincial"), "no provincial payer is small");
        assertFalse(html.contains("Corporatie 4 · regional · EUR 4.00 m"), "a grouped payer is not listed");
        assertTrue(html.contains("Payments into the fund: 12; out of it: 1; EUR 78.00 m in total."));
        // The node heights are proportional to the amounts: 12 m against the 78 m fund.
        Matcher nodes = Pattern.compile("<rect class=\"mark node (\\w+)\" x=\"[0-9.]+\" y=\"[0-9.]+\" width=\"[0-9.]+\" height=\"([0-9.]+)\"><title>")
                .matcher(html);
        List<Double> heights = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        while (nodes.find()) {
            kinds.add(nodes.group(1));
            heights.add(Double.parseDouble(nodes.group(2)));
        }
        assertEquals(List.of("fund", "provincial", "provincial", "provincial", "provincial", "provincial", "provincial", "regional",
                "regional", "regional", "receiver"), kinds);
        assertEquals(12.0 / 78.0, heights.get(1) / heights.get(0), 0.002);
        assertEquals(10.0 / 78.0, heights.get(9) / heights.get(0), 0.002);
        assertEquals(1.0, heights.get(10) / heights.get(0), 0.002);
    }

    @Test
    void theAxisHasRoundTicksThatCoverTheValues() {
        HtmlCharts.Axis axis = HtmlCharts.Axis.of(0, 924.0);
        assertEquals(0.0, axis.min());
        assertEquals(1000.0, axis.max());
        assertEquals(200.0, axis.step());
        assertEquals("1,000", axis.label(1000.0));
        HtmlCharts.Axis ratio = HtmlCharts.Axis.of(0, 2.3);
        assertEquals(0.5, ratio.step());
        assertEquals("2.5", ratio.label(2.5));
        assertEquals("-0.1", HtmlCharts.f(-0.06));
        assertEquals("0.0", HtmlCharts.f(-0.04));
        assertEquals("123.5", HtmlCharts.f(123.46));
    }

    @Test
    void everyCorporationOfTheSmallExampleHasItsPathsOrItsGivenRoom() throws Exception {
        String html = HtmlReport.render(small, result, null);
        // Five corporations with a projection: two charts each; Corporatie 4 has its room given.
        assertEquals(10, count(html, "<polyline class=\"mark path-with\""));
        assertEquals(10, count(html, "<polyline class=\"mark path-without\""));
        assertEquals(6, count(html, "<details>"));
        assertTrue(Files.exists(dir.resolve("small.json")));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
