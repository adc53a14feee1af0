package nl.solidarity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One problem, one line: typos with "did you mean", numbers and texts beyond what an instance holds, years that overflow. */
class InputMessagesTest {
    @TempDir
    Path dir;

    @Test
    void aMisspeltFieldIsOneLineThatNamesTheFieldMeant() {
        assertEquals(List.of("tasks[0].unitcost: unknown field; did you mean 'unitCost'?"),
                Trees.problems(Trees.edited("tasks[0].unitCost", "<remove>", "tasks[0].unitcost", "285000")));
        assertEquals(List.of("corporations[0].financ: unknown field; did you mean 'finance'?"),
                Trees.problems(renamed("corporations[0]", "finance", "financ")));
        assertEquals(List.of("taks: unknown field; did you mean 'tasks'?"), Trees.problems(renamed("", "tasks", "taks")));
        assertEquals(List.of("corporations[0].finance.intrestRate: unknown field; did you mean 'interestRate'?"),
                Trees.problems(renamed("corporations[0].finance", "interestRate", "intrestRate")));
        assertEquals(List.of("tasks[0].remark: unknown field"), Trees.problems(Trees.edited("tasks[0].remark", "\"x\"")));
    }

    @Test
    void aMisspeltValueNamesTheCloseOne() {
        assertEquals(List.of("tasks[0].type: unknown task type 'NEW_BUILD_SOCAIL'; did you mean 'NEW_BUILD_SOCIAL'?"),
                Trees.problems(Trees.edited("tasks[0].type", "\"NEW_BUILD_SOCAIL\"")));
        assertEquals(List.of("tasks[0].region: unknown region 'nord'; did you mean 'noord'?"),
                Trees.problems(Trees.edited("tasks[0].region", "\"nord\"")));
        // c3 is as close to c1 as to c2: no guess.
        assertEquals(List.of("tasks[1].owner: unknown corporation 'c3'"), Trees.problems(Trees.edited("tasks[1].owner", "\"c3\"")));
    }

    @Test
    void suggestionsNeedACloseAndUniqueName() {
        assertEquals("unitCost", Suggestions.closest("unitcost", List.of("unitCost", "unitValue")));
        assertEquals("year", Suggestions.closest("yaer", List.of("id", "year")));
        assertNull(Suggestions.closest("xyz", List.of("id", "year")));
        assertNull(Suggestions.closest("c9", List.of("c1", "c2")));
        assertEquals(1, Suggestions.distance("ab", "ba"));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
    }

    @Test
    void yearsThatWouldOverflowAreOutOfRangeNamingTheField() {
        assertEquals(List.of("baseYear: must be a whole number between 1900 and 2100, not 2147483647"),
                Trees.problems(Trees.edited("baseYear", "2147483647")));
        assertEquals(List.of("tasks[0].year: 2147483648 is outside the agreement period 2025-2034"),
                Trees.problems(Trees.edited("tasks[0].year", "2147483648")));
        assertEquals(List.of("tasks[0].year: -2147483649 is outside the agreement period 2025-2034"),
                Trees.problems(Trees.edited("tasks[0].year", "-2147483649")));
    }

    @Test
    void aNumberTooLargeForADoubleSaysSo() {
        assertEquals(List.of("indexation: is too large: 310 characters, beyond the largest number the program can hold "
                + "(about 1.8e308)"), Trees.problems(Trees.edited("indexation", "1" + "0".repeat(309))));
    }

    @Test
    void aThousandDigitNumberIsOneLineNamingTheField() throws Exception {
        Path file = dir.resolve("long-number.json");
        Files.writeString(file, Trees.BASE.replace("\"baseYear\": 2024", "\"baseYear\": " + "1".repeat(1000)));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> InstanceReader.read(file));
        assertEquals(1, e.problems().size());
        assertEquals(file + ": baseYear: a number of more than 400 characters; no value of an instance needs that many digits "
                + "(line 1, column ", e.problems().get(0).replaceAll("column \\d+\\)$", "column "));
    }

    @Test
    void aTwentyOneMillionCharacterNameIsOneLineNamingTheField() throws Exception {
        Path file = dir.resolve("long-name.json");
        Files.writeString(file, Trees.BASE.replace("\"name\": \"Een\"", "\"name\": \"" + "x".repeat(21_000_000) + "\""));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> InstanceReader.read(file));
        assertEquals(1, e.problems().size());
        assertEquals(file + ": corporations[0].name: a text of more than 1000000 characters; no name or id of an instance is "
                + "that long", e.problems().get(0).replaceAll(" \\(line \\d+, column \\d+\\)$", ""));
    }

    @Test
    void aLongCsvCellIsOneLine() throws Exception {
        Path folder = dir.resolve("csv");
        CsvInstance.write(Trees.read(Trees.base()), folder, CsvDialect.RFC4180);
        Path regions = folder.resolve("regions.csv");
        Files.writeString(regions, Files.readString(regions).replace("Noord", "N".repeat(1_500_000)));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> InstanceReader.read(folder));
        assertEquals(List.of("regions.csv: a text of more than 1000000 characters; no name or id of an instance is that long"),
                e.problems());
    }

    /** The base tree with the field {@code key} of the object at {@code path} renamed to {@code to}. */
    private static com.fasterxml.jackson.databind.node.ObjectNode renamed(String path, String key, String to) {
        com.fasterxml.jackson.databind.node.ObjectNode root = Trees.base();
        com.fasterxml.jackson.databind.JsonNode parent = root;
        if (!path.isEmpty()) {
            for (String step : path.replace("[", ".[").split("\\.")) {
                parent = step.startsWith("[") ? parent.get(Integer.parseInt(step.substring(1, step.length() - 1)))
                        : parent.get(step);
            }
        }
        com.fasterxml.jackson.databind.node.ObjectNode object = (com.fasterxml.jackson.databind.node.ObjectNode) parent;
        object.set(to, object.remove(key));
        return root;
    }
}
