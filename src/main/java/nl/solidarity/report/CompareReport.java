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

    /** The figure of {@code compare --per corporation}: each corporation's levy, or the homes it carries out. */
    public enum CorporationFigure { levy, homes }

    /** What the legend says of a levy-only run. */
    static final String LEVY_ONLY = "levy-only: the instance equals the base outside its levy block, so the levy is "
            + "recomputed on the base's allocation (no new solve)";

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
            Map<String, Object> entry = runEntry(run);
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

    /**
     * One row per corporation (the base instance's, in its order), one column per run and after
     * every scenario its difference to the base: the levy over the levy years or the homes carried
     * out. In {@code table} and {@code markdown} an exempt corporation shows "exempt" (its levy is
     * 0), and the corporations with nothing in any run are folded into one line; {@code csv} and
     * {@code json} list every corporation, with the exemption of each run beside the levy.
     */
    public static String perCorporation(Format format, String instance, String mode, String scope, List<RunSummary> runs,
                                        CorporationFigure figure) {
        Map<String, Map<String, RunSummary.CorporationFigures>> byCorporation = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (RunSummary run : runs) {
            for (RunSummary.CorporationFigures c : run.corporations()) {
                byCorporation.computeIfAbsent(c.id(), k -> new LinkedHashMap<>()).put(run.label(), c);
                names.putIfAbsent(c.id(), c.name());
            }
        }
        return switch (format) {
            case table, markdown -> corporationTable(format, instance, mode, scope, runs, figure, byCorporation, names);
            case csv -> corporationCsv(runs, figure, byCorporation, names);
            case json -> corporationJson(instance, mode, scope, runs, figure, byCorporation, names);
        };
    }

    private static double figure(CorporationFigure figure, RunSummary.CorporationFigures c) {
        return c == null ? 0.0 : figure == CorporationFigure.levy ? c.levy() : c.homes();
    }

    private static String corporationTable(Format format, String instance, String mode, String scope, List<RunSummary> runs,
                                           CorporationFigure figure,
                                           Map<String, Map<String, RunSummary.CorporationFigures>> byCorporation,
                                           Map<String, String> names) {
        RunSummary base = runs.get(0);
        List<String> headers = headers(runs);
        headers.set(0, "corporation");
        List<List<String>> rows = new ArrayList<>();
        double[] totals = new double[runs.size()];
        int folded = 0;
        int exemptEverywhere = 0;
        for (Map.Entry<String, Map<String, RunSummary.CorporationFigures>> entry : byCorporation.entrySet()) {
            Map<String, RunSummary.CorporationFigures> figures = entry.getValue();
            boolean nothing = true;
            boolean exempt = true;
            for (int r = 0; r < runs.size(); r++) {
                RunSummary.CorporationFigures c = figures.get(runs.get(r).label());
                double value = figure(figure, c);
                totals[r] += value;
                nothing &= Math.abs(value) < (figure == CorporationFigure.levy ? 0.005 : 0.0005);
                exempt &= c != null && c.exempt() != null;
            }
            if (nothing) {
                folded++;
                exemptEverywhere += exempt ? 1 : 0;
                continue;
            }
            String id = entry.getKey();
            String name = names.get(id);
            List<String> row = new ArrayList<>(List.of(Names.labelled(id, name)));
            RunSummary.CorporationFigures first = figures.get(base.label());
            row.add(corporationCell(figure, first));
            for (RunSummary run : runs.subList(1, runs.size())) {
                RunSummary.CorporationFigures c = figures.get(run.label());
                row.add(corporationCell(figure, c));
                row.add(corporationNumber(figure, figure(figure, c) - figure(figure, first), true));
            }
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of("total"));
        total.add(corporationNumber(figure, totals[0], false));
        for (int r = 1; r < runs.size(); r++) {
            total.add(corporationNumber(figure, totals[r], false));
            total.add(corporationNumber(figure, totals[r] - totals[0], true));
        }
        rows.add(total);
        String what = figure == CorporationFigure.levy
                ? "levy over the levy years (EUR m); exempt: the corporation is exempt in that run and pays nothing"
                : "homes each corporation carries out (all its assignments, NPA and local)";
        String foldedLine = folded == 0 ? "" : folded + (folded == 1 ? " corporation has " : " corporations have ")
                + (figure == CorporationFigure.levy ? "no levy in any run" : "no homes in any run")
                + (figure == CorporationFigure.levy ? " (" + exemptEverywhere + " of them exempt in every run)" : "")
                + "; left out here, listed in --format csv or json";
        StringBuilder sb = new StringBuilder();
        if (format == Format.table) {
            boolean[] right = new boolean[headers.size()];
            for (int c = 1; c < right.length; c++) {
                right[c] = true;
            }
            TextTable table = new TextTable(headers, right);
            rows.forEach(row -> table.row(row.toArray()));
            sb.append(instance).append('\n');
            sb.append("mode ").append(mode).append(", scope ").append(scope).append(": per corporation, ").append(what)
                    .append("; diff = the run minus the first column (").append(base.label()).append(")\n\n");
            sb.append(table.render());
            if (!foldedLine.isEmpty()) {
                sb.append(foldedLine).append('\n');
            }
            sb.append(statusLine(runs)).append('\n');
            legend(runs).forEach(line -> sb.append(line).append('\n'));
        } else {
            sb.append("**").append(instance).append("** (mode ").append(mode).append(", scope ").append(scope)
                    .append("): per corporation, ").append(what).append("\n\n");
            sb.append("| ").append(String.join(" | ", headers)).append(" |\n|");
            for (int c = 0; c < headers.size(); c++) {
                sb.append(c == 0 ? " --- |" : " ---: |");
            }
            sb.append('\n');
            rows.forEach(row -> sb.append("| ").append(String.join(" | ", row)).append(" |\n"));
            sb.append('\n');
            if (!foldedLine.isEmpty()) {
                sb.append(foldedLine).append("\n\n");
            }
            String status = statusLine(runs);
            if (!status.isEmpty()) {
                sb.append(status).append('\n');
            }
            legend(runs).forEach(line -> sb.append("- ").append(line).append('\n'));
        }
        return sb.toString();
    }

    /**
     * "status: base FEASIBLE, …\n" when a run is not proven optimal (its allocation, and so who
     * carries out what and who pays, is one of several), else "".
     */
    private static String statusLine(List<RunSummary> runs) {
        if (runs.stream().allMatch(r -> "OPTIMAL".equals(r.status()))) {
            return "";
        }
        return "status: " + String.join(", ", runs.stream().map(r -> r.label() + " " + r.status()).toList())
                + " (a FEASIBLE run stopped at its time limit before every level was proven optimal)\n";
    }

    private static String corporationCell(CorporationFigure figure, RunSummary.CorporationFigures c) {
        if (c == null) {
            return "–";
        }
        if (figure == CorporationFigure.levy && c.exempt() != null) {
            return "exempt";
        }
        return corporationNumber(figure, figure(figure, c), false);
    }

    private static String corporationNumber(CorporationFigure figure, double value, boolean signed) {
        String sign = signed ? "+" : "";
        return figure == CorporationFigure.levy
                ? String.format(Locale.ROOT, "%" + sign + ",.2f", clean(value / 1e6, 0.005))
                : String.format(Locale.ROOT, "%" + sign + ",.1f", clean(value, 0.05));
    }

    private static double corporationRaw(CorporationFigure figure, double value) {
        return figure == CorporationFigure.levy ? Json.cents(value) : Json.units(value);
    }

    private static String corporationCsv(List<RunSummary> runs, CorporationFigure figure,
                                         Map<String, Map<String, RunSummary.CorporationFigures>> byCorporation,
                                         Map<String, String> names) {
        RunSummary base = runs.get(0);
        StringBuilder sb = new StringBuilder("corporation,name");
        sb.append(',').append(quoted(base.label()));
        for (RunSummary run : runs.subList(1, runs.size())) {
            sb.append(',').append(quoted(run.label())).append(',').append(quoted(run.label() + " diff"));
        }
        if (figure == CorporationFigure.levy) {
            runs.forEach(run -> sb.append(',').append(quoted(run.label() + " exempt")));
        }
        sb.append('\n');
        for (Map.Entry<String, Map<String, RunSummary.CorporationFigures>> entry : byCorporation.entrySet()) {
            Map<String, RunSummary.CorporationFigures> figures = entry.getValue();
            double first = figure(figure, figures.get(base.label()));
            sb.append(quoted(entry.getKey())).append(',').append(quoted(names.getOrDefault(entry.getKey(), "")));
            sb.append(',').append(Json.plain(corporationRaw(figure, first)));
            for (RunSummary run : runs.subList(1, runs.size())) {
                double value = figure(figure, figures.get(run.label()));
                sb.append(',').append(Json.plain(corporationRaw(figure, value)));
                sb.append(',').append(Json.plain(corporationRaw(figure, value - first)));
            }
            if (figure == CorporationFigure.levy) {
                for (RunSummary run : runs) {
                    RunSummary.CorporationFigures c = figures.get(run.label());
                    sb.append(',').append(c == null || c.exempt() == null ? "" : c.exempt());
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String corporationJson(String instance, String mode, String scope, List<RunSummary> runs, CorporationFigure figure,
                                          Map<String, Map<String, RunSummary.CorporationFigures>> byCorporation,
                                          Map<String, String> names) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", "solidarity-compare-corporations/1");
        root.put("instance", instance);
        root.put("mode", mode);
        root.put("scope", scope);
        root.put("figure", figure.name());
        List<Map<String, Object>> runList = new ArrayList<>();
        for (RunSummary run : runs) {
            runList.add(runEntry(run));
        }
        root.put("runs", runList);
        RunSummary base = runs.get(0);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Map.Entry<String, Map<String, RunSummary.CorporationFigures>> entry : byCorporation.entrySet()) {
            Map<String, RunSummary.CorporationFigures> figures = entry.getValue();
            double first = figure(figure, figures.get(base.label()));
            Map<String, Object> corporation = new LinkedHashMap<>();
            corporation.put("id", entry.getKey());
            corporation.put("name", names.get(entry.getKey()));
            Map<String, Object> values = new LinkedHashMap<>();
            Map<String, Object> difference = new LinkedHashMap<>();
            Map<String, Object> exempt = new LinkedHashMap<>();
            for (RunSummary run : runs) {
                RunSummary.CorporationFigures c = figures.get(run.label());
                double value = figure(figure, c);
                values.put(run.label(), corporationRaw(figure, value));
                if (run != base) {
                    difference.put(run.label(), corporationRaw(figure, value - first));
                }
                exempt.put(run.label(), c == null ? null : c.exempt());
            }
            corporation.put("values", values);
            corporation.put("difference", difference);
            if (figure == CorporationFigure.levy) {
                corporation.put("exempt", exempt);
            }
            list.add(corporation);
        }
        root.put("corporations", list);
        return Json.write(root);
    }

    private static List<String> legend(List<RunSummary> runs) {
        List<String> lines = new ArrayList<>();
        for (RunSummary run : runs) {
            String text = run.label() + ": " + run.name();
            if (!run.description().isBlank()) {
                text += " — " + run.description();
            }
            if (run.levyOnly()) {
                text += " [" + LEVY_ONLY + "]";
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

    /** What the JSON says of a run before its figures: label, name, description, status, levy-only. */
    private static Map<String, Object> runEntry(RunSummary run) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("label", run.label());
        entry.put("name", run.name());
        entry.put("description", run.description());
        entry.put("status", run.status());
        entry.put("levyOnly", run.levyOnly());
        return entry;
    }

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
