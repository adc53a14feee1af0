package nl.solidarity.levy;

import static nl.solidarity.levy.LevyFixtures.cap;
import static nl.solidarity.levy.LevyFixtures.instance;
import static nl.solidarity.levy.LevyFixtures.nothingDone;
import static nl.solidarity.levy.LevyFixtures.social;
import static nl.solidarity.levy.LevyFixtures.standard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;
import nl.solidarity.report.LevyReport;
import nl.solidarity.result.Result;
import org.junit.jupiter.api.Test;

/** What the levy report tells a reader, on the hand cases of {@link LevyFixtures}. */
class LevyReportTest {
    @Test
    void uncoveredSaysTheAmbitionMustBeAdjustedAndListsWhy() throws Exception {
        // Need 30 × 200k = 6.0m plus a local ambition; at 1% a and b raise 5.0m: 1.0m uncovered.
        Instance instance = instance(standard(), List.of(social("t", 30, 300_000, 100_000),
                new Task("local", TaskType.NEW_BUILD_SOCIAL, "short", "poor", 5, 2027, 300_000, 100_000, 0, false)));
        Result result = LevyStage.apply(instance, nothingDone(instance), cap(0.01));
        String report = LevyReport.render(instance, result);
        assertTrue(report.contains("must be adjusted (bijgesteld) by EUR 1.00 m"), report);
        assertTrue(report.contains("rate (% of operating cash flow)"), report);
        assertTrue(report.contains("1.000%"), report);
        assertTrue(report.contains("poor         poor  no-base: states no operating cash flow to levy on"), report);
        // 5.0m buys 25 of t's 30 homes; 5 stay, as does the local ambition.
        assertTrue(report.contains("t     NEW_BUILD_SOCIAL  short    25.0            5.00"), report);
        assertTrue(report.contains("the levy does not reach it"), report);
        assertTrue(report.contains("local ambition: not eligible"), report);
        assertTrue(!report.contains("little room is left to levy"), "not a national run");
        String csv = LevyReport.csv(result);
        assertEquals("id,base,rhoMax,gross,credit,levy,exempt", csv.lines().findFirst().orElseThrow());
        assertTrue(csv.contains("poor,0.0,,0.0,0.0,0.0,no-base"), csv);
    }
}
