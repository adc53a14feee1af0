package nl.solidarity.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.solidarity.domain.ContinuityCost;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Finance;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.NormOverride;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Task;

/**
 * The CSV folder form of an instance: {@code instance.json} with the top-level fields (among them
 * the priority tiers and the targets, which do not fit a table of rows), plus
 * {@code regions.csv}, {@code corporations.csv} and {@code tasks.csv}. Reading turns the rows into
 * the same JSON tree a JSON file gives, remembering where each value came from, so one validator
 * checks both forms and its messages can name {@code tasks.csv:LINE:COLUMN}.
 */
public final class CsvInstance {
    static final String TOP_FILE = "instance.json";
    static final String[] LISTS = {"regions", "corporations", "tasks"};

    static final List<String> REGION_COLUMNS = List.of("id", "name", "province");
    static final List<String> CORPORATION_COLUMNS = List.of("id", "name", "regions", "homes", "wozValue",
            "finance.policyValue", "finance.debt", "finance.operatingCashFlow", "finance.interestRate",
            "finance.continuityCost", "headroom", "operatingCashFlow", "norms.icrMin", "norms.ltvMax",
            "norms.temporaryIcrMin", "norms.temporaryLtvMax", "norms.mode");
    static final List<String> TASK_COLUMNS = List.of("id", "type", "region", "owner", "units", "year", "unitCost",
            "unitValue", "unitCashFlow", "npa");

    /** How a cell is typed so the tree looks like the JSON form; columns not listed are text. */
    private enum Kind { TEXT, NUMBER, BOOLEAN, TEXT_LIST, NUMBER_OR_LIST }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("regions", Kind.TEXT_LIST),
            Map.entry("homes", Kind.NUMBER), Map.entry("wozValue", Kind.NUMBER),
            Map.entry("finance.policyValue", Kind.NUMBER), Map.entry("finance.debt", Kind.NUMBER),
            Map.entry("finance.operatingCashFlow", Kind.NUMBER), Map.entry("finance.interestRate", Kind.NUMBER),
            Map.entry("finance.continuityCost", Kind.NUMBER_OR_LIST),
            Map.entry("headroom", Kind.NUMBER), Map.entry("operatingCashFlow", Kind.NUMBER),
            Map.entry("norms.icrMin", Kind.NUMBER), Map.entry("norms.ltvMax", Kind.NUMBER),
            Map.entry("norms.temporaryIcrMin", Kind.NUMBER), Map.entry("norms.temporaryLtvMax", Kind.NUMBER),
            Map.entry("units", Kind.NUMBER), Map.entry("year", Kind.NUMBER), Map.entry("unitCost", Kind.NUMBER),
            Map.entry("unitValue", Kind.NUMBER), Map.entry("unitCashFlow", Kind.NUMBER),
            Map.entry("npa", Kind.BOOLEAN));

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    // Quote a cell only when it needs it, so the files stay readable in a text editor.
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private CsvInstance() {
    }

    /** The files of the folder form, in the order they are written. */
    public static final List<String> FILES = List.of(TOP_FILE, "regions.csv", "corporations.csv", "tasks.csv");

    /**
     * Writes the folder form of {@code instance} as {@code dir}, the whole set at once
     * ({@link AtomicFiles#writeFolder}): a reused folder never mixes two instances.
     */
    public static void write(Instance instance, Path dir) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(TOP_FILE, utf8(InstanceJson.writeTopLevel(instance)));
        files.put("regions.csv", utf8(csv(REGION_COLUMNS, instance.regions().stream().map(CsvInstance::row).toList())));
        files.put("corporations.csv", utf8(csv(CORPORATION_COLUMNS, instance.corporations().stream().map(CsvInstance::row).toList())));
        files.put("tasks.csv", utf8(csv(TASK_COLUMNS, instance.tasks().stream().map(CsvInstance::row).toList())));
        AtomicFiles.writeFolder(dir, files);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String[] row(Region region) {
        return new String[] {region.id(), region.name(), region.province()};
    }

    private static String[] row(Corporation c) {
        Finance f = c.finance();
        NormOverride n = c.norms();
        return new String[] {
            c.id(), c.name(), String.join(";", c.regions()), text(c.homes()), text(c.wozValue()),
            f == null ? "" : text(f.policyValue()), f == null ? "" : text(f.debt()),
            f == null ? "" : text(f.operatingCashFlow()), f == null ? "" : text(f.interestRate()),
            f == null ? "" : text(f.continuityCost()),
            text(c.headroom()), text(c.operatingCashFlow()),
            n == null ? "" : text(n.icrMin()), n == null ? "" : text(n.ltvMax()),
            n == null ? "" : text(n.temporaryIcrMin()), n == null ? "" : text(n.temporaryLtvMax()),
            n == null || n.mode() == null ? "" : n.mode().json()
        };
    }

    private static String[] row(Task t) {
        return new String[] {
            t.id(), t.type().name(), t.region(), t.owner() == null ? "" : t.owner(), text(t.units()), text(t.year()),
            text(t.unitCost()), text(t.unitValue()), text(t.unitCashFlow()), Boolean.toString(t.npa())
        };
    }

    private static String text(ContinuityCost cost) {
        if (cost.nominalAmounts() == null) {
            return text(cost.baseAmount());
        }
        String joined = cost.nominalAmounts().stream().map(CsvInstance::text).collect(Collectors.joining(";"));
        // A trailing ';' keeps a one-year array an array when it is read back.
        return cost.nominalAmounts().size() == 1 ? joined + ";" : joined;
    }

    private static String text(Number value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return Json.plain(d);
        }
        return value.toString();
    }

    private static String csv(List<String> header, List<String[]> rows) throws IOException {
        StringWriter out = new StringWriter();
        try (SequenceWriter writer = CSV.writer(CsvSchema.emptySchema()).writeValues(out)) {
            writer.write(header.toArray(String[]::new));
            for (String[] row : rows) {
                writer.write(row);
            }
        }
        return out.toString();
    }

    // ---- reading

    /**
     * The folder as a JSON tree, with problems in the CSV structure itself (a row longer than the
     * header, a repeated column) and the origin of each value.
     */
    record Tree(ObjectNode root, Map<String, String> locations, List<String> problems) {

        /**
         * A validator problem as a line naming the file, line and column the value came from; null
         * for a list whose file is missing, which {@link #problems} already reports.
         */
        String locate(Problem problem) {
            if (!locations.containsKey(problem.path()) && Set.of(LISTS).contains(problem.path())) {
                return null;
            }
            String located = problem.path();
            while (located != null && !locations.containsKey(located)) {
                located = JsonPaths.parent(located);
            }
            if (located == null) {
                return TOP_FILE + ": " + problem.line();
            }
            String row = rowPath(problem.path());
            String field = row == null ? problem.path()
                    : problem.path().length() > row.length() ? problem.path().substring(row.length() + 1) : "";
            if (row == null && isList(problem.path())) {
                field = "";
            }
            return locations.get(located) + ": " + (field.isEmpty() ? "" : field + ": ") + problem.message();
        }

        private static String rowPath(String path) {
            int close = path.indexOf(']');
            return isList(path) && close > 0 ? path.substring(0, close + 1) : null;
        }

        private static boolean isList(String path) {
            for (String list : LISTS) {
                if (path.equals(list) || path.startsWith(list + "[")) {
                    return true;
                }
            }
            return false;
        }
    }

    static Tree readTree(Path dir) throws InvalidInputException, IOException {
        List<String> problems = new ArrayList<>();
        Map<String, String> locations = new HashMap<>();
        Path topFile = dir.resolve(TOP_FILE);
        ObjectNode root = NODES.objectNode();
        if (!Files.isRegularFile(topFile)) {
            problems.add(TOP_FILE + ": missing from the folder " + dir + " (it holds the top-level fields)");
        } else {
            JsonNode top = InstanceReader.readJson(topFile, TOP_FILE);
            if (!top.isObject()) {
                throw new InvalidInputException(TOP_FILE + ": must be a JSON object with the top-level fields");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = top.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (Set.of(LISTS).contains(field.getKey())) {
                    problems.add(TOP_FILE + ": " + field.getKey() + ": belongs in " + field.getKey()
                            + ".csv, not in " + TOP_FILE);
                } else {
                    root.set(field.getKey(), field.getValue());
                }
            }
        }
        for (String list : LISTS) {
            String fileName = list + ".csv";
            Path file = dir.resolve(fileName);
            if (!Files.isRegularFile(file)) {
                problems.add(fileName + ": missing from the folder " + dir);
                continue;
            }
            locations.put(list, fileName);
            root.set(list, rows(file, fileName, list, locations, problems));
        }
        if (!problems.isEmpty() && root.size() == 0) {
            throw new InvalidInputException(problems);
        }
        return new Tree(root, locations, problems);
    }

    private static ArrayNode rows(Path file, String fileName, String list, Map<String, String> locations,
            List<String> problems) throws InvalidInputException, IOException {
        InstanceReader.checkSize(file, fileName);
        List<CsvRow> rows = parse(file, fileName);
        ArrayNode array = NODES.arrayNode();
        if (rows.isEmpty()) {
            problems.add(fileName + ": empty; the first line must name the columns");
            return array;
        }
        List<String> header = rows.get(0).cells();
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
        }
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < header.size(); c++) {
            String column = header.get(c).strip();
            header.set(c, column);
            if (column.isEmpty()) {
                problems.add(fileName + ":1:" + (c + 1) + ": the column has no name");
            } else if (!seen.add(column)) {
                problems.add(fileName + ":1:" + (c + 1) + ": column '" + column + "' appears twice");
            }
        }
        for (int r = 1; r < rows.size(); r++) {
            CsvRow row = rows.get(r);
            String rowPath = JsonPaths.element(list, r - 1);
            locations.put(rowPath, fileName + ":" + row.line());
            if (row.cells().size() > header.size()) {
                problems.add(fileName + ":" + row.line() + ": has " + row.cells().size()
                        + " cells but the header names " + header.size() + " columns");
            }
            ObjectNode element = NODES.objectNode();
            for (int c = 0; c < Math.min(header.size(), row.cells().size()); c++) {
                String column = header.get(c);
                String cell = row.cells().get(c);
                if (column.isEmpty() || cell.isBlank()) {
                    continue;
                }
                put(element, column, typed(KINDS.getOrDefault(column, Kind.TEXT), cell));
                locations.put(JsonPaths.field(rowPath, column), fileName + ":" + row.line() + ":" + (c + 1));
            }
            array.add(element);
        }
        return array;
    }

    /** Puts {@code finance.debt} as {@code {"finance": {"debt": ...}}}. */
    private static void put(ObjectNode element, String column, JsonNode value) {
        String[] parts = column.split("\\.", -1);
        ObjectNode target = element;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = target.get(parts[i]);
            if (!(child instanceof ObjectNode)) {
                child = target.putObject(parts[i]);
            }
            target = (ObjectNode) child;
        }
        target.set(parts[parts.length - 1], value);
    }

    /** A cell as the JSON value it stands for; a cell that does not parse stays text, for the validator to name. */
    private static JsonNode typed(Kind kind, String cell) {
        String trimmed = cell.strip();
        return switch (kind) {
            case TEXT -> NODES.textNode(cell);
            case NUMBER -> number(trimmed);
            case BOOLEAN -> trimmed.equalsIgnoreCase("true") ? NODES.booleanNode(true)
                    : trimmed.equalsIgnoreCase("false") ? NODES.booleanNode(false) : NODES.textNode(cell);
            case TEXT_LIST -> {
                ArrayNode items = NODES.arrayNode();
                split(trimmed).forEach(items::add);
                yield items;
            }
            case NUMBER_OR_LIST -> {
                if (!trimmed.contains(";")) {
                    yield number(trimmed);
                }
                ArrayNode items = NODES.arrayNode();
                split(trimmed).forEach(item -> items.add(number(item)));
                yield items;
            }
        };
    }

    private static List<String> split(String cell) {
        List<String> items = new ArrayList<>();
        for (String item : cell.split(";", -1)) {
            items.add(item.strip());
        }
        // "5;" is a one-element list: the trailing separator only marks it as a list.
        if (items.size() > 1 && items.get(items.size() - 1).isEmpty()) {
            items.remove(items.size() - 1);
        }
        return items;
    }

    private static JsonNode number(String text) {
        if (INTEGER.matcher(text).matches()) {
            return NODES.numberNode(Long.parseLong(text));
        }
        if (NUMBER.matcher(text).matches()) {
            return NODES.numberNode(Double.parseDouble(text));
        }
        return NODES.textNode(text);
    }

    private record CsvRow(int line, List<String> cells) {
    }

    private static List<CsvRow> parse(Path file, String fileName) throws InvalidInputException, IOException {
        List<CsvRow> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CsvParser parser = (CsvParser) CSV.getFactory().createParser(reader)) {
            parser.setSchema(CsvSchema.emptySchema());
            parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            int line = 0;
            List<String> cells = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    cells = new ArrayList<>();
                } else if (token == JsonToken.VALUE_STRING && cells != null) {
                    // The row's start token still carries the previous line; its first cell has its own.
                    if (cells.isEmpty()) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    cells.add(parser.getText());
                } else if (token == JsonToken.END_ARRAY && cells != null) {
                    rows.add(new CsvRow(line, cells));
                    cells = null;
                }
            }
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(fileName + ": not valid CSV (" + e.getOriginalMessage() + ")");
        } catch (CharConversionException | java.nio.charset.MalformedInputException e) {
            throw new InvalidInputException(fileName + ": not valid UTF-8 text");
        }
        return rows;
    }
}
