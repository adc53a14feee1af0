package nl.solidarity.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one way outputs are written, so that a reader never sees half a file or a mix of two runs.
 *
 * <ul>
 *   <li>A file goes to a temporary file beside its target, {@code .NAME.<pid>.<random>.tmp}, which is
 *       then renamed over the target. The temporary file is opened with {@code CREATE_NEW} and no
 *       explicit permissions, so the operating system applies the user's umask exactly as for any
 *       new file (0644 under umask 022); {@code Files.createTempFile} would force 0600.</li>
 *   <li>A target that is a symbolic link is followed: the file it points to is replaced and the
 *       link stays. A hard link is not kept: the target gets a new inode, the other names keep the
 *       old contents.</li>
 *   <li>A folder of files ({@code --csv}, {@code convert --to}) is written as a whole into a sibling
 *       temporary folder, which then takes the place of the old folder by two renames; the old
 *       folder, with any file of the old set that the new set lacks, is removed afterwards.</li>
 *   <li>A run killed half way leaves its temporary file or folder behind. Its name carries the
 *       process id, so the next write to the same target removes it once that process is gone.</li>
 * </ul>
 *
 * <p>Missing parent folders are not created: the command line refuses them before any work.
 */
public final class AtomicFiles {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long PID = ProcessHandle.current().pid();

    private AtomicFiles() {
    }

    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        Path real = followLinks(target);
        Path dir = real.getParent();
        String name = real.getFileName().toString();
        removeStale(dir, name);
        Path temp = dir.resolve(temporaryName(name, "tmp"));
        try {
            writeNew(temp, bytes);
            move(temp, real);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Replaces the folder {@code target} by one holding exactly {@code files} (name to bytes). The
     * caller has made sure that an existing folder holds only files of this kind of output.
     */
    public static void writeFolder(Path target, Map<String, byte[]> files) throws IOException {
        Path real = followLinks(target);
        Path parent = real.getParent();
        String name = real.getFileName().toString();
        removeStale(parent, name);
        Path fresh = parent.resolve(temporaryName(name, "tmp"));
        Path old = parent.resolve(temporaryName(name, "old"));
        try {
            Files.createDirectory(fresh);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                writeNew(fresh.resolve(file.getKey()), file.getValue());
            }
            if (Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(real, old, StandardCopyOption.ATOMIC_MOVE);
                try {
                    Files.move(fresh, real, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    Files.move(old, real, StandardCopyOption.ATOMIC_MOVE);
                    throw e;
                }
            } else {
                Files.move(fresh, real, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            deleteTree(fresh);
            deleteTree(old);
        }
    }

    /**
     * Creates and deletes a temporary file named after {@code target} in {@code folder}: whether
     * this process can write there, found before any work. Throws what creating it throws.
     */
    public static void probe(Path folder, String target) throws IOException {
        Path temp = folder.resolve(temporaryName(target, "tmp"));
        try {
            writeNew(temp, new byte[0]);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Whether {@code entry} is a temporary file or folder of a write to {@code target}, by any process. */
    public static boolean isTemporaryOf(String entry, String target) {
        return pattern(target).matcher(entry).matches();
    }

    /**
     * The path a write to {@code target} replaces: {@code target} itself, or, when it is a symbolic
     * link (also a dangling one), the file it finally points to, in its parent's real folder.
     */
    public static Path followLinks(Path target) throws IOException {
        Path path = target.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (hops == 40) {
                throw new IOException(target + ": too many levels of symbolic links");
            }
            Path link = Files.readSymbolicLink(path);
            path = path.getParent().resolve(link);
        }
        Path parent = path.getParent();
        if (parent == null || path.getFileName() == null) {
            throw new IOException(target + ": not a file name");
        }
        return parent.toRealPath().resolve(path.getFileName());
    }

    private static String temporaryName(String target, String suffix) {
        return "." + target + "." + PID + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + "." + suffix;
    }

    private static Pattern pattern(String target) {
        return Pattern.compile("\\." + Pattern.quote(target) + "\\.(\\d+)\\.[0-9a-z]+\\.(tmp|old)");
    }

    /** Removes what writes to {@code target} in {@code dir} left behind in processes that are gone. */
    private static void removeStale(Path dir, String target) throws IOException {
        Pattern pattern = pattern(target);
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "." + globSafe(target) + ".*")) {
            for (Path entry : entries) {
                Matcher m = pattern.matcher(entry.getFileName().toString());
                if (m.matches() && !alive(m.group(1))) {
                    stale.add(entry);
                }
            }
        }
        for (Path entry : stale) {
            deleteTree(entry);
        }
    }

    private static String globSafe(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    private static boolean alive(String pid) {
        try {
            long id = Long.parseLong(pid);
            return id == PID || ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static void writeNew(Path path, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(path);
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
