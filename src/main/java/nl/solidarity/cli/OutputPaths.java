package nl.solidarity.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import nl.solidarity.io.InvalidInputException;

/**
 * No command writes to a path that it reads: an output that is an input file, the instance's CSV
 * folder, or one of the files in that folder is refused (exit 2) before any work is done.
 */
final class OutputPaths {
    /** The files of an instance in CSV folder form. */
    private static final Set<String> INSTANCE_FOLDER_FILES = Set.of("instance.json", "regions.csv", "corporations.csv", "tasks.csv");

    private OutputPaths() {
    }

    /** Refuses {@code target} (the value of {@code option}) when it is one of the inputs or inside an instance folder's files. */
    static void refuseInputs(String option, Path target, Path... inputs) throws InvalidInputException {
        if (target == null) {
            return;
        }
        try {
            for (Path input : inputs) {
                if (input == null) {
                    continue;
                }
                boolean folderFile = Files.isDirectory(input) && target.getFileName() != null
                        && INSTANCE_FOLDER_FILES.contains(target.getFileName().toString())
                        && same(target.toAbsolutePath().getParent(), input);
                if (same(target, input) || folderFile) {
                    throw new InvalidInputException(option + ": " + target + " is an input of this command ("
                            + input + "); write to a new path");
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(option + ": " + target + " cannot be checked (" + e.getMessage() + ")");
        }
    }

    private static boolean same(Path a, Path b) throws IOException {
        if (a == null || b == null) {
            return false;
        }
        if (Files.exists(a) && Files.exists(b)) {
            return Files.isSameFile(a, b);
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** A file output's folder must exist: a mistyped folder is an error, not created silently. */
    static void requireParent(String option, Path target) throws InvalidInputException {
        if (target == null) {
            return;
        }
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new InvalidInputException(option + ": " + target + ": the folder " + parent + " does not exist");
        }
    }
}
