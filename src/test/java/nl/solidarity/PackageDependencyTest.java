package nl.solidarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Packages depend on each other one way: the graph of the top-level packages under
 * {@code nl.solidarity} (a subpackage such as {@code engine.optaplanner} counts as {@code engine}),
 * read from the imports and fully qualified names in {@code src/main}, has no cycle, and {@code io}
 * stays at the edge: it uses only {@code domain} and {@code result}, and no computing package
 * ({@code domain}, {@code projection}, {@code model}, {@code engine}) uses it.
 */
class PackageDependencyTest {
    private static final Path MAIN = Path.of("src/main/java/nl/solidarity");
    private static final Pattern REFERENCE = Pattern.compile("\\bnl\\.solidarity\\.([a-z]+)\\.");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    /** Package to the packages it uses, with the files that use each, for the messages. */
    private static final Map<String, Map<String, Set<String>>> GRAPH = new TreeMap<>();

    @BeforeAll
    static void read() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = MAIN.relativize(file).getName(0).toString();
                if (from.endsWith(".java")) {
                    continue;
                }
                String code = COMMENT.matcher(Files.readString(file)).replaceAll(" ");
                Matcher m = REFERENCE.matcher(code);
                Map<String, Set<String>> uses = GRAPH.computeIfAbsent(from, k -> new TreeMap<>());
                while (m.find()) {
                    if (!m.group(1).equals(from)) {
                        uses.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(file.getFileName().toString());
                    }
                }
            }
        }
    }

    @Test
    void theGraphIsReadFromEveryPackage() {
        assertEquals(Set.of("cli", "domain", "engine", "generate", "io", "levy", "model", "projection", "report", "result",
                "scenario", "verify"), GRAPH.keySet());
        assertTrue(GRAPH.get("cli").containsKey("engine"), GRAPH.toString());
    }

    @Test
    void thereIsNoCycle() {
        for (String start : GRAPH.keySet()) {
            List<String> cycle = cycleFrom(start, new ArrayList<>(List.of(start)));
            assertEquals(List.of(), cycle, "a cycle of packages; the first edge is used by " + (cycle.size() > 1
                    ? GRAPH.get(cycle.get(0)).get(cycle.get(1)) : ""));
        }
    }

    private static List<String> cycleFrom(String start, List<String> path) {
        String last = path.get(path.size() - 1);
        for (String next : GRAPH.getOrDefault(last, Map.of()).keySet()) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return cycle;
            }
            if (!path.contains(next)) {
                path.add(next);
                List<String> found = cycleFrom(start, path);
                path.remove(path.size() - 1);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    @Test
    void ioIsAtTheEdge() {
        assertEquals(Set.of("domain", "result"), GRAPH.get("io").keySet(), "io uses " + GRAPH.get("io"));
        for (String computing : List.of("domain", "projection", "model", "engine")) {
            assertTrue(!GRAPH.get(computing).containsKey("io"), computing + " uses io in " + GRAPH.get(computing).get("io"));
        }
        assertEquals(Set.of(), GRAPH.get("domain").keySet(), "domain uses " + GRAPH.get("domain"));
    }
}
