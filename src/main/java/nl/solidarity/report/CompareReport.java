package nl.solidarity.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.solidarity.io.Json;
import nl.solidarity.scenario.Metric;
import nl.solidarity.scenario.RunSummary;

/**
 * The base and its scenarios side by side: one line per {@link Metric} (those any run has, in
 * table order), one column per run, and after every scenario column its difference to the base
 * (empty where one of the two has no such line, as a tier that only one of them has). Money in EUR
 * millions in the table and markdown, in euros in csv and json.
 */
public final class CompareReport {
    public enum Format { table, markdown, csv, json }

    private CompareReport() {
    }

    public static String render(Format format, String instance, String mode, String scope, List<RunSummary> runs) {
        Set<Metric> union = new TreeSet<>(Metric.ORDER);
        runs.forEach(run -> union.addAll(run.metrics()));
        List<Metric> metrics = new ArrayList<>(union);
        return switch (format) {
            case table -> table(instance, mode, scope, runs, metrics);
            case markdown -> markdown(instance, mode, scope, runs, metrics);
            case csv -> csv(runs, metrics);
            case json -> json(instance, mode, scope, runs, metrics);
        };
    }

    private static List<String> headers(List<RunSummary> runs) {
        List<String> headers = new ArrayList<>(List.of("metric", runs.get(0).label()));
        for (RunSummary run : runs.subList(1, runs.size())) {
            headers.add(run.label());
            headers.add("diff");
        }
        return headers;
    }

    private static List<List<String>> cells(List<RunSummary> runs, List<Metric> metrics) {
        List<List<String>> rows = new ArrayList<>();
        RunSummary base = runs.get(0);
        for (Metric metric : metrics) {
            List<String> row = new ArrayList<>();
            row.add(metric.label() + (metric.unit() == Metric.Unit.MONEY ? " (EUR m)" : ""));
            row.add(shown(metric, base.value(metric), false));
            for (RunSummary run : runs.subList(1, runs.size())) {
                Double value = run.value(metric);
                row.add(shown(metric, value, false));
                Double baseValue = base.value(metric);
                row.add(value == null || baseValue == null ? "" : shown(metric, value - baseValue, true));
            }
            rows.add(row);
        }
        if (runs.stream().anyMatch(r -> !"OPTIMAL".equals(r.status()))) {
            List<String> row = new ArrayList<>(List.of("status", base.status()));
            runs.subList(1, runs.size()).forEach(r -> {
                row.add(r.status());
                row.add("");
            });
            rows.add(row);
        }
        return rows;
    }

    private static String table(String instance, String mode, String scope, List<RunSummary> runs, List<Metric> metrics) {
        List<String> headers = headers(runs);
        boolean[] right = new boolean[headers.size()];
        for (int c = 1; c < right.length; c++) {
            right[c] = true;
        }
        TextTable table = new TextTable(headers, right);
        cells(runs, metrics).forEach(row -> table.row(row.toArray()));
        StringBuilder sb = new StringBuilder();
        sb.append(instance).append('\n');
        sb.append("mode ").append(mode).append(", scope ").append(scope).append(": ").append(runs.size())
                .append(" runs; diff = the run minus the first column (").append(runs.get(0).label()).append(")\n\n");
        sb.append(table.render()).append('\n');
        legend(runs).forEach(line -> sb.append(line).append('\n'));
        sb.append(shortDefinition()).append('\n');
        return sb.toString();
    }

    private static String markdown(String instance, String mode, String scope, List<RunSummary> runs, List<Metric> metrics) {
        List<String> headers = headers(runs);
        StringBuilder sb = new StringBuilder();
        sb.append("**").append(instance).append("** (mode ").append(mode).append(", scope ").append(scope).append(")\n\n");
        sb.append("| ").append(String.join(" | ", headers)).append(" |\n|");
        for (int c = 0; c < headers.size(); c++) {
            sb.append(c == 0 ? " --- |" : " ---: |");
        }
        sb.append('\n');
        for (List<String> row : cells(runs, metrics)) {
            sb.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        sb.append('\n');
        legend(runs).forEach(line -> sb.append("- ").append(line).append('\n'));
        sb.append("\n").append(shortDefinition()).append('\n');
        return sb.toString();
    }

    private static String csv(List<RunSummary> runs, List<Metric> metrics) {
        StringBuilder sb = new StringBuilder("metric,unit");
        RunSummary base = runs.get(0);
        sb.append(',').append(quoted(base.label()));
        for (RunSummary run : runs.subList(1, runs.size())) {
            sb.append(',').append(quoted(run.label())).append(',').append(quoted(run.label() + " diff"));
        }
        sb.append('\n');
        for (Metric metric : metrics) {
            sb.append(metric.key()).append(',').append(unitName(metric.unit()));
            sb.append(',').append(raw(metric, base.value(metric)));
            for (RunSummary run : runs.subList(1, runs.size())) {
                Double value = run.value(metric);
                Double baseValue = base.value(metric);
                sb.append(',').append(raw(metric, value));
                sb.append(',').append(value == null || baseValue == null ? "" : raw(metric, value - baseValue));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String json(String instance, String mode, String scope, List<RunSummary> runs, List<Metric> metrics) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", "solidarity-compare/1");
        root.put("instance", instance);
        root.put("mode", mode);
        root.put("scope", scope);
        RunSummary base = runs.get(0);
        List<Map<String, Object>> list = new ArrayList<>();
        for (RunSummary run : runs) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("label", run.label());
            entry.put("name", run.name());
            entry.put("description", run.description());
            entry.put("status", run.status());
            Map<String, Object> values = new LinkedHashMap<>();
            Map<String, Object> diff = new LinkedHashMap<>();
            for (Metric metric : metrics) {
                Double value = run.value(metric);
                Double baseValue = base.value(metric);
                values.put(metric.key(), value == null ? null : rounded(metric, value));
                if (run != base) {
                    diff.put(metric.key(), value == null || baseValue == null ? null : rounded(metric, value - baseValue));
                }
            }
            entry.put("values", values);
            if (run != base) {
                entry.put("difference", diff);
            }
            list.add(entry);
        }
        root.put("runs", list);
        return Json.write(root);
    }

    private static List<String> legend(List<RunSummary> runs) {
        List<String> lines = new ArrayList<>();
        for (RunSummary run : runs) {
            String text = run.label() + ": " + run.name();
            if (!run.description().isBlank()) {
                text += " — " + run.description();
            }
            lines.add(text);
        }
        return lines;
    }

    private static String shortDefinition() {
        return String.format(Locale.ROOT, "A corporation is short when it is in breach at baseline or has less than "
                + "EUR %,.0f or %.1f%% of its headroom left after the allocation.",
                RunSummary.SHORT_ABSOLUTE, RunSummary.SHORT_RELATIVE * 100);
    }

    private static String shown(Metric metric, Double value, boolean signed) {
        if (value == null) {
            return "–";
        }
        String sign = signed ? "+" : "";
        return switch (metric.unit()) {
            case HOMES, WEIGHTED -> String.format(Locale.ROOT, "%" + sign + ",.1f", clean(value, 0.05));
            case MONEY -> String.format(Locale.ROOT, "%" + sign + ",.2f", clean(value / 1e6, 0.005));
            case COUNT -> String.format(Locale.ROOT, "%" + sign + "d", Math.round(value));
            case RATE -> String.format(Locale.ROOT, "%" + sign + ".3f%%", clean(value * 100, 0.0005));
        };
    }

    private static double clean(double value, double below) {
        return Math.abs(value) < below ? 0.0 : value;
    }

    private static double rounded(Metric metric, double value) {
        return switch (metric.unit()) {
            case MONEY -> Json.cents(value);
            case COUNT -> Math.round(value);
            case RATE -> Math.round(value * 1e12) / 1e12;
            default -> Json.units(value);
        };
    }

    private static String raw(Metric metric, Double value) {
        if (value == null) {
            return "";
        }
        double r = rounded(metric, value);
        return metric.unit() == Metric.Unit.COUNT ? Long.toString(Math.round(r)) : Json.plain(r);
    }

    private static String unitName(Metric.Unit unit) {
        return switch (unit) {
            case HOMES -> "homes";
            case WEIGHTED -> "weighted homes";
            case MONEY -> "EUR";
            case COUNT -> "corporations";
            case RATE -> "share";
        };
    }

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
