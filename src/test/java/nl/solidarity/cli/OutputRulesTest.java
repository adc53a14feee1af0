package nl.solidarity.cli;

import static nl.solidarity.testing.Cli.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.solidarity.io.AtomicFiles;
import nl.solidarity.testing.Cli.Run;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output rules (docs/user-guide.md): no command writes to a path it reads, outputs are atomic
 * with the user's default permissions, and every refusal is exit 2 with one line, before any work.
 */
class OutputRulesTest {
    private static final Path TINY = Path.of("instances", "tiny.json");

    @TempDir
    static Path shared;
    private static Path instance;
    private static Path folder;
    private static Path result;

    @BeforeAll
    static void inputs() throws IOException {
        instance = shared.resolve("tiny.json");
        Files.copy(TINY, instance);
        folder = shared.resolve("tiny-csv");
        Run convert = run("convert", instance.toString(), "--to", folder.toString());
        assertEquals(0, convert.status(), convert.err());
        result = shared.resolve("tiny-result.json");
        Run solve = run("solve", instance.toString(), "--scope", "region", "--threads", "1", "--out", result.toString(), "--quiet");
        assertEquals(0, solve.status(), solve.err());
    }

    /** Runs a command that must be refused: exit 2, one line naming the option, and {@code input} unchanged. */
    private static String refused(String option, Path input, String... args) throws IOException {
        byte[] before = Files.isDirectory(input) ? folderBytes(input) : Files.readAllBytes(input);
        Run run = run(args);
        assertEquals(2, run.status(), run.err());
        List<String> lines = run.err().lines().filter(l -> !l.startsWith("note: ")).toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith(option + ": "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertArrayEquals(before, Files.isDirectory(input) ? folderBytes(input) : Files.readAllBytes(input));
        return lines.get(0);
    }

    private static byte[] folderBytes(Path dir) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                all.append(f.getFileName()).append('\n').append(Files.readString(f));
            }
        }
        return all.toString().getBytes();
    }

    @Test
    void solveOutOntoTheInstanceIsRefused() throws IOException {
        String line = refused("--out", instance, "solve", instance.toString(), "--out", instance.toString(), "--quiet");
        assertTrue(line.contains("is an input of this command"), line);
    }

    @Test
    void solveOutOntoTheInstanceSpelledWithDotDotIsRefused() throws IOException {
        Files.createDirectories(shared.resolve("d"));
        String spelled = shared.resolve("d").resolve("..").resolve("tiny.json").toString();
        refused("--out", instance, "solve", instance.toString(), "--out", spelled, "--quiet");
    }

    @Test
    void solveOutOntoASymlinkToTheInstanceIsRefused(@TempDir Path dir) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), instance.toAbsolutePath());
        refused("--out", instance, "solve", instance.toString(), "--out", link.toString(), "--quiet");
    }

    @Test
    void solveOutOntoAHardLinkOfTheInstanceIsRefused() throws IOException {
        Path hard = Files.createLink(shared.resolve("hard.json"), instance);
        try {
            refused("--out", instance, "solve", instance.toString(), "--out", hard.toString(), "--quiet");
        } finally {
            Files.delete(hard);
        }
    }

    @Test
    void solveCsvIntoTheInstanceFolderIsRefused() throws IOException {
        String line = refused("--csv", folder, "solve", folder.toString(), "--csv", folder.toString(), "--quiet");
        assertTrue(line.contains("is the instance folder"), line);
        refused("--csv", folder, "solve", folder.toString(), "--csv", folder.resolve("sub").toString(), "--quiet");
    }

    @Test
    void anOutputInsideTheInstanceFolderIsRefused() throws IOException {
        String line = refused("--out", folder, "solve", folder.toString(), "--out", folder.resolve("result.json").toString(), "--quiet");
        assertTrue(line.contains("inside the instance folder"), line);
        refused("--out", folder, "solve", folder.toString(), "--out", folder.resolve("corporations.csv").toString(), "--quiet");
    }

    @Test
    void aCsvFolderHoldingTheInputIsRefused() throws IOException {
        String line = refused("--csv", instance, "solve", instance.toString(), "--csv", shared.toString(), "--quiet");
        assertTrue(line.contains("holds the input"), line);
    }

    @Test
    void levyOutOntoTheInstanceOrTheResultIsRefused() throws IOException {
        refused("--out", instance, "levy", instance.toString(), result.toString(), "--out", instance.toString());
        refused("--out", result, "levy", instance.toString(), result.toString(), "--out", result.toString());
        refused("--csv", result, "levy", instance.toString(), result.toString(), "--csv", result.toString());
        refused("--csv", instance, "levy", instance.toString(), result.toString(), "--csv", instance.toString());
    }

    @Test
    void levyWithOutAndCsvOnOnePathIsRefused(@TempDir Path dir) throws IOException {
        String same = dir.resolve("levy.out").toString();
        String line = refused("--csv", result, "levy", instance.toString(), result.toString(), "--out", same, "--csv", same);
        assertTrue(line.contains("another output"), line);
        assertFalse(Files.exists(dir.resolve("levy.out")));
    }

    @Test
    void convertOntoItsInputIsRefused() throws IOException {
        refused("--to", folder, "convert", folder.toString(), "--to", folder.resolve("instance.json").toString());
        refused("--to", instance, "convert", instance.toString(), "--to", shared.toString());
    }

    @Test
    void aMissingParentFolderIsRefusedAndNotCreated(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("no/such/result.json");
        String line = refused("--out", instance, "solve", instance.toString(), "--out", out.toString(), "--quiet");
        assertTrue(line.contains("does not exist"), line);
        assertFalse(Files.exists(dir.resolve("no")));
        refused("--csv", instance, "solve", instance.toString(), "--csv", dir.resolve("no/such").toString(), "--quiet");
    }

    @Test
    void aFolderAsOutAFileAsCsvAndAnEmptyPathAreRefused(@TempDir Path dir) throws IOException {
        String folderLine = refused("--out", instance, "solve", instance.toString(), "--out", dir.toString(), "--quiet");
        assertTrue(folderLine.contains("is a folder"), folderLine);
        Path file = Files.writeString(dir.resolve("file.txt"), "keep");
        String fileLine = refused("--csv", file, "solve", instance.toString(), "--csv", file.toString(), "--quiet");
        assertTrue(fileLine.contains("is a file"), fileLine);
        String empty = refused("--out", instance, "solve", instance.toString(), "--out", "", "--quiet");
        assertTrue(empty.contains("empty"), empty);
        refused("--out", instance, "generate", "--out", "");
        // '-' means stdout to a shell user; no file named '-' appears in the working folder.
        String dash = refused("--out", instance, "solve", instance.toString(), "--out", "-", "--quiet");
        assertTrue(dash.contains("'-' is not a file name here"), dash);
        assertTrue(!Files.exists(Path.of("-")));
    }

    @Test
    void aReadOnlyTargetIsRefused(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(dir.resolve("old.json"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        String line = refused("--out", target, "generate", "--out", target.toString());
        assertTrue(line.contains("read-only"), line);
        assertEquals("old", Files.readString(target));
    }

    /** Root writes everywhere a permission forbids it; a read-only system folder (/sys) stops root too. */
    @Test
    void anUnwritableFolderIsFoundBeforeTheSolve(@TempDir Path dir) throws IOException {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path locked;
        if (!root) {
            locked = Files.createDirectory(dir.resolve("locked"));
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        } else {
            locked = Path.of("/sys");
            boolean writable;
            try {
                AtomicFiles.probe(locked, "probe");
                writable = true;
            } catch (IOException e) {
                writable = false;
            }
            Assumptions.assumeFalse(writable, "running as root, and /sys is writable: no folder this test can make unwritable");
        }
        Run run = run("solve", instance.toString(), "--out", locked.resolve("r.json").toString());
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().startsWith("--out: " + locked.resolve("r.json") + ": cannot write in the folder " + locked), run.err());
        // Refused before the solve: no progress line and no report.
        assertEquals(1, run.err().lines().filter(l -> !l.startsWith("note: ")).count(), run.err());
        assertEquals("", run.out());
    }

    @Test
    void outputsGetTheUsersDefaultPermissions(@TempDir Path dir) throws IOException {
        // The umask, read from a file the JVM creates without explicit permissions.
        Path probe = Files.createFile(dir.resolve("probe"));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(probe);
        Path out = dir.resolve("gen.json");
        assertEquals(0, run("generate", "--corporations", "3", "--out", out.toString()).status());
        assertEquals(expected, Files.getPosixFilePermissions(out));
        // Under the usual umask 022 that is 0644, not the 0600 of Files.createTempFile.
        if (expected.equals(PosixFilePermissions.fromString("rw-r--r--"))) {
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        }
        Path csv = dir.resolve("csv");
        assertEquals(0, run("convert", instance.toString(), "--to", csv.toString()).status());
        assertEquals(expected, Files.getPosixFilePermissions(csv.resolve("tasks.csv")));
    }

    @Test
    void aSymlinkOutputHasItsTargetReplaced(@TempDir Path dir) throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real.json"));
        assertEquals(0, run("generate", "--corporations", "3", "--out", link.toString()).status());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(real).startsWith("{"), Files.readString(real));
        // A dangling link gets its target created.
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.json"), Path.of("new.json"));
        assertEquals(0, run("generate", "--corporations", "3", "--out", dangling.toString()).status());
        assertTrue(Files.isSymbolicLink(dangling));
        assertEquals(Files.readString(real), Files.readString(dir.resolve("new.json")));
    }

    /** Documented: the output gets a new file; another hard link keeps the old contents. */
    @Test
    void aHardLinkIsNotKept(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(dir.resolve("gen.json"), "old");
        Path other = Files.createLink(dir.resolve("other-name.json"), target);
        assertEquals(0, run("generate", "--corporations", "3", "--out", target.toString()).status());
        assertTrue(Files.readString(target).startsWith("{"));
        assertEquals("old", Files.readString(other));
        assertFalse(Files.isSameFile(target, other));
    }

    @Test
    void aStaleTemporaryFileOfADeadProcessIsRemovedALiveOneKept(@TempDir Path dir) throws Exception {
        Process done = new ProcessBuilder("true").start();
        done.waitFor();
        long dead = done.pid();
        long live = ProcessHandle.current().parent().orElseThrow().pid();
        Path stale = Files.writeString(dir.resolve(".gen.json." + dead + ".abc123.tmp"), "half");
        Path busy = Files.writeString(dir.resolve(".gen.json." + live + ".abc123.tmp"), "busy");
        Path other = Files.writeString(dir.resolve(".other.json." + dead + ".abc123.tmp"), "other target");
        assertEquals(0, run("generate", "--corporations", "3", "--out", dir.resolve("gen.json").toString()).status());
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(busy));
        assertTrue(Files.exists(other));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(".gen.json." + live + ".abc123.tmp", ".other.json." + dead + ".abc123.tmp", "gen.json"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aReusedCsvFolderIsReplacedAsAWhole(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("csv");
        assertEquals(0, run("solve", instance.toString(), "--scope", "region", "--csv", csv.toString(), "--quiet").status());
        List<String> set = names(csv);
        assertEquals(List.of("assignments.csv", "contributions.csv", "corporations.csv", "explanations.csv", "support.csv", "unmet.csv", "yearly.csv"), set);
        // A file of an old set that the new set does not have is removed with it; the rest replaced.
        Files.writeString(csv.resolve("assignments.csv"), "stale");
        Files.delete(csv.resolve("yearly.csv"));
        assertEquals(0, run("solve", instance.toString(), "--scope", "region", "--csv", csv.toString(), "--quiet").status());
        assertEquals(set, names(csv));
        assertFalse(Files.readString(csv.resolve("assignments.csv")).contains("stale"));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of("csv"), siblings.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aCsvFolderWithOtherFilesIsRefusedNotEmptied(@TempDir Path dir) throws IOException {
        Path mine = Files.writeString(dir.resolve("notes.txt"), "mine");
        String line = refused("--csv", mine, "solve", instance.toString(), "--csv", dir.toString(), "--quiet");
        assertTrue(line.contains("holds notes.txt"), line);
    }

    @Test
    void levyVerifiesWhatItWritesAndWritesNothingWhenItFails(@TempDir Path dir) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode)
                nl.solidarity.io.Json.MAPPER.readTree(result.toFile());
        com.fasterxml.jackson.databind.node.ObjectNode first = (com.fasterxml.jackson.databind.node.ObjectNode) root.get("corporations").get(0);
        first.put("headroom", first.get("headroom").asDouble() + 1000);
        Path tampered = Files.writeString(dir.resolve("tampered.json"), nl.solidarity.io.Json.write(root));
        Path out = dir.resolve("levied.json");
        Run run = run("levy", instance.toString(), tampered.toString(), "--out", out.toString());
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains("the levied result failed the independent check"), run.err());
        assertFalse(Files.exists(out));
        Run good = run("levy", instance.toString(), result.toString(), "--out", out.toString());
        assertEquals(0, good.status(), good.err());
        assertEquals("verified", run("verify", instance.toString(), out.toString()).out().strip());
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
