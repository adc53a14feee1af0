package nl.solidarity.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.solidarity.io.AtomicFiles;
import nl.solidarity.io.InvalidInputException;
import nl.solidarity.io.ResultJson;
import nl.solidarity.report.HtmlReport;
import nl.solidarity.scenario.Comparison;

/**
 * The folder of {@code compare --out-dir}: each run's result JSON (and HTML report) with an index.
 * The set is written as a whole ({@link AtomicFiles#writeFolder}), so a reused folder holds the old
 * set or the new one, never a mix. Only a folder that is empty or was
 * written by compare (it has the index) is replaced: any other folder is refused, so that a
 * mistyped path never deletes someone's files.
 */
final class ScenarioFolder {
    static final String INDEX = "index.tsv";
    static final String INDEX_HEADER = "# solidarity compare: label\tname\tresult\treport";

    private ScenarioFolder() {
    }

    /** Refuses, before any work, a folder that this command may not replace, or one that holds an input. */
    static void check(Path dir, List<Path> inputs) throws InvalidInputException {
        if (dir == null) {
            return;
        }
        Path folder = dir.toAbsolutePath().normalize();
        for (Path input : inputs) {
            if (input.toAbsolutePath().normalize().startsWith(folder)) {
                throw new InvalidInputException("--out-dir: " + dir + " holds an input of this command (" + input
                        + "), which replacing the folder would delete; write to a new folder");
            }
        }
        Path parent = folder.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new InvalidInputException("--out-dir: " + dir + ": the folder " + parent + " does not exist");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InvalidInputException("--out-dir: " + dir + " is a file, not a folder");
        }
        if (Files.isDirectory(dir) && !replaceable(dir)) {
            throw new InvalidInputException("--out-dir: " + dir + " holds files that compare did not write (no " + INDEX
                    + "); give a new or empty folder");
        }
    }

    private static boolean replaceable(Path dir) throws InvalidInputException {
        try (Stream<Path> files = Files.list(dir)) {
            if (files.findAny().isEmpty()) {
                return true;
            }
            Path index = dir.resolve(INDEX);
            return Files.isRegularFile(index) && Files.readAllLines(index).stream().findFirst().orElse("").equals(INDEX_HEADER);
        } catch (IOException e) {
            throw new InvalidInputException("--out-dir: " + dir + " cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Writes every run's result (and report) and puts the new set in the folder's place, as a whole. */
    static void write(Path dir, List<Comparison.Solved> runs, boolean reports) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        StringBuilder index = new StringBuilder(INDEX_HEADER).append('\n');
        Set<String> taken = new HashSet<>();
        for (Comparison.Solved solved : runs) {
            String base = fileName(solved.run().label(), taken);
            files.put(base + ".json", utf8(ResultJson.write(solved.result())));
            if (reports) {
                files.put(base + ".html", utf8(HtmlReport.render(solved.run().instance(), solved.result(), null)));
            }
            index.append(solved.run().label()).append('\t').append(solved.run().name()).append('\t').append(base).append(".json\t")
                    .append(reports ? base + ".html" : "").append('\n');
        }
        files.put(INDEX, utf8(index.toString()));
        AtomicFiles.writeFolder(dir.toAbsolutePath().normalize(), files);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A run's label as a file name: letters, digits, dot, dash and underscore; numbered when two labels meet. */
    static String fileName(String label, Set<String> taken) {
        String clean = label.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        String base = clean.isEmpty() || clean.startsWith(".") ? "run" + clean : clean;
        String name = base;
        for (int n = 2; !taken.add(name) || name.equals(INDEX.replace(".tsv", "")); n++) {
            name = base + "-" + n;
        }
        return name;
    }
}
