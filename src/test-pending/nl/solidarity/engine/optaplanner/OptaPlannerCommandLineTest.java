package nl.solidarity.engine.optaplanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.solidarity.cli.Main;
import nl.solidarity.io.InstanceJson;
import nl.solidarity.io.ResultJson;
import nl.solidarity.result.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code solve --engine optaplanner} and {@code crosscheck}, run in-process. */
class OptaPlannerCommandLineTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path instance() throws Exception {
        Path file = dir.resolve("scarce.json");
        Files.writeString(file, InstanceJson.write(ScarceRegions.generate(5, 2, 6, 12)));
        return file;
    }

    @Test
    void solveWithOptaPlannerWritesAVerifiedFeasibleResult() throws Exception {
        Path result = dir.resolve("result.json");
        int status = run("solve", instance().toString(), "--mode", "projects", "--engine", "optaplanner",
                "--seconds", "6", "--quiet", "--out", result.toString());
        assertEquals(0, status, err.toString());
        Result written = ResultJson.read(result);
        assertEquals("optaplanner", written.engine());
        assertEquals("FEASIBLE", written.status());
        // Every scope's result is verified before writing; here the national level 1 is at most
        // what nothing realised would leave: 12 projects, never negative.
        assertTrue(written.objective().weightedUnmet() >= 0);
    }

    @Test
    void optaPlannerInUnitsModeIsAUsageError() throws Exception {
        int status = run("solve", instance().toString(), "--engine", "optaplanner", "--quiet");
        assertEquals(2, status);
        assertTrue(err.toString().contains("--engine optaplanner: solves projects mode only"), err.toString());
    }

    @Test
    void crossCheckPrintsBothEnginesVerified() throws Exception {
        int status = run("crosscheck", instance().toString(), "--seconds", "4", "--scope", "region");
        assertEquals(0, status, err.toString());
        String table = out.toString();
        assertTrue(table.contains("ortools") && table.contains("optaplanner"), table);
        assertTrue(!table.contains(" NO"), table);
    }
}
