package nl.solidarity.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.Rounding;
import nl.solidarity.domain.TaskType;
import nl.solidarity.io.AtomicFiles;
import nl.solidarity.io.Json;
import nl.solidarity.result.Result;

/**
 * The result as CSV tables for spreadsheet users, one file per list of the result, with the
 * instance's names beside the ids: assignments,
 * contributions (into the funds), support (out of them), unmet, corporations (with net = gives −
 * receives and left = headroom − used), yearly (with the instance's target where it has one), and
 * explanations (one line per unrealised or moved task, its reason and sentence). Numbers in plain
 * decimals, as the result states them.
 */
public final class ResultCsv {
    private static final CsvMapper MAPPER = new CsvMapper();

    private ResultCsv() {
    }

    public static void write(Instance instance, Result result, Path dir) throws IOException {
        List<Map<String, Object>> assignments = new ArrayList<>();
        Map<String, Corporation> byId = instance.corporationsById();
        Map<String, nl.solidarity.domain.Region> regions = instance.regionsById();
        java.util.function.Function<String, String> corporationName = id -> byId.containsKey(id) ? byId.get(id).name() : "";
        java.util.function.Function<String, String> regionName = id -> regions.containsKey(id) ? regions.get(id).name() : "";
        result.assignments().forEach(a -> assignments.add(row("task", a.task(), "corporation", a.corporation(),
                "corporationName", corporationName.apply(a.corporation()), "units", Json.plain(a.units()))));
        List<Map<String, Object>> contributions = new ArrayList<>();
        result.contributions().forEach(c -> contributions.add(row("corporation", c.corporation(),
                "corporationName", corporationName.apply(c.corporation()), "region", c.region(), "regionName", regionName.apply(c.region()),
                "amount", Json.plain(c.amount()), "level", c.level())));
        List<Map<String, Object>> support = new ArrayList<>();
        result.support().forEach(s -> support.add(row("region", s.region(), "regionName", regionName.apply(s.region()),
                "corporation", s.corporation(), "corporationName", corporationName.apply(s.corporation()), "amount", Json.plain(s.amount()))));
        List<Map<String, Object>> unmet = new ArrayList<>();
        result.unmet().forEach(u -> unmet.add(row("task", u.task(), "units", Json.plain(u.units()), "supportNeed", Json.plain(u.supportNeed()), "npa", u.npa())));
        List<Map<String, Object>> corporations = new ArrayList<>();
        result.corporations().forEach(c -> corporations.add(row("id", c.id(),
                "name", byId.containsKey(c.id()) ? byId.get(c.id()).name() : "",
                "headroom", c.headroom() == null ? "" : Json.plain(c.headroom()), "used", Json.plain(c.used()),
                "gives", Json.plain(c.gives()), "receives", Json.plain(c.receives()),
                "net", Json.plain(Rounding.cents(c.gives() - c.receives())),
                "left", c.headroom() == null ? "" : Json.plain(Rounding.cents(c.headroom() - c.used())),
                "bindingNorm", c.bindingNorm() == null ? "" : c.bindingNorm(), "bindingYear", c.bindingYear() == null ? "" : c.bindingYear(),
                "baselineBreaches", c.baselineBreaches().stream().map(b -> b.norm() + " " + b.year() + " " + Json.plain(b.slack())).collect(Collectors.joining("; ")))));
        List<Map<String, Object>> yearly = new ArrayList<>();
        result.yearly().forEach(y -> {
            Double target = instance.targets().of(TaskType.valueOf(y.type()), y.year());
            yearly.add(row("year", y.year(), "type", y.type(), "planned", Json.plain(y.planned()), "realised", Json.plain(y.realised()),
                    "target", target == null ? "" : Json.plain(target)));
        });
        AtomicFiles.write(dir.resolve("assignments.csv"), csv(assignments, "task", "corporation", "corporationName", "units"));
        AtomicFiles.write(dir.resolve("contributions.csv"), csv(contributions, "corporation", "corporationName", "region", "regionName", "amount", "level"));
        AtomicFiles.write(dir.resolve("support.csv"), csv(support, "region", "regionName", "corporation", "corporationName", "amount"));
        AtomicFiles.write(dir.resolve("unmet.csv"), csv(unmet, "task", "units", "supportNeed", "npa"));
        AtomicFiles.write(dir.resolve("corporations.csv"), csv(corporations, "id", "name", "headroom", "used", "gives", "receives",
                "net", "left", "bindingNorm", "bindingYear", "baselineBreaches"));
        List<Map<String, Object>> explanations = new ArrayList<>();
        if (result.explanations() != null) {
            result.explanations().tasks().forEach(e -> explanations.add(row("task", e.task(), "kind", e.kind(),
                    "corporation", e.corporation() == null ? "" : e.corporation(), "units", Json.plain(e.units()), "reason", e.reason(),
                    "subject", e.subject() == null ? "" : e.subject(), "sentence", e.sentence())));
        }
        AtomicFiles.write(dir.resolve("explanations.csv"), csv(explanations, "task", "kind", "corporation", "units", "reason", "subject",
                "sentence"));
        AtomicFiles.write(dir.resolve("yearly.csv"), csv(yearly, "year", "type", "planned", "realised", "target"));
    }

    /** Rows as CSV with the given header, also when there are no rows. */
    public static String csv(List<Map<String, Object>> rows, String... columns) throws JsonProcessingException {
        CsvSchema.Builder schema = CsvSchema.builder();
        for (String column : columns) {
            schema.addColumn(column);
        }
        String header = String.join(",", columns) + "\n";
        return rows.isEmpty() ? header : MAPPER.writer(schema.build().withHeader()).writeValueAsString(rows);
    }

    public static Map<String, Object> row(Object... keyValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            row.put((String) keyValues[i], keyValues[i + 1]);
        }
        return row;
    }
}
