package nl.solidarity.engine.optaplanner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The progress line of the local search, on a clock the test sets: one line every 5 s, improved or not. */
class BestScoreReportTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void theBestScoreSoFarIsWrittenEveryFiveSecondsWhetherOrNotItImproved() {
        List<String> lines = new ArrayList<>();
        BestScoreReport report = new BestScoreReport(lines::add, 100 * SECOND);
        report.tick(103 * SECOND);
        report.improved("[0/0]hard/[-12/0/0]soft");
        report.tick(104 * SECOND);
        report.tick(105 * SECOND);
        report.improved("[0/0]hard/[-9/0/0]soft");
        report.improved("[0/0]hard/[-7/0/0]soft");
        report.tick(109 * SECOND);
        report.tick(110 * SECOND);
        report.tick(115 * SECOND);
        report.tick(121 * SECOND);
        assertEquals(List.of(
                "local search: best score so far [0/0]hard/[-12/0/0]soft after 5 s",
                "local search: best score so far [0/0]hard/[-7/0/0]soft after 10 s",
                "local search: best score so far [0/0]hard/[-7/0/0]soft after 15 s",
                "local search: best score so far [0/0]hard/[-7/0/0]soft after 21 s"), lines);
    }

    @Test
    void beforeTheFirstSolutionItSaysSo() {
        List<String> lines = new ArrayList<>();
        BestScoreReport report = new BestScoreReport(lines::add, 0);
        report.tick(6 * SECOND);
        assertEquals(List.of("local search: building the first solution, 6 s"), lines);
    }
}
