package nl.solidarity.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.NormMode;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;
import nl.solidarity.generate.GeneratorSettings;
import nl.solidarity.generate.InstanceGenerator;
import nl.solidarity.io.InstanceJson;
import nl.solidarity.io.InvalidInputException;
import nl.solidarity.io.Json;
import org.junit.jupiter.api.Test;

class ScenarioTest {
    private static final Instance BASE = new InstanceGenerator(GeneratorSettings.sized(3, 12, 2, 1)).generate();

    private static Scenario scenario(String json) throws Exception {
        return Scenario.parse(Json.MAPPER.readTree(json.replace('\'', '"')), "test.json");
    }

    @Test
    void aScenarioThatOnlyChangesTheLevyIsRecognisedAsLevyOnly() throws Exception {
        // The levy block's cap, credit factor and years cannot change the allocation.
        Instance cap = scenario("{'format':'solidarity-scenario/1','name':'cap','adjustments':{'levyCap':0.05,'creditFactor':0.5}}")
                .applyTo(BASE);
        Instance years = scenario("{'format':'solidarity-scenario/1','name':'y','patch':{'levy':{'years':5}}}").applyTo(BASE);
        Instance nothing = scenario("{'format':'solidarity-scenario/1','name':'n'}").applyTo(BASE);
        assertTrue(Scenario.onlyLevyDiffers(BASE, cap));
        assertTrue(Scenario.onlyLevyDiffers(BASE, years));
        assertTrue(Scenario.onlyLevyDiffers(BASE, nothing), "an instance equal to the base is the base's allocation too");
        // Anything outside the levy block may change the allocation: solved again.
        Instance interest = scenario("{'format':'solidarity-scenario/1','name':'i','adjustments':{'interestShift':0.01,'levyCap':0.05}}")
                .applyTo(BASE);
        Instance renamed = scenario("{'format':'solidarity-scenario/1','name':'r','patch':{'name':'other'}}").applyTo(BASE);
        assertTrue(!Scenario.onlyLevyDiffers(BASE, interest));
        assertTrue(!Scenario.onlyLevyDiffers(BASE, renamed), "strictly the same outside the levy block, the name included");
    }

    @Test
    void interestShiftAddsTheShiftToEveryFinanceRateExactly() throws Exception {
        Instance shifted = scenario("{'format':'solidarity-scenario/1','name':'i','adjustments':{'interestShift':0.01}}")
                .applyTo(BASE);
        for (int i = 0; i < BASE.corporations().size(); i++) {
            Corporation before = BASE.corporations().get(i);
            Corporation after = shifted.corporations().get(i);
            if (before.hasFinance()) {
                // Decimal arithmetic: 0.0279 + 0.01 is written 0.0379, not 0.037899999999999996.
                assertEquals(new BigDecimal(Double.toString(before.finance().interestRate())).add(new BigDecimal("0.01")).doubleValue(),
                        after.finance().interestRate(), 0.0, before.id());
                assertEquals(before.finance().debt(), after.finance().debt(), 0.0);
            } else {
                assertEquals(before.headroom(), after.headroom());
            }
        }
    }

    @Test
    void costFactorMultipliesTheUnitCostOfTheNamedTypesOnly() throws Exception {
        Instance dearer = scenario("{'format':'solidarity-scenario/1','name':'c','adjustments':{'costFactor':{'NEW_BUILD_SOCIAL':1.1}}}")
                .applyTo(BASE);
        for (int i = 0; i < BASE.tasks().size(); i++) {
            Task before = BASE.tasks().get(i);
            Task after = dearer.tasks().get(i);
            // Whole-euro costs times 1.1, kept to cents: e.g. 285,000 -> 313,500.
            double expected = before.type() == TaskType.NEW_BUILD_SOCIAL
                    ? Math.round(before.unitCost() * 110) / 100.0 : before.unitCost();
            assertEquals(expected, after.unitCost(), 1e-9, before.id());
            assertEquals(before.unitValue(), after.unitValue(), 0.0);
        }
    }

    @Test
    void namedNormLevyAndPriorityAdjustmentsAndAMergePatchTogether() throws Exception {
        Instance changed = scenario("{'format':'solidarity-scenario/1','name':'n','patch':{'indexation':0.03,'name':'patched'},"
                + "'adjustments':{'normMode':'strict','icrMin':1.8,'levyCap':0.05,'creditFactor':0.5,'priorities':{'GAS_FREE':0.4}}}")
                .applyTo(BASE);
        assertEquals("patched", changed.name());
        assertEquals(0.03, changed.indexation(), 0.0);
        assertEquals(NormMode.STRICT, changed.norms().mode());
        assertEquals(1.8, changed.norms().icrMin(), 0.0);
        assertEquals(0.85, changed.norms().ltvMax(), 0.0);
        assertEquals(0.05, changed.levy().capShare(), 0.0);
        assertEquals(0.5, changed.levy().creditFactor(), 0.0);
        // A new weight keeps the type in its own tier: gas-free stays in the third, beside insulation.
        assertEquals(0.4, changed.weight(TaskType.GAS_FREE), 0.0);
        assertEquals(2, changed.priorities().tierOf(TaskType.GAS_FREE));
        assertEquals(1.0, changed.weight(TaskType.INSULATION), 0.0);
        assertEquals(1.0, changed.weight(TaskType.NEW_BUILD_SOCIAL), 0.0);
        assertEquals(3, changed.priorities().size());
    }

    @Test
    void temporaryThresholdsAreSetInstanceWideAndOverridesStillWin() throws Exception {
        Instance changed = scenario("{'format':'solidarity-scenario/1','name':'t','adjustments':{'temporaryIcrMin':1.1,'temporaryLtvMax':0.95}}")
                .applyTo(BASE);
        assertEquals(1.1, changed.norms().temporaryIcrMin(), 0.0);
        assertEquals(0.95, changed.norms().temporaryLtvMax(), 0.0);
        assertEquals(1.4, changed.norms().icrMin(), 0.0);
        assertEquals(0.85, changed.norms().ltvMax(), 0.0);
        // A corporation's own temporary threshold is its own, whatever the scenario sets.
        ObjectNode own = Json.object();
        own.put("format", "solidarity-scenario/1").put("name", "o");
        ArrayNode corporations = (ArrayNode) Json.MAPPER.readTree(InstanceJson.write(BASE)).get("corporations");
        ((ObjectNode) corporations.get(0)).putObject("norms").put("temporaryLtvMax", 0.92);
        own.putObject("patch").set("corporations", corporations);
        own.putObject("adjustments").put("temporaryLtvMax", 0.95);
        Instance overridden = Scenario.parse(own, "test.json").applyTo(BASE);
        assertEquals(0.92, overridden.normsOf(overridden.corporations().get(0)).temporaryLtvMax(), 0.0);
        assertEquals(0.95, overridden.normsOf(overridden.corporations().get(1)).temporaryLtvMax(), 0.0);
    }

    @Test
    void moveToTierPutsSustainabilityBesideSocialNewBuildAndDropsTheEmptiedTier() throws Exception {
        Instance changed = scenario("{'format':'solidarity-scenario/1','name':'m','adjustments':{'moveToTier':{'GAS_FREE':1,'INSULATION':1}}}")
                .applyTo(BASE);
        assertEquals(List.of(List.of(TaskType.NEW_BUILD_SOCIAL, TaskType.GAS_FREE, TaskType.INSULATION),
                List.of(TaskType.NEW_BUILD_MIDDLE)), changed.priorities().typesByTier());
        assertEquals(1.0, changed.weight(TaskType.GAS_FREE), 0.0);
    }

    @Test
    void moveToTierOneBeyondTheLastMakesANewOutermostTierWithTheGivenWeight() throws Exception {
        Instance changed = scenario("{'format':'solidarity-scenario/1','name':'m','adjustments':{'moveToTier':{'NEW_BUILD_MIDDLE':4},"
                + "'priorities':{'NEW_BUILD_MIDDLE':0.5}}}").applyTo(BASE);
        assertEquals(List.of(List.of(TaskType.NEW_BUILD_SOCIAL), List.of(TaskType.GAS_FREE, TaskType.INSULATION),
                List.of(TaskType.NEW_BUILD_MIDDLE)), changed.priorities().typesByTier());
        assertEquals(0.5, changed.weight(TaskType.NEW_BUILD_MIDDLE), 0.0);
    }

    @Test
    void moveToTierBeyondANewOutermostTierOrNotATierNumberIsNamed() throws Exception {
        InvalidInputException beyond = assertThrows(InvalidInputException.class, () ->
                scenario("{'format':'solidarity-scenario/1','name':'far','adjustments':{'moveToTier':{'GAS_FREE':5}}}").applyTo(BASE));
        assertEquals(List.of("scenario 'far': adjustments.moveToTier.GAS_FREE: there is no tier 5: the instance has 3 tiers "
                + "(4 makes a new outermost tier)"), beyond.problems());
        InvalidInputException notANumber = assertThrows(InvalidInputException.class, () ->
                scenario("{'format':'solidarity-scenario/1','name':'x','adjustments':{'moveToTier':{'GAS_FREE':1.5,'INSULATION':0}}}"));
        assertEquals(2, notANumber.problems().size(), notANumber.problems().toString());
        assertTrue(notANumber.problems().get(0).startsWith("test.json: adjustments.moveToTier.GAS_FREE: must be a tier number"),
                notANumber.problems().toString());
        InvalidInputException notAnObject = assertThrows(InvalidInputException.class, () ->
                scenario("{'format':'solidarity-scenario/1','name':'x','adjustments':{'moveToTier':1}}"));
        assertTrue(notAnObject.problems().get(0).startsWith("test.json: adjustments.moveToTier: must be an object"),
                notAnObject.problems().toString());
    }

    @Test
    void aScenarioThatBreaksTheInstanceGetsTheValidatorsLinesNamingTheField() throws Exception {
        InvalidInputException e = assertThrows(InvalidInputException.class, () ->
                scenario("{'format':'solidarity-scenario/1','name':'bad','patch':{'horizonYears':5},"
                        + "'adjustments':{'interestShift':-0.5}}").applyTo(BASE));
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("scenario 'bad': horizonYears")), e.problems().toString());
        // 0.0279 − 0.5 and the like: every shifted rate falls below 0 and is named by its path.
        assertTrue(e.problems().stream().anyMatch(p -> p.matches("scenario 'bad': corporations\\[\\d+\\]\\.finance\\.interestRate: .*")),
                e.problems().toString());
    }

    @Test
    void unknownAdjustmentsAndWrongTypesAreNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () ->
                scenario("{'format':'solidarity-scenario/1','name':'x','adjustments':{'interestShfit':0.01,'costFactor':{'ROOF':1.1},"
                        + "'normMode':'lenient'},'extra':1}"));
        List<String> problems = e.problems();
        assertTrue(problems.contains("test.json: extra: unknown field (known: adjustments, description, format, name, patch)"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("test.json: adjustments.interestShfit: unknown adjustment")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("test.json: adjustments.costFactor.ROOF: unknown task type")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("test.json: adjustments.normMode: must be")), problems.toString());
    }

    @Test
    void theShippedScenariosAllApply() throws Exception {
        try (var files = Files.list(Path.of("instances/scenarios"))) {
            List<Path> scenarios = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertTrue(scenarios.size() >= 7, scenarios.toString());
            for (Path file : scenarios) {
                Scenario scenario = Scenario.read(file);
                assertTrue(!scenario.description().isBlank(), file + " says what it asks");
                scenario.applyTo(BASE);
            }
        }
    }
}
