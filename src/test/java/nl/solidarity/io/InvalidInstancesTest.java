package nl.solidarity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.solidarity.cli.Main;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One invalid instance per rule under {@code invalid/}: {@code NAME.json} or the CSV folder
 * {@code NAME/}, with the line {@code validate} must print in {@code NAME.expected}.
 */
class InvalidInstancesTest {
    static final Path CORPUS = Path.of("src/test/resources/invalid");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".expected"))
                    .map(n -> n.substring(0, n.length() - ".expected".length()))
                    .sorted().toList();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validateRejectsWithTheExpectedLine(String name) throws IOException {
        Path json = CORPUS.resolve(name + ".json");
        Path input = Files.exists(json) ? json : CORPUS.resolve(name);
        String expected = Files.readString(CORPUS.resolve(name + ".expected")).strip();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int status = Main.run(new PrintWriter(out), new PrintWriter(err), "validate", input.toString());

        assertEquals(2, status, err.toString());
        assertEquals("", out.toString());
        assertTrue(err.toString().lines().anyMatch(line -> line.contains(expected)),
                "expected a line containing\n  " + expected + "\nbut stderr was\n" + err);
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    /** Every case is complete (an instance beside its expected line) and checks a rule no other case checks. */
    @org.junit.jupiter.api.Test
    void everyCaseHasAnInstanceAndADistinctExpectedLine() throws IOException {
        List<String> names = cases().toList();
        java.util.Set<String> lines = new java.util.HashSet<>();
        for (String name : names) {
            assertTrue(Files.isRegularFile(CORPUS.resolve(name + ".json")) || Files.isDirectory(CORPUS.resolve(name)), name);
            String expected = Files.readString(CORPUS.resolve(name + ".expected")).strip();
            assertFalse(expected.isEmpty(), name);
            assertTrue(lines.add(expected), name + " repeats the line of another case: " + expected);
        }
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<String> orphans = files.map(p -> p.getFileName().toString().replaceFirst("\\.json$", ""))
                    .filter(n -> !n.endsWith(".expected") && !names.contains(n)).toList();
            assertEquals(List.of(), orphans, "instances without an .expected line are never run");
        }
    }
}
