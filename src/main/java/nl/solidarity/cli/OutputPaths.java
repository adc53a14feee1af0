package nl.solidarity.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.solidarity.io.AtomicFiles;
import nl.solidarity.io.InvalidInputException;

/**
 * The output rules of every command, in one place. A command names what it reads, then declares
 * each output ({@code --out}, {@code --csv}, {@code --to}) here before any work; each is refused
 * with one line (exit 2) when:
 * <ul>
 *   <li>it is empty, or its folder does not exist (folders are not created silently);</li>
 *   <li>it is one of the inputs (an instance file, a result, a scenario), compared by real path so
 *       that symbolic links, {@code ..} and hard links do not fool the check; or it lies inside an
 *       instance's CSV folder; or, for a folder output, it holds an input;</li>
 *   <li>a file output is a folder, not a regular file, or read-only (no write permission at all,
 *       also for root); a folder output is a file, or holds files this command does not write;</li>
 *   <li>two outputs of the command are the same path;</li>
 *   <li>its folder is not writable: found by creating and deleting a temporary file there.</li>
 * </ul>
 * What passes is returned as the real path to write with {@link AtomicFiles}: a symbolic link is
 * followed, so its target is replaced and the link stays.
 */
final class OutputPaths {
    private final List<Path> inputs;
    private final List<Path> claimed = new ArrayList<>();

    private OutputPaths(List<Path> inputs) {
        this.inputs = inputs;
    }

    /** The outputs of a command that reads {@code inputs} (nulls, for absent optional inputs, are skipped). */
    static OutputPaths reading(Path... inputs) {
        return new OutputPaths(Arrays.stream(inputs).filter(Objects::nonNull).toList());
    }

    /** As {@link #reading(Path...)}, for a list of inputs and more. */
    static OutputPaths reading(Collection<Path> more, Path... inputs) {
        List<Path> all = new ArrayList<>(Arrays.asList(inputs));
        all.addAll(more);
        return reading(all.toArray(Path[]::new));
    }

    /** A file output: the real path to write, or null when {@code target} is null (the option not given). */
    Path file(String option, Path target) throws InvalidInputException {
        if (target == null) {
            return null;
        }
        Path real = resolve(option, target);
        try {
            if (Files.isDirectory(real)) {
                throw refuse(option, target, "is a folder; give a file name");
            }
            if (Files.exists(real) && !Files.isRegularFile(real)) {
                throw refuse(option, target, "is not a regular file");
            }
            if (Files.exists(real) && readOnly(real)) {
                throw refuse(option, target, "is read-only; make it writable or choose another path");
            }
            for (Path input : inputs) {
                Path in = real(input);
                if (in == null) {
                    continue;
                }
                if (Files.isDirectory(in) && real.startsWith(in)) {
                    throw refuse(option, target, "is inside the instance folder " + input + "; write outside it");
                }
                if (real.equals(in) || Files.exists(real) && Files.isSameFile(real, in)) {
                    throw refuse(option, target, "is an input of this command (" + input + "); write to a new path");
                }
            }
        } catch (IOException e) {
            throw refuse(option, target, "cannot be checked (" + reason(e) + ")");
        }
        claim(option, target, real);
        probe(option, target, real.getParent(), real.getFileName().toString());
        return real;
    }

    /**
     * A folder output holding the files {@code names}: the real path to write, or null when
     * {@code target} is null. An existing folder may hold only those files (from an earlier run),
     * since the whole folder is replaced.
     */
    Path folder(String option, Path target, Collection<String> names) throws InvalidInputException {
        if (target == null) {
            return null;
        }
        Path real = resolve(option, target);
        try {
            if (Files.exists(real) && !Files.isDirectory(real)) {
                throw refuse(option, target, "is a file; give a folder");
            }
            for (Path input : inputs) {
                Path in = real(input);
                if (in == null) {
                    continue;
                }
                if (Files.isDirectory(in) && real.startsWith(in)) {
                    throw refuse(option, target, real.equals(in) ? "is the instance folder " + input + "; write to another folder"
                            : "is inside the instance folder " + input + "; write outside it");
                }
                if (in.startsWith(real)) {
                    throw refuse(option, target, "holds the input " + input + " of this command; write to another folder");
                }
            }
            if (Files.isDirectory(real)) {
                List<String> foreign = new ArrayList<>();
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(real)) {
                    for (Path entry : entries) {
                        String name = entry.getFileName().toString();
                        boolean own = names.contains(name) && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                                || names.stream().anyMatch(n -> AtomicFiles.isTemporaryOf(name, n));
                        if (!own) {
                            foreign.add(name);
                        }
                    }
                }
                if (!foreign.isEmpty()) {
                    foreign.sort(null);
                    throw refuse(option, target, "holds " + foreign.get(0)
                            + (foreign.size() > 1 ? " and " + (foreign.size() - 1) + " more" : "")
                            + ", which this command does not write; the folder is replaced as a whole, "
                            + "so give a new or empty folder, or one this command wrote before");
                }
            }
        } catch (IOException e) {
            throw refuse(option, target, "cannot be checked (" + reason(e) + ")");
        }
        claim(option, target, real);
        probe(option, target, real.getParent(), real.getFileName().toString());
        if (Files.isDirectory(real)) {
            probe(option, target, real, names.iterator().next());
        }
        return real;
    }

    /** The real path of the output; its folder must exist. */
    private static Path resolve(String option, Path target) throws InvalidInputException {
        if (target.toString().isBlank()) {
            throw new InvalidInputException(option + ": the path is empty; give a file or folder name");
        }
        if (target.toString().equals("-")) {
            // The shell convention for standard output: the report already goes there, so a file named '-' is never meant.
            throw new InvalidInputException(option + ": '-' is not a file name here; without " + option
                    + " the report goes to stdout, with it give a path");
        }
        try {
            Path real = AtomicFiles.followLinks(target);
            return real;
        } catch (IOException e) {
            Path parent = target.toAbsolutePath().getParent();
            if (parent == null) {
                throw refuse(option, target, "is not a file name");
            }
            if (!Files.exists(parent)) {
                throw refuse(option, target, "the folder " + parent + " does not exist");
            }
            if (!Files.isDirectory(parent)) {
                throw refuse(option, target, parent + " is not a folder");
            }
            throw refuse(option, target, "cannot be resolved (" + reason(e) + ")");
        }
    }

    private void claim(String option, Path target, Path real) throws InvalidInputException {
        for (Path other : claimed) {
            if (real.startsWith(other) || other.startsWith(real)) {
                throw refuse(option, target, "is also where another output of this command goes");
            }
        }
        claimed.add(real);
    }

    private static void probe(String option, Path target, Path folder, String name) throws InvalidInputException {
        try {
            AtomicFiles.probe(folder, name);
        } catch (IOException e) {
            throw refuse(option, target, "cannot write in the folder " + folder + " (" + reason(e) + ")");
        }
    }

    private static Path real(Path input) {
        try {
            return Files.exists(input) ? input.toRealPath() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Read-only: not writable by this process, or without any write permission (which root would ignore). */
    private static boolean readOnly(Path file) throws IOException {
        if (!Files.isWritable(file)) {
            return true;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return false;
        }
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        return !permissions.contains(PosixFilePermission.OWNER_WRITE) && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static InvalidInputException refuse(String option, Path target, String what) {
        return new InvalidInputException(option + ": " + target + ": " + what);
    }
}
