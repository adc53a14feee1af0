package nl.solidarity.cli;

import static nl.solidarity.testing.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.solidarity.domain.Instance;
import nl.solidarity.io.InstanceReader;
import nl.solidarity.levy.LevyOptions;
import nl.solidarity.levy.LevyStage;
import nl.solidarity.model.Mode;
import nl.solidarity.model.Scope;
import nl.solidarity.result.LevyBlock;
import nl.solidarity.result.Result;
import nl.solidarity.testing.Solve;
import nl.solidarity.generate.GeneratorSettings;
import nl.solidarity.generate.InstanceGenerator;
import nl.solidarity.io.InstanceJson;
import nl.solidarity.io.Json;
import nl.solidarity.projection.Capacity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.solidarity.testing.Cli.Run;

/**
 * {@code compare} in-process on a generated two-region instance without baseline breaches, where
 * the scenario directions are certain (docs/scenarios.md, "Reading the directions", names the case
 * with breaches where higher interest can help).
 */
class CompareCommandTest {
    @TempDir
    static Path dir;
    static Path instance;
    static Path interest;
    static Path costs;

    @BeforeAll
    static void files() throws Exception {
        // Scale 1.3: more task than room, so both scenarios have something to take away.
        Instance generated = new InstanceGenerator(GeneratorSettings.sized(11, 14, 2, 1)
                .withShares(0.15, 0.1, 0.0, 0.05).withScale(1.3)).generate();
        assertTrue(Capacity.of(generated).stream().allMatch(c -> c.baselineBreaches().isEmpty()), "no baseline breach");
        instance = dir.resolve("two-regions.json");
        Files.writeString(instance, InstanceJson.write(generated));
        interest = dir.resolve("interest.json");
        Files.writeString(interest, "{\"format\":\"solidarity-scenario/1\",\"name\":\"Interest +1 point\","
                + "\"adjustments\":{\"interestShift\":0.01}}");
        costs = dir.resolve("costs.json");
        Files.writeString(costs, "{\"format\":\"solidarity-scenario/1\",\"name\":\"Building costs +10%\","
                + "\"adjustments\":{\"costFactor\":{\"NEW_BUILD_SOCIAL\":1.1,\"NEW_BUILD_MIDDLE\":1.1}}}");
    }

    /** The default tiers, innermost first, as the compare keys name them. */
    private static final String[] TIERS = {"NEW_BUILD_SOCIAL", "NEW_BUILD_MIDDLE", "GAS_FREE+INSULATION"};

    @Test
    void higherInterestAndDearerBuildingNeverDoBetterInTheTiersAtScopeRegion() throws Exception {
        Run run = run("compare", instance.toString(), "--scenario", interest.toString(), "--scenario", costs.toString(),
                "--scope", "province", "--format", "json", "--quiet");
        assertEquals(0, run.status(), run.err());
        JsonNode runs = Json.MAPPER.readTree(run.out()).get("runs");
        assertEquals("base", runs.get(0).get("label").asText());
        assertEquals("interest", runs.get(1).get("label").asText());
        assertEquals("costs", runs.get(2).get("label").asText());
        JsonNode base = runs.get(0).get("values");
        for (int i = 1; i <= 2; i++) {
            JsonNode values = runs.get(i).get("values");
            JsonNode difference = runs.get(i).get("difference");
            // At scope region every allocation the scenario allows, the base allows too (no
            // corporation is in baseline breach): the tier values are lexicographically no better,
            // to the level tolerance. The first tier that differs must be worse; after it, anything.
            for (String tier : TIERS) {
                String key = "unmet.region." + tier;
                double before = base.get(key).asDouble();
                double after = values.get(key).asDouble();
                double tolerance = Math.max(1e-6, 1e-7 * Math.abs(before));
                assertTrue(after >= before - tolerance, runs.get(i).get("label") + " " + key + ": " + before + " -> " + after);
                assertEquals(after - before, difference.get(key).asDouble(), 1e-5);
                if (after > before + tolerance) {
                    break;
                }
            }
        }
        // The interest shift must bite on an instance that is already short: 14 corporations with a
        // combined ICR margin that one point of interest on EUR 38.5k of debt per home removes in part.
        assertTrue(runs.get(1).get("values").get("weightedUnmet.province").asDouble()
                > base.get("weightedUnmet.province").asDouble() + 1);
    }

    @Test
    void theTableHasOneLinePerMetricAndADiffColumnPerScenarioAndIsDeterministic() {
        Run first = run("compare", instance.toString(), "--scenario", costs.toString(), "--scope", "region", "--quiet");
        Run second = run("compare", instance.toString(), "--scenario", costs.toString(), "--scope", "region", "--quiet",
                "--threads", "1");
        assertEquals(0, first.status(), first.err());
        assertEquals(first.out(), second.out(), "same output with 2 threads or 1");
        String header = first.out().lines().filter(l -> l.startsWith("metric")).findFirst().orElseThrow();
        assertTrue(header.matches("metric\\s+base\\s+costs\\s+diff"), header);
        assertTrue(first.out().contains("realised social new build"));
        assertTrue(first.out().contains("supportNeed, scope region (EUR m)"));
        assertTrue(first.out().contains("unmet tier NEW_BUILD_SOCIAL, scope region"));
        assertTrue(first.out().contains("unmet tier GAS_FREE+INSULATION, scope region"));
        assertTrue(first.out().contains("contributions regional (EUR m)"));
        assertTrue(!first.out().contains("scope province"), "no wider scope than asked");
        assertTrue(first.out().contains("corporations short"));
    }

    @Test
    void csvAndMarkdownCarryTheSameMetrics() {
        Run csv = run("compare", instance.toString(), "--scenario", costs.toString(), "--scope", "region", "--format", "csv", "--quiet");
        assertEquals(0, csv.status(), csv.err());
        assertEquals("metric,unit,base,costs,costs diff", csv.out().lines().findFirst().orElseThrow());
        assertTrue(csv.out().lines().anyMatch(l -> l.startsWith("contributions.regional,EUR,")), csv.out());
        assertTrue(csv.out().lines().anyMatch(l -> l.startsWith("unmet.region.NEW_BUILD_SOCIAL,weighted homes,")), csv.out());
        Run markdown = run("compare", instance.toString(), "--scenario", costs.toString(), "--scope", "region", "--format", "markdown", "--quiet");
        assertTrue(markdown.out().contains("| metric | base | costs | diff |"), markdown.out());
    }

    @Test
    void aScenarioWithOtherTiersIsComparedTierByTierOnlyWhereBothHaveTheTier() throws Exception {
        Run run = run("compare", instance.toString(), "--scenario", "instances/scenarios/sustainability-with-social.json",
                "--scope", "region", "--format", "json", "--quiet");
        assertEquals(0, run.status(), run.err());
        JsonNode runs = Json.MAPPER.readTree(run.out()).get("runs");
        JsonNode base = runs.get(0).get("values");
        JsonNode moved = runs.get(1).get("values");
        JsonNode difference = runs.get(1).get("difference");
        // The base has three tiers, the scenario two: social with sustainability, then mid-rent.
        assertTrue(base.get("unmet.region.GAS_FREE+INSULATION").isNumber());
        assertTrue(moved.get("unmet.region.GAS_FREE+INSULATION").isNull());
        assertTrue(difference.get("unmet.region.GAS_FREE+INSULATION").isNull());
        assertTrue(base.get("unmet.region.NEW_BUILD_SOCIAL+GAS_FREE+INSULATION").isNull());
        assertTrue(moved.get("unmet.region.NEW_BUILD_SOCIAL+GAS_FREE+INSULATION").isNumber());
        // The mid-rent tier exists in both and is compared.
        assertEquals(moved.get("unmet.region.NEW_BUILD_MIDDLE").asDouble() - base.get("unmet.region.NEW_BUILD_MIDDLE").asDouble(),
                difference.get("unmet.region.NEW_BUILD_MIDDLE").asDouble(), 1e-5);
    }

    @Test
    void anInvalidScenarioStopsEverythingWithExit2AndTheFieldNamed() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"solidarity-scenario/1\",\"name\":\"bad\",\"patch\":{\"agreementYears\":40}}");
        Path typo = dir.resolve("typo.json");
        Files.writeString(typo, "{\"format\":\"solidarity-scenario/1\",\"name\":\"typo\",\"adjustments\":{\"interest\":0.01}}");
        Run run = run("compare", instance.toString(), "--scenario", bad.toString(), "--scenario", typo.toString(), "--quiet");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("scenario 'bad': agreementYears"), run.err());
        assertTrue(run.err().contains("adjustments.interest: unknown adjustment"), run.err());
        assertTrue(!run.err().contains("Exception"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void theLevyLinesFollowEachRunsOwnLevyBlock() throws Exception {
        Run run = run("compare", "instances/regional-two-provinces.json", "--scenario", "instances/scenarios/levy-cap-5.json",
                "--scope", "province", "--format", "json", "--quiet");
        assertEquals(0, run.status(), run.err());
        JsonNode runs = Json.MAPPER.readTree(run.out()).get("runs");
        JsonNode base = runs.get(0).get("values");
        JsonNode capped = runs.get(1).get("values");
        // The allocation does not depend on the cap: same need, and at most 5% instead of 1% raised.
        assertEquals(base.get("levy.need").asDouble(), capped.get("levy.need").asDouble(), 0.01);
        assertTrue(base.get("levy.rate").asDouble() <= 0.01 + 1e-12);
        assertTrue(capped.get("levy.rate").asDouble() <= 0.05 + 1e-12);
        assertTrue(capped.get("levy.raised").asDouble() >= base.get("levy.raised").asDouble());
        // The cap that would cover the need follows from the allocation, not from the cap.
        if (base.path("levy.capNeeded").isNumber()) {
            assertEquals(base.get("levy.capNeeded").asDouble(), capped.get("levy.capNeeded").asDouble(), 1e-12);
        }
        // need = raised + uncovered in each run.
        assertEquals(capped.get("levy.need").asDouble() - capped.get("levy.raised").asDouble(),
                capped.get("levy.uncovered").asDouble(), 0.02);
    }

    private static final String PROVINCES = "instances/provinces-levy.json";
    private static final String CAP_5 = "instances/scenarios/levy-cap-5.json";

    /** provinces-levy solved in-process as compare solves it (one thread, seed 0, 60 s), and its levy per cap. */
    private static Result provinces;
    private static Instance provincesInstance;

    private static Result provinces() throws Exception {
        if (provinces == null) {
            provincesInstance = InstanceReader.read(Path.of(PROVINCES));
            provinces = Solve.ortools(provincesInstance, Mode.UNITS, Scope.PROVINCE, 60);
        }
        return provinces;
    }

    private static LevyBlock levyAt(double cap) throws Exception {
        Result result = provinces();
        return LevyStage.apply(provincesInstance, result, LevyOptions.resolve(provincesInstance, cap, null, null, null)).levy();
    }

    private static double levyOf(LevyBlock block, String id) {
        return block.corporations().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().levy();
    }

    @Test
    void aScenarioThatOnlyChangesTheLevyTakesTheBasesAllocationAndSaysLevyOnly() throws Exception {
        Run run = run("compare", PROVINCES, "--scenario", CAP_5, "--scenario", costs.toString(), "--format", "json",
                "--threads", "1", "--quiet");
        assertEquals(0, run.status(), run.err());
        JsonNode runs = Json.MAPPER.readTree(run.out()).get("runs");
        assertEquals(false, runs.get(0).get("levyOnly").asBoolean());
        assertEquals(true, runs.get(1).get("levyOnly").asBoolean());
        assertEquals(false, runs.get(2).get("levyOnly").asBoolean(), "building costs change the allocation: solved again");
        JsonNode base = runs.get(0).get("values");
        JsonNode capped = runs.get(1).get("values");
        JsonNode difference = runs.get(1).get("difference");
        // The same allocation: every figure of it is equal, to the cent and the home.
        for (String key : new String[] {"realised.NEW_BUILD_MIDDLE", "realised.INSULATION", "supportNeed.province",
                "weightedUnmet.province", "contributions.national", "corporations.short", "levy.need", "levy.capNeeded"}) {
            assertEquals(0.0, difference.get(key).asDouble(), 0.0, key);
        }
        // The levy at 1% and at 5% on the allocation solve finds (docs/levy.md: 20.85m of the
        // 72.30m need, then all of it): the 1% cap leaves part uncovered, 5% covers it.
        LevyBlock one = levyAt(0.01);
        LevyBlock five = levyAt(0.05);
        assertEquals(one.raised(), base.get("levy.raised").asDouble(), 0.01);
        assertEquals(five.raised(), capped.get("levy.raised").asDouble(), 0.01);
        assertTrue(base.get("levy.uncovered").asDouble() > 1e6, base.toString());
        assertEquals(0.0, capped.get("levy.uncovered").asDouble(), 0.0);
        assertEquals(capped.get("levy.need").asDouble(), capped.get("levy.raised").asDouble(), 0.01);
        Run table = run("compare", PROVINCES, "--scenario", CAP_5, "--threads", "1", "--quiet");
        assertTrue(table.out().contains("levy-cap-5: Levy cap 5% — ") && table.out().contains("[levy-only: the instance equals the base "
                + "outside its levy block, so the levy is recomputed on the base's allocation (no new solve)]"), table.out());
    }

    @Test
    void perCorporationShowsEachCorporationsLevyAtOneAndFivePercent() throws Exception {
        LevyBlock one = levyAt(0.01);
        LevyBlock five = levyAt(0.05);
        Run csv = run("compare", PROVINCES, "--scenario", CAP_5, "--per", "corporation", "--format", "csv", "--threads", "1", "--quiet");
        assertEquals(0, csv.status(), csv.err());
        java.util.List<String> lines = csv.out().lines().toList();
        assertEquals("corporation,name,base,levy-cap-5,levy-cap-5 diff,base exempt,levy-cap-5 exempt", lines.get(0));
        assertEquals(1 + 13, lines.size(), "one row per corporation");
        double sumOne = 0.0;
        double sumFive = 0.0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            // Each cell is that corporation's levy in the block the levy command computes.
            assertEquals(levyOf(one, cells[0]), Double.parseDouble(cells[2]), 0.005, line);
            assertEquals(levyOf(five, cells[0]), Double.parseDouble(cells[3]), 0.005, line);
            assertEquals(Double.parseDouble(cells[3]) - Double.parseDouble(cells[2]), Double.parseDouble(cells[4]), 0.011, line);
            sumOne += Double.parseDouble(cells[2]);
            sumFive += Double.parseDouble(cells[3]);
            // A payer pays the same rate of its base in each run (no ρmax or credit binds here),
            // so its 5% levy is its 1% levy times the 5% run's rate over 1%.
            if (Double.parseDouble(cells[2]) > 0) {
                assertEquals(five.rate() / one.rate(), Double.parseDouble(cells[3]) / Double.parseDouble(cells[2]), 1e-6, line);
            }
        }
        // The columns add up to what each run raised.
        assertEquals(one.raised(), sumOne, 0.05);
        assertEquals(five.raised(), sumFive, 0.05);
        assertTrue(lines.contains("ams-stad,Stadswonen Amsterdam,0,0,0,own-region-short,own-region-short"), csv.out());

        Run table = run("compare", PROVINCES, "--scenario", CAP_5, "--per", "corporation", "--threads", "1", "--quiet");
        assertEquals(0, table.status(), table.err());
        assertTrue(table.out().lines().anyMatch(l -> l.matches("corporation +base +levy-cap-5 +diff")), table.out());
        String rivier = "gld-rivier (Rivierenland Wonen)  " + nl.solidarity.report.Money.millions(levyOf(one, "gld-rivier"));
        assertTrue(table.out().lines().anyMatch(l -> l.replaceAll(" +", " ").startsWith(rivier.replaceAll(" +", " ") + " "
                + nl.solidarity.report.Money.millions(levyOf(five, "gld-rivier")) + " +")), rivier + "\n" + table.out());
        assertTrue(table.out().lines().anyMatch(l -> l.replaceAll(" +", " ").equals("total " + nl.solidarity.report.Money.millions(one.raised())
                + " " + nl.solidarity.report.Money.millions(five.raised()) + " +" + nl.solidarity.report.Money.millions(five.raised() - one.raised()))),
                table.out());
        // The payers are shown; those exempt or without a base in both runs are folded into one line.
        long nothing = one.corporations().stream().filter(c -> c.levy() == 0.0 && levyOf(five, c.id()) == 0.0).count();
        long exemptBoth = one.corporations().stream().filter(c -> c.exempt() != null).count();
        assertTrue(table.out().contains(nothing + " corporations have no levy in any run (" + exemptBoth + " of them exempt in every run)"),
                table.out());
        assertEquals(table.out(), run("compare", PROVINCES, "--scenario", CAP_5, "--per", "corporation", "--threads", "2", "--quiet").out(),
                "same output whatever the thread count");
    }

    @Test
    void perCorporationHomesAreEqualInALevyOnlyRunAndMetricNeedsPer() throws Exception {
        Run json = run("compare", PROVINCES, "--scenario", CAP_5, "--per", "corporation", "--metric", "homes", "--format", "json",
                "--threads", "1", "--quiet");
        assertEquals(0, json.status(), json.err());
        JsonNode root = Json.MAPPER.readTree(json.out());
        assertEquals("homes", root.get("figure").asText());
        JsonNode corporations = root.get("corporations");
        assertEquals(13, corporations.size());
        // Every home a corporation carries out, NPA and local: its assignments in the solved result.
        java.util.Map<String, Double> assigned = new java.util.HashMap<>();
        provinces().assignments().forEach(a -> assigned.merge(a.corporation(), a.units(), Double::sum));
        for (JsonNode c : corporations) {
            String id = c.get("id").asText();
            assertEquals(assigned.getOrDefault(id, 0.0), c.get("values").get("base").asDouble(), 1e-6, id);
            assertEquals(0.0, c.get("difference").get("levy-cap-5").asDouble(), 0.0, id);
        }
        Run stray = run("compare", PROVINCES, "--scenario", CAP_5, "--metric", "homes", "--quiet");
        assertEquals(2, stray.status());
        assertTrue(stray.err().contains("--metric only applies with --per corporation"), stray.err());
        assertEquals("", stray.out());
    }

    @Test
    void aMissingScenarioOptionIsAUsageError() {
        Run run = run("compare", instance.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("at least one --scenario, or two --engine values"), run.err());
    }

    @Test
    void twoEnginesOnTheSameInstanceShareOneTable() {
        // The worked example in projects mode: both engines find the proven optimum there (tier 1
        // short by 462 homes at scope region, small.expected.json), so the difference reads +0.0.
        Run run = run("compare", "src/test/resources/examples/small.json", "--mode", "projects", "--scope", "region",
                // The local search ends on its 200 steps; --seconds is only the outer bound of the run.
                "--engine", "ortools", "--engine", "optaplanner", "--seconds", "600", "--steps", "200", "--quiet");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("base (ortools)"), run.out());
        assertTrue(run.out().contains("base (optaplanner)"), run.out());
        assertTrue(run.out().matches("(?s).*unmet tier NEW_BUILD_SOCIAL, scope region +462\\.0 +462\\.0 +\\+0\\.0.*"), run.out());
    }

    @Test
    void optaPlannerRefusesUnitsMode() {
        Run run = run("compare", instance.toString(), "--scenario", costs.toString(), "--engine", "optaplanner");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("--engine optaplanner: solves projects mode only"), run.err());
    }
}
