package nl.solidarity.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.TaskType;
import nl.solidarity.domain.Targets;
import nl.solidarity.io.InstanceReader;
import nl.solidarity.model.Mode;
import nl.solidarity.model.Scope;
import nl.solidarity.result.Result;
import nl.solidarity.testing.Solve;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The solve summary and the CSV export on the small example at scope national, with targets for
 * social homes in 2025 (570 planned) and 2027 (no task completes then).
 */
class SolveReportTest {
    private static Instance instance;
    private static Result result;
    private static String report;

    @BeforeAll
    static void solve() throws Exception {
        Instance small = InstanceReader.read(Path.of("src/test/resources/examples/small.json"));
        Targets targets = new Targets(Map.of(TaskType.NEW_BUILD_SOCIAL, Map.of(2025, 600.0, 2027, 100.0)));
        instance = new Instance(small.name(), small.baseYear(), small.agreementYears(), small.horizonYears(), small.indexation(),
                small.norms(), small.priorities(), targets, small.levy(), small.regions(), small.corporations(), small.tasks());
        result = Solve.ortools(instance, Mode.UNITS, Scope.NATIONAL, 60);
        report = SolveReport.render(instance, result);
    }

    @Test
    void everyFundShowsWhoPaysInAtWhichLevelAndWhoReceivesWithNames() {
        // Rotterdam: c06 (active there) pays in at the regional level, c01 (in baseline breach)
        // draws from it. Haaglanden: c06 at the provincial level and c05 at the national level pay
        // in, c03 draws.
        Result.Contribution rotterdam = contribution("c06", "rotterdam");
        assertEquals("regional", rotterdam.level());
        assertEquals("provincial", contribution("c06", "haaglanden").level());
        assertEquals("national", contribution("c05", "haaglanden").level());
        assertTrue(report.lines().anyMatch(l -> l.matches("rotterdam \\(Woondeal rotterdam\\) +c06 \\(Corporatie 6\\) +"
                + amount(rotterdam.amount()) + " +regional")), report);
        assertTrue(report.lines().anyMatch(l -> l.matches(" +c01 \\(Corporatie 1\\) +" + amount(rotterdam.amount()))), report);
        assertTrue(report.lines().anyMatch(l -> l.matches("haaglanden \\(Woondeal haaglanden\\) +c05 \\(Corporatie 5\\) +"
                + amount(contribution("c05", "haaglanden").amount()) + " +national")), report);
        assertTrue(report.lines().anyMatch(l -> l.matches(" +c06 \\(Corporatie 6\\) +"
                + amount(contribution("c06", "haaglanden").amount()) + " +provincial")), report);
        // t001 of c01 is carried out by c06.
        assertTrue(report.lines().anyMatch(l -> l.matches("t001 +NEW_BUILD_SOCIAL +rotterdam \\(Woondeal rotterdam\\) +"
                + "c01 \\(Corporatie 1\\) +c06 \\(Corporatie 6\\) +318\\.0")), report);
    }

    private static Result.Contribution contribution(String corporation, String region) {
        return result.contributions().stream().filter(c -> c.corporation().equals(corporation) && c.region().equals(region))
                .findFirst().orElseThrow(() -> new AssertionError("no contribution of " + corporation + " into " + region));
    }

    private static String amount(double euros) {
        return Money.millions(euros).replace(".", "\\.");
    }

    @Test
    void theYearlyTableHasTheTargetsAndATargetWithoutTasks() {
        assertTrue(report.contains("target: the instance's targets"), report);
        assertTrue(report.lines().anyMatch(l -> l.matches("2025 +NEW_BUILD_SOCIAL +570\\.0 +570\\.0 +600\\.0 +-30\\.0")), report);
        assertTrue(report.lines().anyMatch(l -> l.matches("2027 +NEW_BUILD_SOCIAL +- +- +100\\.0 +-")), report);
        // A type and year without a target has empty target cells.
        assertTrue(report.lines().anyMatch(l -> l.matches("2026 +INSULATION +3,474\\.0 +3,474\\.0")), report);
    }

    @Test
    void everyScopeUpToTheRunsOwnPerRegionAndCorporationsWithGivesAndReceives() {
        for (String scope : List.of("region", "province", "national")) {
            assertTrue(report.lines().anyMatch(l -> l.matches("scope " + scope + " +tier 1 +tier 2 +tier 3 +supportNeed")), report);
        }
        // At scope national nothing is left: every region's line and the total read zero.
        assertTrue(report.lines().anyMatch(l -> l.matches("total +0\\.000 +0\\.000 +0\\.000 +0\\.00")), report);
        Result.CorporationUse c06 = result.corporations().stream().filter(c -> c.id().equals("c06")).findFirst().orElseThrow();
        assertEquals(contribution("c06", "rotterdam").amount() + contribution("c06", "haaglanden").amount(), c06.gives(), 0.01);
        assertTrue(report.lines().anyMatch(l -> l.startsWith("c06 (Corporatie 6)") && l.contains(" " + Money.millions(c06.gives()) + " ")
                && l.contains("LTV-HORIZON 2039")), report);
    }

    @Test
    void theCsvFolderHasTheYearlyTableWithTargets(@TempDir Path dir) throws Exception {
        ResultCsv.write(instance, result, dir);
        List<String> yearly = Files.readAllLines(dir.resolve("yearly.csv"));
        assertEquals("year,type,planned,realised,target", yearly.get(0));
        assertTrue(yearly.contains("2025,NEW_BUILD_SOCIAL,570,570,600"), yearly.toString());
        assertTrue(yearly.contains("2026,INSULATION,3474,3474,"), yearly.toString());
        assertTrue(yearly.contains("2029,NEW_BUILD_MIDDLE,240,240,"), yearly.toString());
        List<String> contributions = Files.readAllLines(dir.resolve("contributions.csv"));
        assertEquals(1 + result.contributions().size(), contributions.size());
        assertTrue(contributions.stream().anyMatch(l -> l.startsWith("c06,rotterdam,") && l.endsWith(",regional")), contributions.toString());
        assertEquals(1 + result.support().size(), Files.readAllLines(dir.resolve("support.csv")).size());
    }
}
