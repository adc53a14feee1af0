package nl.solidarity.verify;

import static nl.solidarity.testing.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.solidarity.generate.GeneratorSettings;
import nl.solidarity.io.Json;
import nl.solidarity.testing.Cli.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify} (and {@code levy}, which reads results the same way) through the command line:
 * a file that is no result of this version, or a result of another instance, is refused with one
 * plain line and exit 2, before anything is checked.
 */
class VerifyCommandTest {
    @TempDir
    static Path dir;
    private static Path small;
    private static Path solved;

    @BeforeAll
    static void solve() throws Exception {
        small = TestInstances.small(dir);
        solved = dir.resolve("solved.json");
        Run run = run("solve", small.toString(), "--scope", "province", "--threads", "1", "--seconds", "30",
                "--out", solved.toString(), "--quiet");
        assertEquals(0, run.status(), run.err());
    }

    private static Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static Path changed(String name, java.util.function.Consumer<ObjectNode> change) throws Exception {
        ObjectNode tree = (ObjectNode) Json.MAPPER.readTree(solved.toFile());
        change.accept(tree);
        return write(name, Json.write(tree));
    }

    /** Exit 2 and exactly this one line on stderr, nothing on stdout. */
    private static void refused(Path result, String line) {
        Run run = run("verify", small.toString(), result.toString());
        assertEquals(2, run.status(), run.err());
        assertEquals(line, run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void theSolvedResultIsVerified() {
        Run run = run("verify", small.toString(), solved.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("verified", run.out().strip());
    }

    @Test
    void violationsAreOneLineEachThenTheirCountWithExitOne() throws Exception {
        Path file = changed("two.json", r -> {
            r.put("status", "INFEASIBLE");
            ((ObjectNode) r.get("objective")).put("movedUnits", r.get("objective").get("movedUnits").asDouble() + 5);
        });
        Run run = run("verify", small.toString(), file.toString());
        assertEquals(1, run.status());
        String[] lines = run.err().strip().split("\n");
        assertEquals(3, lines.length, run.err());
        assertEquals("status: 'INFEASIBLE' is not OPTIMAL or FEASIBLE (infeasible is impossible by construction: a bug)", lines[0]);
        assertTrue(lines[1].startsWith("objective.movedUnits: the result says "), lines[1]);
        assertEquals("2 violations", lines[2]);
    }

    @Test
    void aVersionOneResultIsRefusedAskingForANewSolve() throws Exception {
        Path file = changed("v1.json", r -> r.put("format", "solidarity-result/1"));
        refused(file, file + ": a result of format solidarity-result/1 (version 1); solve again with this version");
    }

    @Test
    void anInstanceGivenAsTheResultIsNotAResult() {
        refused(small, "not a result file: " + small + ": it is an instance (format solidarity-instance/1), not a result");
    }

    @Test
    void aMissingKeyANullOrAWrongTypeIsOnePlainLine() throws Exception {
        refused(changed("no-assignments.json", r -> r.remove("assignments")),
                "not a result file: " + dir.resolve("no-assignments.json") + ": assignments: missing");
        refused(changed("null-objective.json", r -> r.putNull("objective")),
                "not a result file: " + dir.resolve("null-objective.json") + ": objective: must be an object, not null");
        refused(changed("string-units.json", r -> ((ObjectNode) r.get("assignments").get(0)).put("units", "12")),
                "not a result file: " + dir.resolve("string-units.json") + ": assignments[0].units: must be a number, not the string \"12\"");
        refused(changed("fraction-year.json", r -> ((ObjectNode) r.get("yearly").get(0)).put("year", 2030.5)),
                "not a result file: " + dir.resolve("fraction-year.json") + ": yearly[0].year: must be a whole number, not the number 2030.5");
        refused(changed("no-fairness.json", r -> ((ObjectNode) r.get("objective")).remove("fairness")),
                "not a result file: " + dir.resolve("no-fairness.json") + ": objective.fairness: missing");
        refused(changed("npa-text.json", r -> r.putArray("unmet").addObject().put("task", "t1").put("units", 1.0)
                        .put("supportNeed", 0.0).put("npa", "yes")),
                "not a result file: " + dir.resolve("npa-text.json") + ": unmet[0].npa: must be true or false, not the string \"yes\"");
    }

    @Test
    void notJsonEmptyOrNoObjectIsOnePlainLine() throws Exception {
        refused(write("broken.json", "{\"format\": \"solidarity-result/2\",\n  \"instance\": "),
                "not a result file: " + dir.resolve("broken.json") + ": not valid JSON (line 2, column 15)");
        refused(write("empty.json", ""), "not a result file: " + dir.resolve("empty.json") + ": the file is empty");
        refused(write("array.json", "[1, 2]"), "not a result file: " + dir.resolve("array.json") + ": must be a JSON object, not an array");
        refused(write("twice.json", "{\"format\": \"solidarity-result/2\", \"format\": \"solidarity-result/2\"}"),
                "not a result file: " + dir.resolve("twice.json") + ": the key \"format\" appears twice in one object (line 1, column 43)");
        refused(dir.resolve("absent.json"), dir.resolve("absent.json") + ": no such result file");
    }

    @Test
    void aResultOfAnotherInstanceIsRefusedByVerifyAndByLevy() throws Exception {
        Path other = TestInstances.generated(dir, "other.json", GeneratorSettings.sized(3, 6, 2, 1));
        for (String command : new String[] {"verify", "levy"}) {
            Run run = run(command, other.toString(), solved.toString());
            assertEquals(2, run.status(), command + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(run.err().startsWith(solved + ": belongs to another instance: its instanceDigest sha256:"), run.err());
            assertTrue(run.err().contains("solved for 'Small example"), run.err());
        }
    }

    @Test
    void theSameNameWithOtherNumbersIsAnotherInstance() throws Exception {
        ObjectNode instance = (ObjectNode) Json.MAPPER.readTree(small.toFile());
        ((ObjectNode) instance.get("tasks").get(0)).put("units", instance.get("tasks").get(0).get("units").asInt() + 1);
        Path changed = write("small-changed.json", Json.write(instance));
        Run run = run("verify", changed.toString(), solved.toString());
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().startsWith(solved + ": belongs to another instance"), run.err());
        assertFalse(run.err().contains("solved for '"), "the names are equal: " + run.err());
    }

    @Test
    void theSameInstanceAsACsvFolderHasTheSameDigest() {
        Path csv = dir.resolve("small-csv");
        assertEquals(0, run("convert", small.toString(), "--to", csv.toString()).status());
        assertEquals(0, run("validate", csv.toString()).status(), "the CSV reader reads what convert writes");
        Run run = run("verify", csv.toString(), solved.toString());
        assertEquals(0, run.status(), run.err());
    }
}
