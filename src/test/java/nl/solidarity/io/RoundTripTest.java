package nl.solidarity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.solidarity.domain.ContinuityCost;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.NormMode;
import nl.solidarity.domain.NormOverride;
import nl.solidarity.domain.Norms;
import nl.solidarity.domain.Priorities;
import nl.solidarity.domain.Targets;
import nl.solidarity.domain.TaskType;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"examples/small.json", "examples/tiny.json", "io/every-optional.json",
        "io/first-version.json"})
    void jsonToCsvToJsonGivesAnEqualInstance(String resource) throws Exception {
        Instance original = InstanceReader.read(Path.of("src/test/resources", resource));

        Path folder = dir.resolve("folder");
        CsvInstance.write(original, folder);
        Instance fromCsv = InstanceReader.read(folder);
        Path json = dir.resolve("back.json");
        Files.writeString(json, InstanceJson.write(fromCsv));
        Instance back = InstanceReader.read(json);

        assertEquals(original, fromCsv);
        assertEquals(original, back);
        assertEquals(InstanceJson.write(original), InstanceJson.write(back), "the writer is deterministic");
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/small.json", "io/every-optional.json", "io/first-version.json"})
    void writtenJsonReadsBackEqual(String resource) throws Exception {
        Instance original = InstanceReader.read(Path.of("src/test/resources", resource));
        Path json = dir.resolve("written.json");
        Files.writeString(json, InstanceJson.write(original));
        assertEquals(original, InstanceReader.read(json));
    }

    @org.junit.jupiter.api.Test
    void theEveryOptionalInstanceReallyUsesEveryOptionalField() throws Exception {
        Instance instance = InstanceReader.read(Path.of("src/test/resources/io/every-optional.json"));
        Corporation c1 = instance.corporationsById().get("c1");
        assertEquals(6, c1.finance().continuityCost().nominalAmounts().size());
        assertEquals(2.4e9, c1.wozValue());
        assertEquals(1.4e7, instance.corporationsById().get("c2").operatingCashFlow());
        assertEquals(null, instance.corporationsById().get("c3").operatingCashFlow());
        assertEquals(ContinuityCost.indexed(1234567.89), instance.corporationsById().get("c4").finance().continuityCost());
        assertEquals(3, instance.levy().years());
        assertTrue(instance.tasks().stream().anyMatch(t -> !t.npa()));
        assertEquals(List.of("noord", "oost"), c1.regions());
        assertEquals(2, instance.priorities().size());
        assertEquals(new Norms(1.25, 0.9, 1.05, 0.975, NormMode.STRICT), instance.norms());
        assertEquals(new NormOverride(1.6, 0.8, 1.7, 0.75, NormMode.DPM), c1.norms());
        assertEquals(new NormOverride(null, 0.7, null, 1.1, null), instance.corporationsById().get("c2").norms());
        assertEquals(Map.of(TaskType.GAS_FREE, Map.of(2025, 800.0, 2027, 12.5),
                TaskType.NEW_BUILD_SOCIAL, Map.of(2029, 30000.0, 2030, 0.0)), instance.targets().byType());
    }

    @org.junit.jupiter.api.Test
    void theCsvFolderCarriesTiersAndTargetsInInstanceJsonAndTemporaryThresholdsAsColumns() throws Exception {
        Instance original = InstanceReader.read(Path.of("src/test/resources/io/every-optional.json"));
        Path folder = dir.resolve("folder");
        CsvInstance.write(original, folder);

        JsonNode top = Json.MAPPER.readTree(folder.resolve("instance.json").toFile());
        assertEquals(2, top.get("priorities").size());
        assertEquals(0.75, top.at("/priorities/0/NEW_BUILD_MIDDLE").doubleValue());
        assertEquals(800.0, top.at("/targets/GAS_FREE/2025").doubleValue());
        assertEquals(1.05, top.at("/norms/temporaryIcrMin").doubleValue());
        List<String> corporations = Files.readAllLines(folder.resolve("corporations.csv"));
        assertTrue(corporations.get(0).endsWith(
                "norms.icrMin,norms.ltvMax,norms.temporaryIcrMin,norms.temporaryLtvMax,norms.mode"), corporations.get(0));
        assertTrue(corporations.get(1).endsWith(",1.6,0.8,1.7,0.75,dpm"), corporations.get(1));
        assertTrue(corporations.get(2).endsWith(",,0.7,,1.1,"), corporations.get(2));
    }

    @org.junit.jupiter.api.Test
    void prioritiesAreWrittenAsTiersAndTargetsInTypeAndYearOrder() throws Exception {
        String json = compact(InstanceJson.write(InstanceReader.read(Path.of("src/test/resources/io/every-optional.json"))));
        assertTrue(json.contains("\"priorities\":[{\"NEW_BUILD_SOCIAL\":2.0,\"NEW_BUILD_MIDDLE\":0.75},"
                + "{\"GAS_FREE\":0.001,\"INSULATION\":0.3}],"
                + "\"targets\":{\"NEW_BUILD_SOCIAL\":{\"2029\":30000.0,\"2030\":0.0},"
                + "\"GAS_FREE\":{\"2025\":800.0,\"2027\":12.5}},\"levy\":{"), json);
        assertTrue(json.contains("\"norms\":{\"icrMin\":1.25,\"ltvMax\":0.9,\"temporaryIcrMin\":1.05,"
                + "\"temporaryLtvMax\":0.975,\"mode\":\"strict\"}"), json);
        assertTrue(json.contains("\"norms\":{\"icrMin\":1.6,\"ltvMax\":0.8,\"temporaryIcrMin\":1.7,"
                + "\"temporaryLtvMax\":0.75,\"mode\":\"dpm\"}"), json);
        assertTrue(json.contains("\"norms\":{\"ltvMax\":0.7,\"temporaryLtvMax\":1.1}"), json);
    }

    @org.junit.jupiter.api.Test
    void aFirstVersionObjectOfPrioritiesIsWrittenAsOneTierOfAllFourTypes() throws Exception {
        Instance v1 = InstanceReader.read(Path.of("src/test/resources/io/first-version.json"));
        assertEquals(Priorities.singleTier(Map.of(TaskType.NEW_BUILD_SOCIAL, 2.0, TaskType.GAS_FREE, 0.3)), v1.priorities());
        assertEquals(Targets.NONE, v1.targets());
        String json = compact(InstanceJson.write(v1));
        assertTrue(json.contains("\"priorities\":[{\"NEW_BUILD_SOCIAL\":2.0,\"NEW_BUILD_MIDDLE\":0.5,"
                + "\"GAS_FREE\":0.3,\"INSULATION\":0.2}],\"levy\":{"), json);
        assertFalse(json.contains("\"targets\":"), json);
        assertTrue(json.contains("\"norms\":{\"icrMin\":1.25,\"ltvMax\":0.9,\"temporaryIcrMin\":1.2,"
                + "\"temporaryLtvMax\":0.9,\"mode\":\"strict\"}"), json);
    }

    /** The JSON text without layout whitespace (no names or values here contain spaces). */
    private static String compact(String json) {
        return json.replaceAll("\\s+", "");
    }

    @org.junit.jupiter.api.Test
    void jsonStartsWithFormatAndWritesPlainNumbers() throws Exception {
        String json = InstanceJson.write(InstanceReader.read(Path.of("src/test/resources/examples/small.json")));
        assertTrue(json.startsWith("{\n  \"format\": \"solidarity-instance/1\",\n  \"name\": "), json);
        assertTrue(json.contains("\"policyValue\": 867434000.0"), json);
        assertTrue(json.contains("\"agreementYears\": 10,"), json);
    }
}
