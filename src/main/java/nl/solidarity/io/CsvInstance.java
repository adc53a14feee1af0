package nl.solidarity.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
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

    /** A number in the RFC 4180 dialect, and with a decimal comma in the excel-nl dialect. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern COMMA_NUMBER = Pattern.compile("[+-]?(\\d+,?\\d*|,\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    // Quote a cell only when it needs it, so the files stay readable in a text editor. Blank lines
    // are skipped by the parser; rows of empty cells (a spreadsheet's filler) by rows() below.
    static final CsvMapper CSV = CsvMapper.builder(CsvFactory.builder()
                    .streamReadConstraints(InstanceReader.CONSTRAINTS).build())
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    /** The columns a file must have: without them every row would miss a required field. */
    private static final Map<String, List<String>> REQUIRED_COLUMNS = Map.of(
            "regions", List.of("id", "province"),
            "corporations", List.of("id", "regions"),
            "tasks", List.of("id", "type", "region", "units", "year", "unitCost"));
    private static final List<String> FINANCE_COLUMNS = List.of("finance.policyValue", "finance.debt",
            "finance.operatingCashFlow", "finance.interestRate", "finance.continuityCost");

    private CsvInstance() {
    }

    /** The files of the folder form, in the order they are written. */
    public static final List<String> FILES = List.of(TOP_FILE, "regions.csv", "corporations.csv", "tasks.csv");

    /** Writes the folder form of {@code instance} as {@code dir} in the RFC 4180 dialect. */
    public static void write(Instance instance, Path dir) throws IOException {
        write(instance, dir, CsvDialect.RFC4180);
    }

    /**
     * Writes the folder form of {@code instance} as {@code dir}, the whole set at once
     * ({@link AtomicFiles#writeFolder}), so a reused folder never mixes two instances; the CSV files
     * in {@code dialect}, {@code instance.json} in JSON whatever the dialect.
     */
    public static void write(Instance instance, Path dir, CsvDialect dialect) throws IOException {
        Cells cells = new Cells(dialect);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(TOP_FILE, utf8(InstanceJson.writeTopLevel(instance)));
        files.put("regions.csv", utf8(dialect.table(REGION_COLUMNS, instance.regions().stream().map(cells::row).toList())));
        files.put("corporations.csv", utf8(dialect.table(CORPORATION_COLUMNS,
                instance.corporations().stream().map(cells::row).toList())));
        files.put("tasks.csv", utf8(dialect.table(TASK_COLUMNS, instance.tasks().stream().map(cells::row).toList())));
        AtomicFiles.writeFolder(dir, files);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The cells of each row, numbers written in the dialect. */
    private record Cells(CsvDialect dialect) {
        String[] row(Region region) {
            return new String[] {region.id(), region.name(), region.province()};
        }

        String[] row(Corporation c) {
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

        String[] row(Task t) {
            return new String[] {
                t.id(), t.type().name(), t.region(), t.owner() == null ? "" : t.owner(), text(t.units()),
                text(t.year()), text(t.unitCost()), text(t.unitValue()), text(t.unitCashFlow()),
                Boolean.toString(t.npa())
            };
        }

        private String text(ContinuityCost cost) {
            if (cost.nominalAmounts() == null) {
                return text(cost.baseAmount());
            }
            String joined = cost.nominalAmounts().stream().map(this::text).collect(Collectors.joining(";"));
            // A trailing ';' keeps a one-year array an array when it is read back.
            return cost.nominalAmounts().size() == 1 ? joined + ";" : joined;
        }

        private String text(Number value) {
            if (value == null) {
                return "";
            }
            if (value instanceof Double d) {
                return dialect.number(d);
            }
            return dialect.number(value.longValue());
        }
    }

    // ---- reading

    /**
     * The folder as a JSON tree, with problems in the CSV structure itself (a row longer than the
     * header, a repeated, unknown or missing column, a number in the wrong dialect), the origin of
     * each value, and the paths whose problems those already report ({@code silenced}: every row's
     * field of a missing column, a cell whose number was refused), so each problem is one line.
     */
    record Tree(ObjectNode root, Map<String, String> locations, List<String> problems, Set<String> silenced) {

        /**
         * A validator problem as a line naming the file, line and column the value came from; null
         * for a list whose file is missing, or a problem already reported by the CSV structure.
         */
        String locate(Problem problem) {
            if (!locations.containsKey(problem.path()) && Set.of(LISTS).contains(problem.path())) {
                return null;
            }
            for (String path = problem.path(); path != null; path = JsonPaths.parent(path)) {
                if (silenced.contains(path)) {
                    return null;
                }
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
        Set<String> silenced = new HashSet<>();
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
            root.set(list, new FileReading(fileName, list, locations, problems, silenced).rows(file));
        }
        if (!problems.isEmpty() && root.size() == 0) {
            throw new InvalidInputException(problems);
        }
        return new Tree(root, locations, problems, silenced);
    }

    /** One CSV file of the folder turned into the array of its list. */
    private record FileReading(String fileName, String list, Map<String, String> locations, List<String> problems,
            Set<String> silenced) {

        ArrayNode rows(Path file) throws InvalidInputException, IOException {
            InstanceReader.checkSize(file, fileName);
            Parsed parsed = parse(file, fileName);
            List<CsvRow> rows = parsed.rows();
            ArrayNode array = NODES.arrayNode();
            if (rows.isEmpty()) {
                problems.add(fileName + ": empty; the first line must name the columns");
                return array;
            }
            List<CsvRow> data = rows.subList(1, rows.size());
            List<String> header = columns(rows.get(0), data);
            List<Integer> tooLong = new ArrayList<>();
            for (int r = 0; r < data.size(); r++) {
                CsvRow row = data.get(r);
                String rowPath = JsonPaths.element(list, r);
                locations.put(rowPath, fileName + ":" + row.line());
                int lastValue = row.cells().size();
                while (lastValue > 0 && row.cells().get(lastValue - 1).isBlank()) {
                    lastValue--;
                }
                if (lastValue > header.size()) {
                    tooLong.add(row.line());
                }
                ObjectNode element = NODES.objectNode();
                for (int c = 0; c < Math.min(header.size(), row.cells().size()); c++) {
                    String column = header.get(c);
                    String cell = row.cells().get(c);
                    if (column == null || cell.isBlank()) {
                        continue;
                    }
                    String where = fileName + ":" + row.line() + ":" + (c + 1);
                    String path = JsonPaths.field(rowPath, column);
                    JsonNode value = typed(KINDS.getOrDefault(column, Kind.TEXT), cell, parsed.dialect());
                    if (value == null) {
                        problems.add(where + ": " + column + ": '" + shown(cell) + "' has a '.', but in a ';'-separated"
                                + " file the decimal separator is ',' (and numbers have no thousands separator)");
                        silenced.add(path);
                        continue;
                    }
                    put(element, column, value);
                    locations.put(path, where);
                }
                array.add(element);
            }
            if (!tooLong.isEmpty()) {
                // One line for the file: a row with more values than the header is usually every row.
                String shownLines = tooLong.stream().limit(5).map(String::valueOf).collect(Collectors.joining(", "))
                        + (tooLong.size() > 5 ? ", …" : "");
                problems.add(fileName + ": " + (tooLong.size() == 1 ? "line " : tooLong.size() + " lines (")
                        + shownLines + (tooLong.size() == 1 ? " has" : ") have") + " values beyond the "
                        + header.size() + " columns the header names; is a column name missing from line "
                        + rows.get(0).line() + "?");
            }
            return array;
        }

        /**
         * The header's column names, each checked once: unknown, repeated, unnamed with values
         * under it, or missing while required. A column that cannot be used is null, so its cells
         * are left out and each problem is told once, not once per row.
         */
        private List<String> columns(CsvRow headerRow, List<CsvRow> data) {
            List<String> known = switch (list) {
                case "regions" -> REGION_COLUMNS;
                case "corporations" -> CORPORATION_COLUMNS;
                default -> TASK_COLUMNS;
            };
            List<String> header = new ArrayList<>();
            Set<String> present = new HashSet<>();
            Set<String> suggested = new HashSet<>();
            List<String> lines = new ArrayList<>();
            for (int c = 0; c < headerRow.cells().size(); c++) {
                String column = headerRow.cells().get(c).strip();
                String at = fileName + ":" + headerRow.line() + ":" + (c + 1) + ": ";
                if (column.isEmpty()) {
                    final int index = c;
                    data.stream().filter(row -> index < row.cells().size() && !row.cells().get(index).isBlank())
                            .findFirst().ifPresent(row -> lines.add(at + "the column has no name, but line "
                                    + row.line() + " has a value in it"));
                    header.add(null);
                } else if (!known.contains(column)) {
                    String close = Suggestions.closest(column, known);
                    if (close != null && !headerRow.cells().stream().map(String::strip).toList().contains(close)) {
                        suggested.add(close);
                    }
                    lines.add(at + "unknown column '" + shown(column) + "'" + (close != null ? Suggestions.didYouMean(close)
                            : "; the columns are " + String.join(",", known)));
                    header.add(null);
                } else if (!present.add(column)) {
                    lines.add(at + "column '" + column + "' appears twice");
                    header.add(null);
                } else {
                    header.add(column);
                }
            }
            List<String> required = new ArrayList<>(REQUIRED_COLUMNS.get(list));
            if (list.equals("corporations")) {
                if (FINANCE_COLUMNS.stream().anyMatch(present::contains)) {
                    required.addAll(FINANCE_COLUMNS);
                } else if (!present.contains("headroom")) {
                    lines.add(fileName + ":" + headerRow.line() + ": has neither a 'headroom' column nor the"
                            + " 'finance.…' columns; every corporation needs one of them");
                    for (int r = 0; r < data.size(); r++) {
                        silenced.add(JsonPaths.element(list, r));
                    }
                }
            }
            for (String column : required) {
                if (present.contains(column)) {
                    continue;
                }
                if (!suggested.contains(column)) {
                    lines.add(fileName + ":" + headerRow.line() + ": missing column '" + column + "'; every row needs it");
                }
                for (int r = 0; r < data.size(); r++) {
                    silenced.add(JsonPaths.field(JsonPaths.element(list, r), column));
                }
            }
            problems.addAll(lines);
            return header;
        }
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

    /**
     * A cell as the JSON value it stands for; a cell that does not parse stays text, for the
     * validator to name. Null for a number with a '.' in the {@code ;} dialect, where it could be
     * a thousands separator (1.500 for 1500) as much as a decimal point.
     */
    private static JsonNode typed(Kind kind, String cell, CsvDialect dialect) {
        String trimmed = cell.strip();
        return switch (kind) {
            case TEXT -> NODES.textNode(cell);
            case NUMBER -> number(trimmed, dialect);
            case BOOLEAN -> bool(trimmed, cell);
            case TEXT_LIST -> {
                ArrayNode items = NODES.arrayNode();
                split(trimmed).forEach(items::add);
                yield items;
            }
            case NUMBER_OR_LIST -> {
                if (!trimmed.contains(";")) {
                    yield number(trimmed, dialect);
                }
                ArrayNode items = NODES.arrayNode();
                for (String item : split(trimmed)) {
                    JsonNode value = number(item, dialect);
                    if (value == null) {
                        yield null;
                    }
                    items.add(value);
                }
                yield items;
            }
        };
    }

    /** true/false; also Dutch Excel's WAAR/ONWAAR, which it writes for a cell it took as a truth value. */
    private static JsonNode bool(String trimmed, String cell) {
        if (trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("waar")) {
            return NODES.booleanNode(true);
        }
        if (trimmed.equalsIgnoreCase("false") || trimmed.equalsIgnoreCase("onwaar")) {
            return NODES.booleanNode(false);
        }
        return NODES.textNode(cell);
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

    private static JsonNode number(String text, CsvDialect dialect) {
        if (INTEGER.matcher(text).matches()) {
            return NODES.numberNode(Long.parseLong(text));
        }
        if (dialect == CsvDialect.EXCEL_NL) {
            if (COMMA_NUMBER.matcher(text).matches()) {
                return NODES.numberNode(Double.parseDouble(text.replace(',', '.')));
            }
            if (NUMBER.matcher(text).matches() || text.matches("[+-]?[0-9.,]+")) {
                return null;
            }
        } else if (NUMBER.matcher(text).matches()) {
            return NODES.numberNode(Double.parseDouble(text));
        }
        return NODES.textNode(text);
    }

    /** A cell as shown in a message: at most 40 characters. */
    private static String shown(String cell) {
        return cell.length() > 40 ? cell.substring(0, 37) + "..." : cell;
    }

    private record CsvRow(int line, List<String> cells) {
    }

    private record Parsed(CsvDialect dialect, List<CsvRow> rows) {
    }

    /**
     * The rows of a file, without blank lines and rows of empty cells (a spreadsheet's filler),
     * in the dialect its header line shows. A leading byte-order mark is dropped.
     */
    private static Parsed parse(Path file, String fileName) throws InvalidInputException, IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidInputException(fileName + ": not valid UTF-8 text (in Excel, save as 'CSV UTF-8')");
        }
        if (text.startsWith(CsvDialect.BOM)) {
            text = text.substring(1);
        }
        String firstLine = text.strip().lines().findFirst().orElse("");
        CsvDialect dialect = CsvDialect.ofHeader(firstLine);
        List<CsvRow> rows = new ArrayList<>();
        try (CsvParser parser = (CsvParser) CSV.reader().with(dialect.schema()).createParser(new StringReader(text))) {
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
                    if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                        rows.add(new CsvRow(line, cells));
                    }
                    cells = null;
                }
            }
        } catch (StreamConstraintsException e) {
            throw new InvalidInputException(fileName + ": " + InstanceReader.tooLong(e));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(fileName + ": not valid CSV (" + e.getOriginalMessage() + ")");
        }
        return new Parsed(dialect, rows);
    }
}
