package nl.solidarity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.solidarity.domain.ContinuityCost;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"examples/small.json", "examples/tiny.json", "io/every-optional.json"})
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
    @ValueSource(strings = {"examples/small.json", "io/every-optional.json"})
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
    }

    @org.junit.jupiter.api.Test
    void jsonStartsWithFormatAndWritesPlainNumbers() throws Exception {
        String json = InstanceJson.write(InstanceReader.read(Path.of("src/test/resources/examples/small.json")));
        assertTrue(json.startsWith("{\n  \"format\": \"solidarity-instance/1\",\n  \"name\": "), json);
        assertTrue(json.contains("\"policyValue\": 867434000.0"), json);
        assertTrue(json.contains("\"agreementYears\": 10,"), json);
    }
}
