package nl.solidarity.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The geometry of the HTML report's charts: every chart is drawn in its own SVG coordinate system
 * (a viewBox) and scaled to the page width, so positions are computed here once, as numbers with
 * one decimal, and the templates only place them. Colours are named by CSS class, so that one
 * stylesheet keeps them the same in every chart.
 */
final class HtmlCharts {
    static final double WIDTH = 900;
    /** Line charts stand two side by side on a laptop screen, so their own coordinate system is narrower. */
    static final double LINES_WIDTH = 600;

    private HtmlCharts() {
    }

    /**
     * One side node of a flow diagram: a payer (with its level) or a receiver, or a group of small
     * ones; {@code name} and {@code detail} (level and amount) are its two label lines.
     */
    record FlowNode(String name, String detail, double amount, String kind) {
        String label() {
            return name + " · " + detail;
        }
    }

    /** Label lines longer than this are shortened (the whole label stays in the node's tooltip). */
    static final int LABEL_CHARS = 36;

    /**
     * A Sankey-style diagram of one fund: payers on the left, the fund in the middle, receivers on
     * the right, each band and node as thick as its amount. Nodes are spaced so that their two
     * label lines never overlap, however small the amount.
     */
    static Map<String, Object> flow(String fundLabel, List<FlowNode> payers, List<FlowNode> receivers) {
        double totalIn = payers.stream().mapToDouble(FlowNode::amount).sum();
        double totalOut = receivers.stream().mapToDouble(FlowNode::amount).sum();
        double total = Math.max(Math.max(totalIn, totalOut), 1.0);
        int rows = Math.max(payers.size(), receivers.size());
        double fundHeight = Math.max(100, Math.min(420, rows * 24.0));
        double scale = fundHeight / total;
        double top = 30;
        double leftX = 276;
        double fundX = 440;
        double rightX = 610;
        double nodeW = 14;
        double left = stack(payers, scale);
        double right = stack(receivers, scale);
        double height = top + Math.max(fundHeight, Math.max(left, right)) + 10;
        double fundTop = top + (height - top - 10 - fundHeight) / 2;
        List<Map<String, Object>> nodes = new ArrayList<>();
        List<Map<String, Object>> bands = new ArrayList<>();
        Map<String, Object> fund = node(fundX, fundTop, 20, fundHeight, "fund", fundX + 10, "middle");
        fund.put("name", fundLabel);
        fund.put("detail", "");
        fund.put("full", fundLabel);
        fund.put("labelY", f(fundTop - 16));
        nodes.add(fund);
        double y = top;
        double fundIn = fundTop + (fundHeight - totalIn * scale) / 2;
        for (FlowNode payer : payers) {
            double h = Math.max(2, payer.amount() * scale);
            nodes.add(labelled(node(leftX, y, nodeW, h, payer.kind(), leftX - 6, "end"), payer, y + Math.max(h, SLOT) / 2));
            bands.add(band(leftX + nodeW, y, fundX, fundIn, payer.amount() * scale, payer.kind()));
            fundIn += payer.amount() * scale;
            y += Math.max(h, SLOT) + GAP;
        }
        y = top;
        double fundOut = fundTop + (fundHeight - totalOut * scale) / 2;
        for (FlowNode receiver : receivers) {
            double h = Math.max(2, receiver.amount() * scale);
            nodes.add(labelled(node(rightX, y, nodeW, h, receiver.kind(), rightX + nodeW + 6, "start"), receiver, y + Math.max(h, SLOT) / 2));
            bands.add(band(fundX + 20, fundOut, rightX, y, receiver.amount() * scale, receiver.kind()));
            fundOut += receiver.amount() * scale;
            y += Math.max(h, SLOT) + GAP;
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("height", f(height));
        chart.put("nodes", nodes);
        chart.put("bands", bands);
        return chart;
    }

    /** The least vertical room of a node: its two label lines. */
    private static final double SLOT = 28;
    private static final double GAP = 6;

    private static double stack(List<FlowNode> side, double scale) {
        double height = 0;
        for (FlowNode n : side) {
            height += Math.max(Math.max(2, n.amount() * scale), SLOT) + GAP;
        }
        return height;
    }

    private static Map<String, Object> labelled(Map<String, Object> node, FlowNode flow, double middle) {
        node.put("name", shorten(flow.name()));
        node.put("detail", flow.detail());
        node.put("full", flow.label());
        node.put("labelY", f(middle - 3));
        return node;
    }

    private static String shorten(String text) {
        return text.length() <= LABEL_CHARS ? text : text.substring(0, LABEL_CHARS - 1).stripTrailing() + "…";
    }

    private static Map<String, Object> node(double x, double y, double w, double h, String kind, double labelX, String anchor) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("x", f(x));
        n.put("y", f(y));
        n.put("w", f(w));
        n.put("h", f(h));
        n.put("kind", kind);
        n.put("labelX", f(labelX));
        n.put("anchor", anchor);
        return n;
    }

    private static Map<String, Object> band(double x1, double y1, double x2, double y2, double h, String kind) {
        double xm = (x1 + x2) / 2;
        String d = "M" + f(x1) + " " + f(y1) + " C" + f(xm) + " " + f(y1) + " " + f(xm) + " " + f(y2) + " " + f(x2) + " " + f(y2)
                + " L" + f(x2) + " " + f(y2 + h) + " C" + f(xm) + " " + f(y2 + h) + " " + f(xm) + " " + f(y1 + h) + " "
                + f(x1) + " " + f(y1 + h) + " Z";
        return Map.of("d", d, "kind", kind);
    }

    /** One bar of a waterfall: a total from zero, or a step between two levels. */
    record Step(String label, double from, double to, String kind, String valueLabel) {
    }

    /** A vertical waterfall of homes: totals stand on the axis, steps float between the levels they join. */
    static Map<String, Object> waterfall(List<Step> steps, String unit) {
        double max = 0;
        for (Step s : steps) {
            max = Math.max(max, Math.max(s.from(), s.to()));
        }
        // At least one home of scale: a level's tolerance (a millionth of a home) must not fill the chart.
        Axis axis = Axis.of(0, Math.max(max, 1.0));
        double top = 20;
        double bottom = 230;
        double left = 80;
        double slot = (WIDTH - left - 20) / Math.max(1, steps.size());
        List<Map<String, Object>> bars = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            double y1 = axis.y(Math.max(s.from(), s.to()), top, bottom);
            double y2 = axis.y(Math.min(s.from(), s.to()), top, bottom);
            double x = left + i * slot + slot * 0.2;
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("x", f(x));
            bar.put("y", f(y1));
            bar.put("w", f(slot * 0.6));
            bar.put("h", f(Math.max(0, y2 - y1)));
            bar.put("kind", s.kind());
            bar.put("labelX", f(x + slot * 0.3));
            bar.put("labelY", f(bottom + 16));
            bar.put("label", s.label());
            bar.put("valueY", f(y1 - 5));
            bar.put("value", s.valueLabel());
            bars.add(bar);
        }
        Map<String, Object> chart = frame(axis, top, bottom, left, WIDTH - 20, unit);
        chart.put("height", f(bottom + 30));
        chart.put("bars", bars);
        return chart;
    }

    /** Grouped bars per year (planned, realised) with the target as a tick, for one task type. */
    static Map<String, Object> yearly(List<Integer> years, double[] planned, double[] realised, Double[] target) {
        double max = 0;
        for (int i = 0; i < years.size(); i++) {
            max = Math.max(max, Math.max(planned[i], realised[i]));
            if (target[i] != null) {
                max = Math.max(max, target[i]);
            }
        }
        Axis axis = Axis.of(0, max);
        double top = 20;
        double bottom = 220;
        double left = 80;
        double slot = (WIDTH - left - 20) / Math.max(1, years.size());
        List<Map<String, Object>> bars = new ArrayList<>();
        List<Map<String, Object>> ticks = new ArrayList<>();
        List<Map<String, Object>> xLabels = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            double x = left + i * slot;
            double w = slot * 0.35;
            bars.add(bar(x + slot * 0.12, axis.y(planned[i], top, bottom), w, bottom - axis.y(planned[i], top, bottom), "planned"));
            bars.add(bar(x + slot * 0.12 + w, axis.y(realised[i], top, bottom), w, bottom - axis.y(realised[i], top, bottom), "realised"));
            if (target[i] != null) {
                double ty = axis.y(target[i], top, bottom);
                ticks.add(Map.of("x1", f(x + slot * 0.05), "x2", f(x + slot * 0.95), "y", f(ty)));
            }
            xLabels.add(Map.of("x", f(x + slot / 2), "y", f(bottom + 16), "text", Integer.toString(years.get(i))));
        }
        Map<String, Object> chart = frame(axis, top, bottom, left, WIDTH - 20, "homes");
        chart.put("height", f(bottom + 40));
        chart.put("bars", bars);
        chart.put("targets", ticks);
        chart.put("xLabels", xLabels);
        chart.put("xTitleX", f(left + (WIDTH - left - 20) / 2));
        chart.put("xTitleY", f(bottom + 34));
        return chart;
    }

    private static Map<String, Object> bar(double x, double y, double w, double h, String kind) {
        return Map.of("x", f(x), "y", f(y), "w", f(w), "h", f(Math.max(0, h)), "kind", kind);
    }

    /** A line chart over calendar years: paths without and with the allocation, threshold lines, and marked years. */
    static Map<String, Object> lines(List<Integer> years, double[] without, double[] with, List<Threshold> thresholds,
                                     boolean[] binding, String unit, double scaleFactor, double cap) {
        double min = 0;
        double max = 0;
        for (Threshold t : thresholds) {
            max = Math.max(max, t.value() * 1.25);
        }
        for (int i = 0; i < years.size(); i++) {
            max = Math.max(max, Math.min(cap, Math.max(clean(without[i]), clean(with[i]))));
            min = Math.min(min, Math.max(-cap, Math.min(clean(without[i]), clean(with[i]))));
        }
        Axis axis = Axis.of(min * scaleFactor, max * scaleFactor);
        double top = 16;
        double bottom = 200;
        double left = 70;
        double right = LINES_WIDTH - 14;
        double step = years.size() > 1 ? (right - left) / (years.size() - 1) : 0;
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        List<Map<String, Object>> marks = new ArrayList<>();
        List<Map<String, Object>> xLabels = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            double x = left + i * step;
            double ya = axis.y(clamp(without[i], -cap, max) * scaleFactor, top, bottom);
            double yb = axis.y(clamp(with[i], -cap, max) * scaleFactor, top, bottom);
            a.append(i == 0 ? "" : " ").append(f(x)).append(',').append(f(ya));
            b.append(i == 0 ? "" : " ").append(f(x)).append(',').append(f(yb));
            if (binding[i]) {
                marks.add(Map.of("x", f(x), "y", f(yb)));
            }
            if (i % 2 == 0 || i == years.size() - 1) {
                xLabels.add(Map.of("x", f(x), "y", f(bottom + 16), "text", Integer.toString(years.get(i))));
            }
        }
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Threshold t : thresholds) {
            double y = axis.y(t.value() * scaleFactor, top, bottom);
            boolean norm = "norm".equals(t.kind());
            // The norm is labelled at the right end and the temporary threshold at the left, so that close lines stay readable.
            rules.add(Map.of("x1", f(left), "x2", f(right), "y", f(y), "kind", t.kind(), "label", t.label(),
                    "labelX", f(norm ? right - 4 : left + 4), "labelY", f(y - 4), "anchor", norm ? "end" : "start"));
        }
        Map<String, Object> chart = frame(axis, top, bottom, left, right, unit);
        chart.put("height", f(bottom + 40));
        chart.put("without", a.toString());
        chart.put("with", b.toString());
        chart.put("rules", rules);
        chart.put("binding", marks);
        chart.put("xLabels", xLabels);
        chart.put("xTitleX", f(left + (right - left) / 2));
        chart.put("xTitleY", f(bottom + 34));
        return chart;
    }

    /** A horizontal norm line in a line chart. */
    record Threshold(double value, String kind, String label) {
    }

    private static double clean(double v) {
        return Double.isFinite(v) ? v : 0.0;
    }

    private static double clamp(double v, double lo, double hi) {
        if (Double.isNaN(v)) {
            return 0.0;
        }
        return Math.max(lo, Math.min(hi, v));
    }

    /** The axis lines, ticks and unit title shared by the bar and line charts. */
    private static Map<String, Object> frame(Axis axis, double top, double bottom, double left, double right, String unit) {
        List<Map<String, Object>> ticks = new ArrayList<>();
        for (double v : axis.ticks()) {
            double y = axis.y(v, top, bottom);
            ticks.add(Map.of("y", f(y), "labelY", f(y + 4), "text", axis.label(v)));
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("axisX", f(left));
        chart.put("axisTop", f(top));
        chart.put("axisBottom", f(bottom));
        chart.put("axisRight", f(right));
        chart.put("zeroY", f(axis.y(Math.max(axis.min(), Math.min(axis.max(), 0.0)), top, bottom)));
        chart.put("ticks", ticks);
        chart.put("tickLabelX", f(left - 6));
        chart.put("unit", unit);
        chart.put("unitX", f(16));
        chart.put("unitY", f((top + bottom) / 2));
        return chart;
    }

    /** A linear value axis with "nice" ticks (1, 2 or 5 times a power of ten). */
    record Axis(double min, double max, double step) {
        static Axis of(double lo, double hi) {
            if (!(hi > lo)) {
                hi = lo + 1;
            }
            double raw = (hi - lo) / 5;
            double power = Math.pow(10, Math.floor(Math.log10(raw)));
            double step = raw <= power ? power : raw <= 2 * power ? 2 * power : raw <= 5 * power ? 5 * power : 10 * power;
            return new Axis(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step);
        }

        double y(double value, double top, double bottom) {
            return bottom - (value - min) / (max - min) * (bottom - top);
        }

        List<Double> ticks() {
            List<Double> values = new ArrayList<>();
            long n = Math.round((max - min) / step);
            for (long i = 0; i <= n; i++) {
                values.add(min + i * step);
            }
            return values;
        }

        String label(double v) {
            double rounded = Math.abs(v) < step * 1e-6 ? 0.0 : v;
            int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
            return String.format(Locale.ROOT, "%,." + decimals + "f", rounded);
        }
    }

    /** A coordinate with one decimal, the same on every machine. */
    static String f(double v) {
        // Tens of thousands of coordinates on a national page: integer arithmetic, not String.format.
        long tenths = Math.round(v * 10);
        if (tenths == 0) {
            return "0.0";
        }
        long abs = Math.abs(tenths);
        return (tenths < 0 ? "-" : "") + (abs / 10) + "." + (abs % 10);
    }
}
