package nl.solidarity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.LevySettings;
import nl.solidarity.domain.NormMode;
import nl.solidarity.domain.NormOverride;
import nl.solidarity.domain.Norms;
import nl.solidarity.domain.Priorities;
import nl.solidarity.domain.Targets;
import nl.solidarity.domain.TaskType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstanceReaderTest {
    static final Path SMALL = Path.of("src/test/resources/examples/small.json");

    @TempDir
    Path dir;

    @Test
    void readsSmallWithItsOverridesAndOpenTasks() throws Exception {
        Instance instance = InstanceReader.read(SMALL);
        assertEquals(7, instance.regions().size());
        assertEquals(new NormOverride(1.3, null, null, null, NormMode.STRICT), instance.corporationsById().get("c02").norms());
        assertNull(instance.corporationsById().get("c01").norms());
        assertNull(instance.task("t005").orElseThrow().owner());
        assertEquals(253_898_000.0, instance.corporationsById().get("c04").headroom());
        assertEquals(Priorities.DEFAULT, instance.priorities());
        assertEquals(Targets.NONE, instance.targets());
    }

    /** Every instance shipped in {@code instances/} still reads under the current rules, and writes back to itself. */
    @ParameterizedTest
    @ValueSource(strings = {"national", "provinces-levy", "region-20", "regional-breach", "regional-dominant",
        "regional-many-small", "regional-two-provinces", "small", "tiny"})
    void everyShippedInstanceIsValid(String name) throws Exception {
        Instance instance = InstanceReader.read(Path.of("instances", name + ".json"));
        assertEquals(instance, InstanceReader.fromTree(Json.MAPPER.readTree(InstanceJson.write(instance))), name);
    }

    @Test
    void theShippedSmallAndTinyAreTheWorkedExamples() throws Exception {
        assertEquals(InstanceReader.read(SMALL), InstanceReader.read(Path.of("instances/small.json")));
        assertEquals(InstanceReader.read(Path.of("src/test/resources/examples/tiny.json")),
                InstanceReader.read(Path.of("instances/tiny.json")));
    }

    @Test
    void fillsInEveryDefault() throws Exception {
        Path file = write("minimal.json", """
                {"format": "solidarity-instance/1", "name": "m", "baseYear": 2024,
                 "regions": [{"id": "r", "province": "P"}],
                 "corporations": [{"id": "c", "regions": ["r"], "headroom": 1}],
                 "tasks": [{"id": "t", "type": "NEW_BUILD_SOCIAL", "region": "r", "units": 1, "year": 2034, "unitCost": 1}]}
                """);
        Instance instance = InstanceReader.read(file);
        assertEquals(10, instance.agreementYears());
        assertEquals(15, instance.horizonYears());
        assertEquals(0.02, instance.indexation());
        assertEquals(Norms.DEFAULT, instance.norms());
        assertEquals(Priorities.DEFAULT, instance.priorities());
        assertEquals(Targets.NONE, instance.targets());
        assertEquals(LevySettings.DEFAULT, instance.levy());
        assertEquals("r", instance.regions().get(0).name());
        assertEquals("c", instance.corporations().get(0).name());
        var task = instance.tasks().get(0);
        assertEquals(0.0, task.unitValue());
        assertEquals(0.0, task.unitCashFlow());
        assertTrue(task.npa());
        assertEquals(TaskType.NEW_BUILD_SOCIAL, task.type());
    }

    @Test
    void reportsEveryProblemAtOnce() throws IOException {
        Path file = write("several.json", """
                {"format": "solidarity-instance/1", "name": "m", "baseYear": 2024, "horizonYears": 5,
                 "regions": [{"id": "r", "province": "P", "nmae": "x"}],
                 "corporations": [{"id": "c", "regions": ["r"], "headroom": -1}],
                 "tasks": [{"id": "t", "type": "GAS_FREE", "region": "zuid", "units": 0, "year": 2040, "unitCost": 1}]}
                """);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> InstanceReader.read(file));
        List<String> expected = List.of(
                "horizonYears: 5 is shorter than agreementYears 10; the horizon must cover the agreement period",
                "regions[0].nmae: unknown field; did you mean 'name'?",
                "corporations[0].headroom: must be a finite number >= 0 and at most 1e12, not -1",
                "tasks[0].region: unknown region 'zuid'",
                "tasks[0].units: must be a whole number > 0, not 0",
                "tasks[0].year: 2040 is outside the agreement period 2025-2034",
                "tasks[0].owner: is required for task type GAS_FREE: the work is in the owner's own homes");
        assertEquals(expected, e.problems());
    }

    @Test
    void refusesAFileLargerThan100MegabytesBeforeParsing() throws IOException {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.write("{\"format\": ".getBytes());
            sparse.setLength(200_000_000L);
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> InstanceReader.read(file));
        assertEquals(List.of(file + ": 200.0 MB is larger than the 100 MB an instance may be"), e.problems());
    }

    @Test
    void refusesDeepNestingWithOneLine() throws IOException {
        Path file = write("deep.json", "[".repeat(10_000) + "]".repeat(10_000));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> InstanceReader.read(file));
        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).startsWith(file + ": nested deeper than 64 levels"), e.getMessage());
    }

    @Test
    void refusesDeepNestingInsideAField() throws IOException {
        Path file = write("deep-field.json", "{\"name\": " + "[".repeat(100) + "]".repeat(100) + "}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> InstanceReader.read(file));
        assertTrue(e.problems().get(0).contains("nested deeper than 64 levels"), e.getMessage());
    }

    @Test
    void namesAMissingFile() {
        Path missing = dir.resolve("nothing.json");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> InstanceReader.read(missing));
        assertEquals(List.of(missing + ": no such file or folder"), e.problems());
    }

    @Test
    void namesAnEmptyFile() throws IOException {
        Path file = write("empty.json", "  \n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> InstanceReader.read(file));
        assertEquals(List.of(file + ": empty file, not valid JSON"), e.problems());
    }

    @Test
    void refusesTrailingData() throws IOException {
        Path file = write("two.json", "{} {}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> InstanceReader.read(file));
        assertTrue(e.problems().get(0).contains("more data after the end of the instance"), e.getMessage());
    }

    @Test
    void csvFolderProblemsNameFileLineAndColumn() throws Exception {
        Path folder = dir.resolve("folder");
        CsvInstance.write(InstanceReader.read(SMALL), folder);
        String tasks = Files.readString(folder.resolve("tasks.csv"));
        Files.writeString(folder.resolve("tasks.csv"), tasks.replace("t004,INSULATION,haaglanden,c03,924,2028",
                "t004,INSULATION,haaglanden,c09,924,20x8"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> InstanceReader.read(folder));
        assertEquals(List.of(
                "tasks.csv:5:6: year: must be a number, not \"20x8\"",
                "tasks.csv:5:4: owner: unknown corporation 'c09'"), e.problems());
    }

    @Test
    void csvFolderRejectsListsInItsInstanceJson() throws Exception {
        Path folder = dir.resolve("folder");
        CsvInstance.write(InstanceReader.read(SMALL), folder);
        Files.writeString(folder.resolve("instance.json"), Files.readString(folder.resolve("instance.json"))
                .replaceFirst("\\{", "{\"tasks\": [],"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> InstanceReader.read(folder));
        assertEquals(List.of("instance.json: tasks: belongs in tasks.csv, not in instance.json"), e.problems());
    }

    @Test
    void csvTopLevelProblemsNameInstanceJson() throws Exception {
        Path folder = dir.resolve("folder");
        CsvInstance.write(InstanceReader.read(SMALL), folder);
        Files.writeString(folder.resolve("instance.json"), Files.readString(folder.resolve("instance.json"))
                .replace("\"agreementYears\": 10", "\"agreementYears\": 0"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> InstanceReader.read(folder));
        assertEquals(List.of("instance.json: agreementYears: must be a whole number between 1 and 30, not 0"),
                e.problems());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
