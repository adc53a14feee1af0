package nl.solidarity.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlChartsTest {

    @Test
    @SuppressWarnings("unchecked")
    void aWaterfallOfSolverNoiseStaysFlatOnAnAxisOfAtLeastOneHome() {
        // A tier whose province value is the level's tolerance (1e-6 homes): the axis runs 0 to 1 home,
        // so the step is drawn 1e-6 of the plot high (210 px), which rounds to a flat bar.
        Map<String, Object> chart = HtmlCharts.waterfall(List.of(
                new HtmlCharts.Step("region", 0, 0, "total", "0.0"),
                new HtmlCharts.Step("province", 0, 1e-6, "step", "0.0"),
                new HtmlCharts.Step("uncovered", 0, 1e-6, "uncovered", "0.0")), "weighted homes unmet");
        List<Map<String, Object>> ticks = (List<Map<String, Object>>) chart.get("ticks");
        assertEquals("1.0", ticks.get(ticks.size() - 1).get("text"));
        for (Map<String, Object> bar : (List<Map<String, Object>>) chart.get("bars")) {
            assertEquals(0.0, Double.parseDouble((String) bar.get("h")), 0.01, bar.toString());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWaterfallOfRealHomesKeepsItsNiceScale() {
        // 924 homes: ticks of 200 up to 1,000 (the small example's tier 3).
        Map<String, Object> chart = HtmlCharts.waterfall(List.of(
                new HtmlCharts.Step("region", 0, 924, "total", "924.0")), "weighted homes unmet");
        List<Map<String, Object>> ticks = (List<Map<String, Object>>) chart.get("ticks");
        assertEquals("1,000", ticks.get(ticks.size() - 1).get("text"));
    }
}
