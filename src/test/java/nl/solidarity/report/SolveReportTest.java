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
        // Everything is realised at scope national, and c01 (in baseline breach, no room) can only
        // carry out its own insulation in Rotterdam with money from the Rotterdam fund. Who pays
        // into the funds is not unique below the objective's levels: every contribution and
        // support of the result must show, in its fund's block, with names, the level and the
        // yearly instalment (amount / P, P = 10 years).
        assertTrue(result.support().stream().anyMatch(s -> s.region().equals("rotterdam") && s.corporation().equals("c01")),
                result.support().toString());
        List<String> lines = report.lines().dropWhile(l -> !l.startsWith("Solidarity funds")).skip(3)
                .takeWhile(l -> !l.isBlank()).toList();
        // Entries that would print as 0.00 are folded into one line per fund.
        long shown = result.contributions().stream().filter(c -> !SolveReport.Fold.printsAsZero(c.amount())).count()
                + result.support().stream().filter(x -> !SolveReport.Fold.printsAsZero(x.amount())).count();
        long folds = result.contributions().stream().filter(c -> SolveReport.Fold.printsAsZero(c.amount())).map(Result.Contribution::region)
                .collect(java.util.stream.Collectors.toSet()).size();
        assertEquals(0, folds, "the small example at scope national has no entry below EUR 5,000");
        assertEquals(shown, lines.size(), report);
        String fund = null;
        for (String line : lines) {
            if (!line.startsWith(" ")) {
                fund = line.substring(0, line.indexOf(')') + 1);
            }
            String current = fund;
            boolean matched = result.contributions().stream().anyMatch(c -> current.equals(c.region() + " (Woondeal " + c.region() + ")")
                    && line.matches(".*  c0\\d \\(Corporatie \\d\\) +" + amount(c.amount()) + " +" + amount(c.amount() / P) + " +" + c.level())
                    && line.contains(c.corporation() + " (Corporatie " + c.corporation().substring(2) + ")"))
                    || result.support().stream().anyMatch(s -> current.equals(s.region() + " (Woondeal " + s.region() + ")")
                    && line.matches(".*  " + s.corporation() + " \\(Corporatie \\d\\) +" + amount(s.amount()) + " +" + amount(s.amount() / P)));
            assertTrue(matched, "no contribution or support for the line '" + line + "' in fund " + fund + "\n" + report);
        }
        // t001 of c01 is carried out by another corporation active in Rotterdam.
        assertTrue(report.lines().anyMatch(l -> l.matches("t001 +NEW_BUILD_SOCIAL +rotterdam \\(Woondeal rotterdam\\) +"
                + "c01 \\(Corporatie 1\\) +c0\\d \\(Corporatie \\d\\) +318\\.0")), report);
    }

    /** The small example's agreement period: money into and out of the funds is paid in 10 yearly instalments. */
    private static final int P = 10;

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
        // Every corporation's line: headroom, used, left, gives, receives and its binding norm.
        for (Result.CorporationUse c : result.corporations()) {
            String expected = String.join(" +", c.id() + " \\(Corporatie " + c.id().substring(2) + "\\)",
                    c.headroom() == null ? "unbounded" : amount(c.headroom()), amount(c.used()),
                    c.headroom() == null ? "" : amount(c.headroom() - c.used()), amount(c.gives()), amount(c.receives()),
                    amount(c.gives() - c.receives()), c.bindingNorm() + " " + c.bindingYear()) + " .*";
            assertTrue(report.lines().anyMatch(l -> l.matches(expected)), expected + "\n" + report);
        }
        assertTrue(report.lines().anyMatch(l -> l.startsWith("c06 (Corporatie 6)") && l.contains("LTV-HORIZON 2039")), report);
    }

    @Test
    void entriesThatWouldPrintAsZeroAreFoldedIntoOneLineThatAddsUp() {
        // Three contributions of EUR 1,000 and two supports of EUR 1,500 into the Rotterdam fund, and a
        // moved assignment of 0.01 homes: none may print as "0.00" or "0.0" on a line of its own.
        List<Result.Contribution> contributions = new java.util.ArrayList<>(result.contributions());
        for (String c : List.of("c02", "c03", "c04")) {
            contributions.add(new Result.Contribution(c, "rotterdam", 1_000.0, "provincial"));
        }
        List<Result.Support> support = new java.util.ArrayList<>(result.support());
        support.add(new Result.Support("rotterdam", "c05", 1_500.0));
        support.add(new Result.Support("rotterdam", "c02", 1_500.0));
        List<Result.Assignment> assignments = new java.util.ArrayList<>(result.assignments());
        assignments.add(new Result.Assignment("t002", "c05", 0.01));
        Result tiny = new Result(result.format(), result.instance(), result.instanceDigest(), result.mode(), result.scope(),
                result.engine(), result.status(), result.statusDetail(), result.options(), result.tiers(), result.objective(),
                result.scopes(), assignments, contributions, support, result.unmet(), result.corporations(), result.yearly(),
                result.explanations(), result.levy(), result.solveSeconds());
        String text = SolveReport.render(instance, tiny);
        assertTrue(text.lines().anyMatch(l -> l.matches(" +5 smaller entries, together +0\\.003 +0\\.003")), text);
        List<String> funds = text.lines().dropWhile(l -> !l.startsWith("Solidarity funds")).takeWhile(l -> !l.isBlank()).toList();
        assertTrue(funds.stream().noneMatch(l -> l.matches(".*\\) +0\\.00( .*|$)")), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("1 smaller entry, together +0\\.010")), text);
    }

    @Test
    void atScopeRegionOpenTasksStandInWhoBuildsWhatWithTheirReasonAndEveryCorporationsNet() {
        Result region = Solve.ortools(instance, Mode.UNITS, Scope.REGION, 60);
        String text = SolveReport.render(instance, region);
        // Haaglanden's insulation t004 stays open at scope region: c06, which has room, is of the same
        // province and may pay into the Haaglanden fund from scope province.
        assertTrue(text.lines().anyMatch(l -> l.matches(" +INSULATION +open: t004 +924\\.0")), text);
        assertTrue(text.contains("t004 unrealised (924.0 homes, noneWithRoomInScope): No corporation that may carry it out or pay "
                + "for it at scope region has room left; c06 (Corporatie 6) has EUR 65.84 m of room left but may pay into the "
                + "haaglanden (Woondeal haaglanden) fund only from scope province."), text);
        for (Result.TaskExplanation e : region.explanations().tasks()) {
            assertTrue(text.contains(e.task() + " " + e.kind()), e.task() + "\n" + text);
        }
        assertTrue(text.lines().anyMatch(l -> l.matches("c03 \\(Corporatie 3\\) +LTV 2033 +At the margin, EUR 1 m more for c03 .*")), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("c06 \\(Corporatie 6\\) .* 100\\.65 +0\\.00 +100\\.65 +LTV-HORIZON 2039 .*")), text);
    }

    @Test
    void theCsvFolderHasTheYearlyTableWithTargets(@TempDir Path dir) throws Exception {
        ResultCsv.write(instance, result, dir, nl.solidarity.io.CsvDialect.RFC4180);
        List<String> yearly = Files.readAllLines(dir.resolve("yearly.csv"));
        assertEquals("year,type,planned_homes,realised_homes,target_homes", yearly.get(0));
        assertTrue(yearly.contains("2025,NEW_BUILD_SOCIAL,570,570,600"), yearly.toString());
        assertTrue(yearly.contains("2026,INSULATION,3474,3474,"), yearly.toString());
        assertTrue(yearly.contains("2029,NEW_BUILD_MIDDLE,240,240,"), yearly.toString());
        List<String> contributions = Files.readAllLines(dir.resolve("contributions.csv"));
        assertEquals(1 + result.contributions().size(), contributions.size());
        for (Result.Contribution c : result.contributions()) {
            // The names beside the ids, and the yearly instalment over the agreement period 2025–2034 (base year 2024, P = 10).
            assertTrue(contributions.contains(c.corporation() + ",Corporatie " + c.corporation().substring(2) + "," + c.region()
                    + ",Woondeal " + c.region() + "," + nl.solidarity.io.Json.plain(c.amount()) + "," + c.level() + ","
                    + nl.solidarity.io.Json.plain(nl.solidarity.io.Json.cents(c.amount() / P)) + ",2025,2034"),
                    contributions.toString());
        }
        assertEquals("corporation,corporationName,region,regionName,amount_eur,level,perYear_eur,firstYear,lastYear", contributions.get(0));
        List<String> support = Files.readAllLines(dir.resolve("support.csv"));
        assertEquals("region,regionName,corporation,corporationName,amount_eur,perYear_eur,firstYear,lastYear", support.get(0));
        assertEquals(1 + result.support().size(), support.size());
        // No levy block: no levy tables.
        assertTrue(!Files.exists(dir.resolve("levy.csv")));
    }
}
