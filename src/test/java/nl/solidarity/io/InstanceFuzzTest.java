package nl.solidarity.io;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import nl.solidarity.domain.Instance;
import nl.solidarity.model.AllocationModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing as a test: a seeded generator mutates valid instances (a key deleted, null, a wrong type,
 * extreme, negative or non-finite numbers, NaN-like text, long texts, duplicate ids, misspelt keys,
 * empty lists) one to three times each, and every case must end in a valid instance (whose
 * projection then builds) or in {@link InvalidInputException} whose every line names a field,
 * never in another exception. Every tenth case goes through a JSON file and every tenth through a
 * CSV folder in either dialect. The count is 2,000 by default; {@code -Dfuzz.cases=N} (the Maven
 * profile {@code fuzz}) runs more, and {@code -Dfuzz.seed=S} another sequence.
 */
class InstanceFuzzTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A problem line: a JSON path, or a file with line and column, then ": " and the message. */
    private static final Pattern NAMES_A_FIELD = Pattern.compile(
            "^(\\S+\\.(json|csv)(:\\d+){0,2}: )?([A-Za-z_][\\w]*(\\[\\d+\\])*(\\.[\\w]+(\\[\\d+\\])*)*|\\S+\\.(json|csv)(:\\d+){1,2}): .+");
    private static final List<String> SOURCES = List.of("src/test/resources/examples/small.json",
            "src/test/resources/examples/tiny.json", "src/test/resources/io/every-optional.json");

    @TempDir
    Path dir;

    @Test
    void everyMutatedInstanceIsValidOrRefusedWithLinesNamingTheField() throws Exception {
        int cases = Integer.getInteger("fuzz.cases", 2000);
        long seed = Long.getLong("fuzz.seed", 20261123L);
        Random random = new Random(seed);
        List<ObjectNode> bases = new ArrayList<>();
        for (String source : SOURCES) {
            bases.add((ObjectNode) Json.MAPPER.readTree(Path.of(source).toFile()));
        }
        bases.add(Trees.base());
        int valid = 0;
        int refused = 0;
        for (int n = 0; n < cases; n++) {
            ObjectNode root = bases.get(random.nextInt(bases.size())).deepCopy();
            List<String> mutations = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int m = 0; m < count; m++) {
                mutations.add(mutate(root, random));
            }
            String label = "case " + n + " (seed " + seed + "): " + mutations;
            try {
                Instance instance = read(root, n, random);
                AllocationModel.rowsOf(instance);
                InstanceJson.write(instance);
                valid++;
            } catch (InvalidInputException e) {
                refused++;
                assertTrue(!e.problems().isEmpty(), label);
                for (String line : e.problems()) {
                    assertTrue(NAMES_A_FIELD.matcher(line).matches(), label + ": a line that names no field: " + line);
                }
            } catch (Exception | StackOverflowError e) {
                fail(label + ": " + e, e);
            }
        }
        System.out.println("fuzz: " + cases + " cases (seed " + seed + "): " + valid + " valid, " + refused + " refused");
        assertTrue(valid > cases / 20 && refused > cases / 2, valid + " valid, " + refused + " refused of " + cases);
    }

    /** Most cases from the tree in memory; every tenth from a JSON file, every tenth from a CSV folder. */
    private Instance read(ObjectNode root, int n, Random random) throws Exception {
        if (n % 10 == 3) {
            Path file = dir.resolve("case.json");
            Files.writeString(file, Json.write(root));
            return InstanceReader.read(file);
        }
        if (n % 10 == 7) {
            Instance instance;
            try {
                instance = InstanceReader.fromTree(root);
            } catch (InvalidInputException e) {
                return InstanceReader.fromTree(root); // only a valid instance can be written as a folder
            }
            Path folder = dir.resolve("case-" + n);
            CsvInstance.write(instance, folder, random.nextBoolean() ? CsvDialect.EXCEL_NL : CsvDialect.RFC4180);
            mutateCsv(folder.resolve(random.nextBoolean() ? "tasks.csv" : "corporations.csv"), random);
            return InstanceReader.read(folder);
        }
        return InstanceReader.fromTree(root);
    }

    private static String mutate(ObjectNode root, Random random) {
        List<Slot> slots = new ArrayList<>();
        collect(root, "", slots);
        Slot slot = slots.get(random.nextInt(slots.size()));
        JsonNode replacement;
        String what;
        switch (random.nextInt(12)) {
            case 0 -> {
                slot.remove();
                return "delete " + slot.path;
            }
            case 1 -> {
                replacement = NODES.nullNode();
                what = "null";
            }
            case 2 -> {
                JsonNode[] wrong = {NODES.textNode("12"), NODES.booleanNode(true), NODES.arrayNode(), NODES.objectNode(),
                    NODES.numberNode(7), NODES.textNode("")};
                replacement = wrong[random.nextInt(wrong.length)];
                what = "wrong type " + replacement;
            }
            case 3 -> {
                double[] extreme = {1e308, -1e308, Double.MIN_VALUE, 1e13, 1e12, -1e12, 1e30, 2147483648.0, -2147483649.0,
                    9.3e18, 0.0, -0.0, 1e-300, 0.5};
                replacement = NODES.numberNode(extreme[random.nextInt(extreme.length)]);
                what = "extreme " + replacement;
            }
            case 4 -> {
                replacement = slot.value() != null && slot.value().isNumber()
                        ? NODES.numberNode(-Math.abs(slot.value().doubleValue()) - 1) : NODES.numberNode(-1);
                what = "negative " + replacement;
            }
            case 5 -> {
                String[] nanLike = {"NaN", "Infinity", "-Infinity", "1e999", "0x10", "1,5", "12 000", "null", "true"};
                replacement = NODES.textNode(nanLike[random.nextInt(nanLike.length)]);
                what = "text " + replacement;
            }
            case 6 -> {
                replacement = NODES.textNode("x".repeat(1 + random.nextInt(20_000)));
                what = "long text";
            }
            case 7 -> {
                replacement = NODES.numberNode(new java.math.BigInteger("9".repeat(20 + random.nextInt(380))));
                what = "long number";
            }
            case 8 -> {
                return duplicateId(root, random);
            }
            case 9 -> {
                return misspell(slot, random);
            }
            case 10 -> {
                replacement = random.nextBoolean() ? NODES.arrayNode() : NODES.objectNode();
                what = "empty " + replacement;
            }
            default -> {
                replacement = NODES.numberNode(random.nextInt(5000) - 100);
                what = "number " + replacement;
            }
        }
        slot.set(replacement);
        return slot.path + " = " + what;
    }

    private static String duplicateId(ObjectNode root, Random random) {
        String list = List.of("regions", "corporations", "tasks").get(random.nextInt(3));
        JsonNode array = root.get(list);
        if (array == null || !array.isArray() || array.size() < 2 || !array.get(0).isObject() || !array.get(1).isObject()) {
            return "no duplicate in " + list;
        }
        ((ObjectNode) array.get(1)).set("id", array.get(0).get("id"));
        return "duplicate id in " + list;
    }

    private static String misspell(Slot slot, Random random) {
        if (slot.key == null) {
            return "no key to misspell at " + slot.path;
        }
        String key = slot.key;
        int at = random.nextInt(key.length());
        String misspelt = random.nextBoolean() ? key.substring(0, at) + key.substring(at + 1)
                : key.substring(0, at) + Character.toLowerCase(key.charAt(at)) + 'x' + key.substring(at + 1);
        JsonNode value = slot.value();
        slot.remove();
        if (!misspelt.isEmpty()) {
            slot.parentObject.set(misspelt, value);
        }
        return "misspell " + slot.path + " as " + misspelt;
    }

    /** A CSV file with one cell changed: emptied, a word, a point or a comma number, or a row of empty cells added. */
    private static void mutateCsv(Path file, Random random) throws Exception {
        String text = Files.readString(file);
        List<String> lines = new ArrayList<>(text.lines().toList());
        int row = 1 + random.nextInt(Math.max(1, lines.size() - 1));
        if (row >= lines.size()) {
            return;
        }
        char separator = lines.get(0).contains(";") ? ';' : ',';
        String[] cells = lines.get(row).split(Pattern.quote(String.valueOf(separator)), -1);
        int column = random.nextInt(cells.length);
        String[] values = {"", "abc", "1.5", "1,5", "-7", "99999999999999999999", ";;", "\"", "1e400"};
        cells[column] = values[random.nextInt(values.length)];
        lines.set(row, String.join(String.valueOf(separator), cells));
        if (random.nextBoolean()) {
            lines.add(String.valueOf(separator).repeat(cells.length - 1));
        }
        Files.writeString(file, String.join("\n", lines) + "\n");
    }

    /** A place in the tree: an object's field or an array's element. */
    private record Slot(String path, ObjectNode parentObject, String key, ArrayNode parentArray, int index) {
        JsonNode value() {
            return parentObject != null ? parentObject.get(key) : parentArray.get(index);
        }

        void set(JsonNode value) {
            if (parentObject != null) {
                parentObject.set(key, value);
            } else {
                parentArray.set(index, value);
            }
        }

        void remove() {
            if (parentObject != null) {
                parentObject.remove(key);
            } else {
                parentArray.remove(index);
            }
        }
    }

    private static void collect(JsonNode node, String path, List<Slot> slots) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                slots.add(new Slot(child, (ObjectNode) node, field.getKey(), null, -1));
                collect(field.getValue(), child, slots);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String child = path + "[" + i + "]";
                slots.add(new Slot(child, null, null, (ArrayNode) node, i));
                collect(node.get(i), child, slots);
            }
        }
    }
}
