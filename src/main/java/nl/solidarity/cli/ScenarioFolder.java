package nl.solidarity.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.solidarity.io.AtomicFiles;
import nl.solidarity.io.InvalidInputException;
import nl.solidarity.io.ResultJson;
import nl.solidarity.report.HtmlReport;
import nl.solidarity.scenario.Comparison;

/**
 * The folder of {@code compare --out-dir}: each run's result JSON (and HTML report) with an index.
 * The set is written into a sibling temporary folder and then put in the folder's place, so a
 * reused folder holds the old set or the new one, never a mix. Only a folder that is empty or was
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
        OutputPaths.requireParent("--out-dir", dir);
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

    /** Writes every run's result (and report) and puts the new set in the folder's place. */
    static void write(Path dir, List<Comparison.Solved> runs, boolean reports) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        Path fresh = sibling(parent, name, "new");
        try {
            StringBuilder index = new StringBuilder(INDEX_HEADER).append('\n');
            Set<String> taken = new HashSet<>();
            for (Comparison.Solved solved : runs) {
                String base = fileName(solved.run().label(), taken);
                AtomicFiles.write(fresh.resolve(base + ".json"), ResultJson.write(solved.result()));
                if (reports) {
                    AtomicFiles.write(fresh.resolve(base + ".html"), HtmlReport.render(solved.run().instance(), solved.result(), null));
                }
                index.append(solved.run().label()).append('\t').append(solved.run().name()).append('\t').append(base).append(".json\t")
                        .append(reports ? base + ".html" : "").append('\n');
            }
            AtomicFiles.write(fresh.resolve(INDEX), index.toString());
            Path old = null;
            if (Files.exists(target)) {
                old = sibling(parent, name, "old");
                Files.delete(old);
                move(target, old);
            }
            move(fresh, target);
            fresh = null;
            if (old != null) {
                deleteTree(old);
            }
        } finally {
            if (fresh != null) {
                deleteTree(fresh);
            }
        }
    }

    /** A new hidden folder beside the target, created with the user's default permissions (unlike a temporary folder). */
    private static Path sibling(Path parent, String name, String role) throws IOException {
        for (int n = 0; ; n++) {
            Path candidate = parent.resolve("." + name + "." + role + "-" + ProcessHandle.current().pid() + "-" + n);
            try {
                return Files.createDirectory(candidate);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // taken by an earlier run that did not finish: try the next number
            }
        }
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

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
