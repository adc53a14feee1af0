package nl.solidarity.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import nl.solidarity.io.InstanceReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateAndConvertCommandTest {
    @TempDir
    Path dir;

    Path small;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void copySmall() throws IOException {
        small = dir.resolve("small.json");
        Files.copy(Path.of("src/test/resources/examples/small.json"), small);
        // An old timestamp makes any write to the input visible even on a coarse clock.
        Files.setLastModifiedTime(small, FileTime.fromMillis(1_000_000_000_000L));
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void validateSmall() throws IOException {
        byte[] before = Files.readAllBytes(small);
        assertEquals(0, run("validate", small.toString()), err.toString());
        assertEquals("valid: 7 regions, 6 corporations, 12 tasks\n", out.toString().replace("\r\n", "\n"));
        assertInputUntouched(small, before);
    }

    @Test
    void convertJsonToFolderAndBack() throws Exception {
        byte[] before = Files.readAllBytes(small);
        Path folder = dir.resolve("csv");
        assertEquals(0, run("convert", small.toString(), "--to", folder.toString()), err.toString());
        assertInputUntouched(small, before);
        assertTrue(Files.isRegularFile(folder.resolve("tasks.csv")));

        Path json = dir.resolve("back.json");
        assertEquals(0, run("convert", folder.toString(), "--to", json.toString()), err.toString());
        assertEquals(InstanceReader.read(small), InstanceReader.read(json));
    }

    @Test
    void convertRefusesToOverwriteTheInputFile() throws IOException {
        Path input = dir.resolve("instance.json");
        Files.move(small, input);
        byte[] before = Files.readAllBytes(input);
        assertEquals(2, run("convert", input.toString(), "--to", dir.toString()));
        assertTrue(err.toString().contains("holds the input " + input), err.toString());
        assertInputUntouched(input, before);
        assertFalse(Files.exists(dir.resolve("tasks.csv")));
    }

    @Test
    void convertRefusesToWriteJsonIntoTheInputFolder() throws IOException {
        Path folder = dir.resolve("csv");
        assertEquals(0, run("convert", small.toString(), "--to", folder.toString()), err.toString());
        Path top = folder.resolve("instance.json");
        byte[] before = Files.readAllBytes(top);
        Files.setLastModifiedTime(top, FileTime.fromMillis(1_000_000_000_000L));

        assertEquals(2, run("convert", folder.toString(), "--to", top.toString()));
        assertTrue(err.toString().contains("is inside the instance folder " + folder), err.toString());
        assertInputUntouched(top, before);
    }

    @Test
    void convertRefusesAFileAsFolderTarget() throws IOException {
        Path existing = Files.writeString(dir.resolve("existing.txt"), "keep");
        assertEquals(2, run("convert", small.toString(), "--to", existing.toString()));
        assertTrue(err.toString().contains("is a file; a JSON file converts to a CSV folder"), err.toString());
        assertEquals("keep", Files.readString(existing));
    }

    @Test
    void convertValidatesFirst() throws IOException {
        Path bad = Path.of("src/test/resources/invalid/units-zero.json");
        assertEquals(2, run("convert", bad.toString(), "--to", dir.resolve("out").toString()));
        assertTrue(err.toString().contains("tasks[0].units: must be a whole number > 0, not 0"), err.toString());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void missingArgumentsAreUsageErrors() {
        assertEquals(2, run("convert", small.toString()));
        assertTrue(err.toString().contains("--to"), err.toString());
        assertEquals(2, run("validate"));
    }

    @Test
    void helpDescribesEveryOption() {
        assertEquals(0, run("convert", "--help"));
        String help = out.toString();
        assertTrue(help.contains("--to=TARGET"), help);
        assertTrue(help.contains("FILE"), help);
    }

    private static void assertInputUntouched(Path input, byte[] before) throws IOException {
        assertArrayEquals(before, Files.readAllBytes(input));
        assertEquals(FileTime.fromMillis(1_000_000_000_000L), Files.getLastModifiedTime(input));
    }
}
