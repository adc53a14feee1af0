package nl.solidarity.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.solidarity.domain.Instance;
import nl.solidarity.io.Json;
import nl.solidarity.projection.Breach;
import nl.solidarity.projection.Capacity;
import nl.solidarity.report.Money;
import nl.solidarity.report.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code solidarity capacity}: each corporation's headroom, binding norm and baseline breaches. Rows
 * are named by {@link nl.solidarity.projection.Norm#label()} and calendar year, e.g. "LTV-HORIZON 2039".
 */
@Command(name = "capacity", mixinStandardHelpOptions = true,
        description = "Headroom (investeringsruimte), binding norm and year, and baseline breaches per corporation.")
public final class CapacityCommand extends SolidarityCommand {
    enum Format { table, json, csv }

    @Parameters(index = "0", paramLabel = "FILE", description = "Instance: a JSON file or a CSV folder.")
    Path file;

    @Option(names = "--format", defaultValue = "table", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    protected int execute() throws Exception {
        Instance instance = readInstance(file);
        List<Capacity> capacities = Capacity.of(instance);
        String text = switch (format) {
            case table -> table(capacities);
            case json -> json(capacities);
            case csv -> csv(capacities);
        };
        out().print(text);
        out().flush();
        return ExitCode.OK;
    }

    static String json(List<Capacity> capacities) {
        ObjectNode root = Json.object();
        ArrayNode list = root.putArray("corporations");
        for (Capacity c : capacities) {
            ObjectNode node = list.addObject();
            node.put("id", c.id());
            node.put("name", c.name());
            putHeadroom(node, c);
            ArrayNode breaches = node.putArray("baselineBreaches");
            for (Breach b : c.baselineBreaches()) {
                breaches.addObject().put("norm", b.norm().label()).put("year", b.year()).put("slack", Json.cents(b.slack()));
            }
        }
        return Json.write(root);
    }

    /** The headroom fields as the result and capacity formats carry them. */
    public static void putHeadroom(ObjectNode node, Capacity c) {
        if (c.headroom().amount() == null) {
            node.putNull("headroom");
            node.putNull("bindingNorm");
            node.putNull("bindingYear");
        } else {
            node.put("headroom", Json.cents(c.headroom().amount()));
            node.put("bindingNorm", c.headroom().bindingNorm().label());
            node.put("bindingYear", c.headroom().bindingYear());
        }
    }

    static String table(List<Capacity> capacities) {
        TextTable table = new TextTable(List.of("id", "name", "headroom (EUR m)", "binding", "year", "baseline breaches (EUR m)"),
                false, false, true, false, true, false);
        for (Capacity c : capacities) {
            table.row(c.id(), c.name(),
                    c.headroom().amount() == null ? "unbounded" : Money.millions(c.headroom().amount()),
                    c.headroom().bindingNorm() == null ? "-" : c.headroom().bindingNorm().label(),
                    c.headroom().bindingYear() == null ? "-" : c.headroom().bindingYear(),
                    c.baselineBreaches().isEmpty() ? "none" : breaches(c.baselineBreaches(), true));
        }
        return table.render();
    }

    static String csv(List<Capacity> capacities) throws Exception {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.builder()
                .addColumn("id").addColumn("name").addColumn("headroom").addColumn("bindingNorm")
                .addColumn("bindingYear").addColumn("baselineBreaches").build().withHeader();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Capacity c : capacities) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", c.id());
            row.put("name", c.name());
            row.put("headroom", c.headroom().amount() == null ? "" : Json.plain(Json.cents(c.headroom().amount())));
            row.put("bindingNorm", c.headroom().bindingNorm() == null ? "" : c.headroom().bindingNorm().label());
            row.put("bindingYear", c.headroom().bindingYear() == null ? "" : c.headroom().bindingYear());
            row.put("baselineBreaches", breaches(c.baselineBreaches(), false));
            rows.add(row);
        }
        return mapper.writer(schema).writeValueAsString(rows);
    }

    private static String breaches(List<Breach> breaches, boolean inMillions) {
        return breaches.stream()
                .map(b -> b.norm().label() + " " + b.year() + " " + (inMillions ? Money.millions(b.slack()) : Json.plain(Json.cents(b.slack()))))
                .collect(Collectors.joining("; "));
    }
}
