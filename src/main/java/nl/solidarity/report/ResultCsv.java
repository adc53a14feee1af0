package nl.solidarity.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.Rounding;
import nl.solidarity.domain.TaskType;
import nl.solidarity.io.AtomicFiles;
import nl.solidarity.io.CsvDialect;
import nl.solidarity.result.Result;

/**
 * The result as CSV tables for spreadsheet users, one file per list of the result, with the
 * instance's names beside the ids: assignments, contributions (into the funds) and support (out of
 * them), each with its yearly instalment, unmet, corporations (with net = gives − receives and
 * left = headroom − used), yearly (with the instance's target where it has one), explanations (one
 * line per unrealised or moved task, its reason and sentence), and when the result has a levy block
 * the levy's tables ({@link LevyReport#csvTables}). Numbers in plain decimals, as the result states
 * them, in the chosen dialect; each column of an amount names its unit ({@code amount_eur},
 * {@code homes}), since a spreadsheet shows the header and not the documentation.
 */
public final class ResultCsv {
    private ResultCsv() {
    }

    /** The files {@link #write} puts in its folder. */
    public static final List<String> FILES = List.of("assignments.csv", "contributions.csv", "support.csv", "unmet.csv",
            "corporations.csv", "yearly.csv", "explanations.csv", "levy.csv", "levy-schedule.csv", "levy-supported.csv",
            "levy-summary.csv");

    /** Writes the tables as the folder {@code dir}, the whole set at once ({@link AtomicFiles#writeFolder}). */
    public static void write(Instance instance, Result result, Path dir, CsvDialect dialect) throws IOException {
        Map<String, Corporation> byId = instance.corporationsById();
        Map<String, Region> regions = instance.regionsById();
        Function<String, String> corporationName = id -> byId.containsKey(id) ? byId.get(id).name() : "";
        Function<String, String> regionName = id -> regions.containsKey(id) ? regions.get(id).name() : "";
        List<Map<String, Object>> assignments = new ArrayList<>();
        result.assignments().forEach(a -> assignments.add(row("task", a.task(), "corporation", a.corporation(),
                "corporationName", corporationName.apply(a.corporation()), "homes", a.units())));
        // Money into and out of the funds is paid in P equal yearly instalments over the agreement
        // period; agreements are written per year, so each line also states its instalment and years.
        int p = instance.agreementYears();
        int first = instance.calendarYear(1);
        int last = instance.calendarYear(p);
        List<Map<String, Object>> contributions = new ArrayList<>();
        result.contributions().forEach(c -> contributions.add(row("corporation", c.corporation(),
                "corporationName", corporationName.apply(c.corporation()), "region", c.region(), "regionName", regionName.apply(c.region()),
                "amount_eur", c.amount(), "level", c.level(), "perYear_eur", Rounding.cents(c.amount() / p),
                "firstYear", first, "lastYear", last)));
        List<Map<String, Object>> support = new ArrayList<>();
        result.support().forEach(s -> support.add(row("region", s.region(), "regionName", regionName.apply(s.region()),
                "corporation", s.corporation(), "corporationName", corporationName.apply(s.corporation()),
                "amount_eur", s.amount(), "perYear_eur", Rounding.cents(s.amount() / p), "firstYear", first, "lastYear", last)));
        List<Map<String, Object>> unmet = new ArrayList<>();
        result.unmet().forEach(u -> unmet.add(row("task", u.task(), "homes", u.units(), "supportNeed_eur", u.supportNeed(),
                "npa", u.npa())));
        List<Map<String, Object>> corporations = new ArrayList<>();
        result.corporations().forEach(c -> corporations.add(row("id", c.id(), "name", corporationName.apply(c.id()),
                "headroom_eur", c.headroom(), "used_eur", c.used(), "gives_eur", c.gives(), "receives_eur", c.receives(),
                "net_eur", Rounding.cents(c.gives() - c.receives()),
                "left_eur", c.headroom() == null ? null : Rounding.cents(c.headroom() - c.used()),
                "bindingNorm", c.bindingNorm(), "bindingYear", c.bindingYear(),
                "baselineBreaches_eur", c.baselineBreaches().stream()
                        .map(b -> b.norm() + " " + b.year() + " " + dialect.number(b.slack()))
                        .collect(Collectors.joining("; ")))));
        List<Map<String, Object>> yearly = new ArrayList<>();
        result.yearly().forEach(y -> yearly.add(row("year", y.year(), "type", y.type(), "planned_homes", y.planned(),
                "realised_homes", y.realised(), "target_homes", instance.targets().of(TaskType.valueOf(y.type()), y.year()))));
        List<Map<String, Object>> explanations = new ArrayList<>();
        if (result.explanations() != null) {
            result.explanations().tasks().forEach(e -> explanations.add(row("task", e.task(), "kind", e.kind(),
                    "corporation", e.corporation(), "homes", e.units(), "reason", e.reason(), "subject", e.subject(),
                    "sentence", e.sentence())));
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("assignments.csv", utf8(csv(dialect, assignments, "task", "corporation", "corporationName", "homes")));
        files.put("contributions.csv", utf8(csv(dialect, contributions, "corporation", "corporationName", "region", "regionName",
                "amount_eur", "level", "perYear_eur", "firstYear", "lastYear")));
        files.put("support.csv", utf8(csv(dialect, support, "region", "regionName", "corporation", "corporationName",
                "amount_eur", "perYear_eur", "firstYear", "lastYear")));
        files.put("unmet.csv", utf8(csv(dialect, unmet, "task", "homes", "supportNeed_eur", "npa")));
        files.put("corporations.csv", utf8(csv(dialect, corporations, "id", "name", "headroom_eur", "used_eur",
                "gives_eur", "receives_eur", "net_eur", "left_eur", "bindingNorm", "bindingYear", "baselineBreaches_eur")));
        files.put("yearly.csv", utf8(csv(dialect, yearly, "year", "type", "planned_homes", "realised_homes",
                "target_homes")));
        files.put("explanations.csv", utf8(csv(dialect, explanations, "task", "kind", "corporation", "homes", "reason",
                "subject", "sentence")));
        for (Map.Entry<String, String> table : LevyReport.csvTables(instance, result, dialect).entrySet()) {
            files.put(table.getKey(), utf8(table.getValue()));
        }
        AtomicFiles.writeFolder(dir, files);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Rows as CSV in {@code dialect} with the given header, also when there are no rows: a
     * fraction as a plain decimal in the dialect, a null as an empty cell.
     */
    public static String csv(CsvDialect dialect, List<Map<String, Object>> rows, String... columns) {
        List<String[]> cells = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            String[] line = new String[columns.length];
            for (int i = 0; i < columns.length; i++) {
                Object value = row.get(columns[i]);
                line[i] = value == null ? ""
                        : value instanceof Double || value instanceof Float ? dialect.number(((Number) value).doubleValue())
                        : value.toString();
            }
            cells.add(line);
        }
        return dialect.table(List.of(columns), cells);
    }

    /** A row from alternating column names and values; a value may be null (an empty cell). */
    public static Map<String, Object> row(Object... keyValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            row.put((String) keyValues[i], keyValues[i + 1]);
        }
        return row;
    }
}
