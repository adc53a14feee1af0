package nl.solidarity.levy;

import static nl.solidarity.levy.LevyFixtures.cap;
import static nl.solidarity.levy.LevyFixtures.headroom;
import static nl.solidarity.levy.LevyFixtures.instance;
import static nl.solidarity.levy.LevyFixtures.nothingDone;
import static nl.solidarity.levy.LevyFixtures.social;
import static nl.solidarity.levy.LevyFixtures.standard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        // A cap of 6.0m / 500m = 1.2% would cover it.
        Instance instance = instance(standard(), List.of(social("t", 30, 300_000, 100_000),
                new Task("local", TaskType.NEW_BUILD_SOCIAL, "short", "poor", 5, 2027, 300_000, 100_000, 0, false)));
        Result result = LevyStage.apply(instance, nothingDone(instance), cap(0.01));
        String report = LevyReport.render(instance, result);
        // The summary comes first, in words.
        String first = report.lines().skip(2).limit(4).reduce("", (a, b) -> a + " " + b);
        assertTrue(first.contains("The 1% cap raises EUR 5.00 m of the EUR 6.00 m need; a cap of 1.2% would cover it."), report);
        assertTrue(first.contains("2 corporations pay; 0 are exempt because their own region is short and 1 because it "
                + "states no operating cash flow to levy on; 0 could pay more but their norms do not allow it; 0 are covered by "
                + "their credit"), report);
        assertTrue(report.replace("\n", " ").contains("must be adjusted (bijgesteld) by EUR 1.00 m"), report);
        assertTrue(report.contains("rate (% of operating cash flow)"), report);
        assertTrue(report.contains("cap that would cover the need"), report);
        assertTrue(report.contains("poor         no-base: states no operating cash flow to levy on"), report);
        // Where the need is: province P3, region short (named Short).
        assertTrue(report.lines().anyMatch(l -> l.matches("P3 +6\\.00")), report);
        assertTrue(report.lines().anyMatch(l -> l.matches(" +short \\(Short\\) +6\\.00")), report);
        // 5.0m buys 25 of t's 30 homes; 5 stay, as does the local ambition.
        assertTrue(report.contains("t     NEW_BUILD_SOCIAL  short (Short)   25.0            5.00"), report);
        assertTrue(report.contains("the levy does not reach it"), report);
        assertTrue(report.contains("local ambition: not eligible"), report);
        assertFalse(report.contains("little room is left to levy"), "not a national run");
        String csv = LevyReport.csvTables(instance, result, nl.solidarity.io.CsvDialect.RFC4180).get("levy.csv");
        assertEquals("id,name,base_eur,rhoMax_fraction,gross_eur,credit_eur,levy_eur,levyShareOfCashFlow_fraction,exempt", csv.lines().findFirst().orElseThrow());
        // a and b pay the cap, 1% of 200m and 300m; poor has no base.
        assertTrue(csv.contains("a,a,200000000,0.5,2000000,0,2000000,0.01,\n"), csv);
        assertTrue(csv.contains("b,b,300000000,0.3333333333333333,3000000,0,3000000,0.01,\n"), csv);
        assertTrue(csv.contains("poor,poor,0,,0,0,0,,no-base"), csv);
    }

    @Test
    void heldBackByTheirNormsAndCoveredAndTheNationalNote() {
        // a has 1.0m of room: ρmax 0.5%, below the rate 0.8% (LevyCalculatorTest): held back by
        // (0.008 − 0.005)·200m = 0.6m. The need is covered within the cap.
        Instance instance = instance(List.of(headroom("a", "a", 1.0e6, 20e6), headroom("b", "b", 100e6, 30e6),
                headroom("poor", "short", 0.0, null)), List.of(social("t", 17, 300_000, 100_000)));
        Result province = LevyStage.apply(instance, nothingDone(instance), cap(0.01));
        String report = LevyReport.render(instance, province);
        assertTrue(report.replace("\n", " ").contains("The levy covers the whole need of EUR 3.40 m at a rate of 0.8% of "
                + "operating cash flow, within the 1% cap."), report);
        assertTrue(report.replace("\n", " ").contains("1 could pay more but its norms do not allow it (EUR 0.60 m less than the rate asks)"), report);
        assertTrue(report.contains("a              0.5%  200.00  1.00                     0.60"), report);
        assertFalse(report.contains("must be adjusted"), report);
        Result national = new Result(province.format(), province.instance(), province.instanceDigest(), province.mode(), "national",
                province.engine(), province.status(), province.statusDetail(), province.options(), province.tiers(),
                province.objective(), province.scopes(), province.assignments(), province.contributions(), province.support(),
                province.unmet(), province.corporations(), province.yearly(), province.explanations(), province.levy(), 0.0);
        assertTrue(LevyReport.render(instance, national).contains("little room is left to levy"));
    }

    @Test
    void longListsAreFoldedIntoACount() {
        // 12 corporations work in the short region (exempt: own-region-short) and 12 tasks of
        // 10 homes × 200k = 2.0m each are unrealised there: need 24.0m. a and b pay the 1% cap,
        // 2.0m + 3.0m = 5.0m, which supports t01 and t02 in full and half of t03 (the order:
        // same type and support per home, so by id).
        List<nl.solidarity.domain.Corporation> corporations = new java.util.ArrayList<>(standard());
        List<Task> tasks = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            corporations.add(headroom(String.format("s%02d", i), "short", 10e6, 1e6));
            tasks.add(social(String.format("t%02d", i), 10, 300_000, 100_000));
        }
        Instance instance = instance(corporations, tasks);
        Result result = LevyStage.apply(instance, nothingDone(instance), cap(0.01));
        assertEquals(12, result.levy().summary().exempt().get("own-region-short"));
        String report = LevyReport.render(instance, result);
        // 13 exempt corporations (12 + poor): a count per reason, not 13 lines.
        assertTrue(report.lines().anyMatch(l -> l.matches("own-region-short +12 +its own region still has unrealised NPA homes")), report);
        assertTrue(report.lines().anyMatch(l -> l.matches("no-base +1 +states no operating cash flow to levy on")), report);
        assertTrue(report.contains("13 corporations in all; each one with its reason in levy.csv with --csv DIR"), report);
        assertFalse(report.lines().anyMatch(l -> l.startsWith("s01 ")), report);
        // 10 tasks stay without projectsteun (t03 in part, t04–t12): within ten lines, listed;
        // with one more task they are summed per reason and type.
        assertTrue(report.lines().anyMatch(l -> l.matches("t12 +NEW_BUILD_SOCIAL +short \\(Short\\) +10\\.0 +2\\.00 +the levy does not reach it")), report);
        tasks.add(social("t13", 10, 300_000, 100_000));
        Instance more = instance(corporations, tasks);
        String folded = LevyReport.render(more, LevyStage.apply(more, nothingDone(more), cap(0.01)));
        // 11 tasks: 5 homes of t03 and 10 × 10 homes, at 200k a home: 105 homes, 21.0m.
        assertTrue(folded.lines().anyMatch(l -> l.matches("the levy does not reach it +NEW_BUILD_SOCIAL +11 +105\\.0 +21\\.00")), folded);
        assertTrue(folded.contains("11 tasks in all; each one in unmet.csv"), folded);
    }

    @Test
    void aNeedBelowOneEuroSaysSo() {
        Instance instance = instance(standard(), List.of(social("t", 1, 100_000.50, 100_000)));
        String report = LevyReport.render(instance, LevyStage.apply(instance, nothingDone(instance), cap(0.01)));
        assertTrue(report.contains("needs EUR 0.50 of projectsteun, less than one euro"), report);
        assertTrue(report.contains("the need is below one euro and counts as zero"), report);
    }
}
