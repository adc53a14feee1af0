package nl.solidarity.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.NormMode;
import nl.solidarity.domain.Norms;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;
import nl.solidarity.levy.AllocationOf;
import nl.solidarity.levy.LevySchedule;
import nl.solidarity.projection.Decisions;
import nl.solidarity.projection.Norm;
import nl.solidarity.projection.RowKey;
import nl.solidarity.projection.YearByYearSimulation;
import nl.solidarity.result.LevyBlock;
import nl.solidarity.result.Result;

/**
 * The HTML report of a result: one self-contained page (inline CSS and SVG, nothing fetched) for a
 * regional consultation, optionally restricted to one region. The numbers are taken from the
 * result as written (rounded only for display); the ICR and LTV paths are the year-by-year
 * projection of each corporation with and without its part of the allocation. The markup lives in
 * the Mustache templates under {@code report/}; this class computes what they show.
 */
public final class HtmlReport {
    /** A row binds when its slack is within this many euros of its floor. */
    static final double BINDS_WITHIN = 100.0;
    /** Payers or receivers shown one by one in a flow diagram; the rest are grouped per level. */
    static final int FLOW_NODES = 8;

    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .withLoader(HtmlReport::partial)
            .defaultValue("")
            .emptyStringIsFalse(true)
            .escapeHTML(true);
    private static final Template PAGE = COMPILER.compile(resource("report.html.mustache"));

    private HtmlReport() {
    }

    /** The page for the whole result ({@code region} null) or for one region's consultation. */
    public static String render(Instance instance, Result result, String region) {
        return PAGE.execute(new HtmlReport.Page(instance, result, region).context());
    }

    private static Reader partial(String name) {
        return resource(name + ".mustache");
    }

    private static Reader resource(String name) {
        InputStream in = HtmlReport.class.getResourceAsStream("/report/" + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("report template missing from the program: report/" + name));
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** The view of one report: every section as maps and lists of display strings. */
    private static final class Page {
        private final Instance instance;
        private final Result result;
        private final String region;
        private final Map<String, Task> tasks = new HashMap<>();
        private final Map<String, Corporation> corporationsById;

        Page(Instance instance, Result result, String region) {
            this.instance = instance;
            this.result = result;
            this.region = region;
            this.corporationsById = instance.corporationsById();
            instance.tasks().forEach(t -> tasks.put(t.id(), t));
        }

        Map<String, Object> context() {
            Map<String, Object> page = new LinkedHashMap<>();
            Region only = region == null ? null : instance.regionsById().get(region);
            page.put("title", only == null ? instance.name() : instance.name() + " — " + only.name());
            page.put("instance", instance.name());
            page.put("regionName", only == null ? "" : only.name() + " (" + only.province() + ")");
            page.put("mode", result.mode());
            page.put("scope", result.scope());
            page.put("engine", result.engine());
            page.put("status", result.status());
            page.put("statusDetail", result.statusDetail() == null ? "" : result.statusDetail());
            page.put("version", result.options() == null ? "" : result.options().version());
            page.put("tiers", tierSummary());
            page.put("waterfalls", waterfalls());
            page.put("regions", regions());
            page.put("corporations", corporationTable());
            page.put("paths", paths());
            page.put("yearly", yearly());
            page.put("yearlyRegionNote", region != null);
            page.put("levy", levy());
            return page;
        }

        private boolean inScope(String regionId) {
            return region == null || region.equals(regionId);
        }

        private String tierLabel(int k) {
            return "tier " + (k + 1) + " (" + String.join(", ", result.tiers().get(k).stream()
                    .map(t -> t.toLowerCase(Locale.ROOT).replace('_', ' ')).toList()) + ")";
        }

        /** Per tier, the weighted unmet homes at each scope the run computed (of the region, with --region). */
        private List<Map<String, Object>> tierSummary() {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int k = 0; k < result.tiers().size(); k++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("tier", tierLabel(k));
                List<String> values = new ArrayList<>();
                for (String scope : List.of("region", "province", "national")) {
                    Double v = unmet(scope, k);
                    values.add(v == null ? "—" : Money.homes(v));
                }
                row.put("values", values);
                rows.add(row);
            }
            return rows;
        }

        /** The weighted unmet homes of tier k at a scope (of the chosen region), or null when the run did not compute it. */
        private Double unmet(String scope, int k) {
            Result.ScopeValues values = result.scopes().get(scope);
            if (values == null) {
                return null;
            }
            if (region == null) {
                return values.unmetByTier().get(k);
            }
            Result.RegionValues r = values.regions().get(region);
            return r == null ? null : r.unmetByTier().get(k);
        }

        private List<Map<String, Object>> waterfalls() {
            List<Map<String, Object>> charts = new ArrayList<>();
            Map<Integer, Double> levied = new HashMap<>();
            if (result.levy() != null) {
                for (LevyBlock.SupportedTask s : result.levy().supported()) {
                    Task task = tasks.get(s.task());
                    if (task != null && task.npa() && inScope(task.region())) {
                        levied.merge(tierOf(task.type()), s.units() * instance.weight(task.type()), Double::sum);
                    }
                }
            }
            for (int k = 0; k < result.tiers().size(); k++) {
                List<HtmlCharts.Step> steps = new ArrayList<>();
                Double atRegion = unmet("region", k);
                Double atProvince = unmet("province", k);
                Double atNational = unmet("national", k);
                double level = atRegion == null ? 0.0 : atRegion;
                steps.add(new HtmlCharts.Step("region", 0, level, "total", Money.homes(level)));
                if (atProvince != null) {
                    steps.add(new HtmlCharts.Step("province", level, atProvince, "step", signed(atProvince - level)));
                    level = atProvince;
                }
                if (result.levy() != null) {
                    double l = Math.min(level, levied.getOrDefault(k, 0.0));
                    steps.add(new HtmlCharts.Step("levy", level, level - l, "levy", signed(-l)));
                    level -= l;
                }
                steps.add(new HtmlCharts.Step("uncovered", 0, level, "uncovered", Money.homes(level)));
                if (atNational != null) {
                    steps.add(new HtmlCharts.Step("national (beside)", 0, atNational, "national", Money.homes(atNational)));
                }
                Map<String, Object> chart = new LinkedHashMap<>();
                chart.put("title", tierLabel(k));
                chart.put("chart", HtmlCharts.waterfall(steps, "weighted homes unmet"));
                charts.add(chart);
            }
            return charts;
        }

        private int tierOf(TaskType type) {
            for (int k = 0; k < result.tiers().size(); k++) {
                if (result.tiers().get(k).contains(type.name())) {
                    return k;
                }
            }
            return -1;
        }

        private String corporationName(String id) {
            Corporation c = corporationsById.get(id);
            return c == null || c.name() == null || c.name().isBlank() ? id : c.name();
        }

        private List<Map<String, Object>> regions() {
            Map<String, List<Result.Contribution>> in = new HashMap<>();
            Map<String, List<Result.Support>> out = new HashMap<>();
            result.contributions().forEach(c -> in.computeIfAbsent(c.region(), k -> new ArrayList<>()).add(c));
            result.support().forEach(s -> out.computeIfAbsent(s.region(), k -> new ArrayList<>()).add(s));
            List<Map<String, Object>> list = new ArrayList<>();
            for (Region r : instance.regions()) {
                if (!inScope(r.id())) {
                    continue;
                }
                Map<String, Object> view = new LinkedHashMap<>();
                view.put("name", r.name());
                view.put("province", r.province());
                List<Result.Contribution> payers = in.getOrDefault(r.id(), List.of());
                List<Result.Support> receivers = out.getOrDefault(r.id(), List.of());
                double fund = payers.stream().mapToDouble(Result.Contribution::amount).sum();
                view.put("fund", Money.millions(fund));
                view.put("payerCount", payers.size());
                view.put("receiverCount", receivers.size());
                boolean flows = !payers.isEmpty() || !receivers.isEmpty();
                view.put("flows", flows);
                if (flows) {
                    view.put("chart", HtmlCharts.flow("fund EUR " + Money.millions(fund) + " m", payerNodes(payers), receiverNodes(receivers)));
                }
                list.add(view);
            }
            return list;
        }

        private List<HtmlCharts.FlowNode> payerNodes(List<Result.Contribution> payers) {
            List<Result.Contribution> sorted = new ArrayList<>(payers);
            sorted.sort(Comparator.comparingDouble(Result.Contribution::amount).reversed()
                    .thenComparing(Result.Contribution::corporation).thenComparing(Result.Contribution::level));
            List<HtmlCharts.FlowNode> nodes = new ArrayList<>();
            int shown = sorted.size() <= FLOW_NODES + 1 ? sorted.size() : FLOW_NODES;
            for (int i = 0; i < shown; i++) {
                Result.Contribution c = sorted.get(i);
                nodes.add(new HtmlCharts.FlowNode(corporationName(c.corporation()), c.level() + " · EUR "
                        + Money.millions(c.amount()) + " m", c.amount(), c.level()));
            }
            Map<String, double[]> others = new TreeMap<>(Comparator.comparingInt(HtmlReport::levelOrder));
            for (int i = shown; i < sorted.size(); i++) {
                Result.Contribution c = sorted.get(i);
                double[] group = others.computeIfAbsent(c.level(), k -> new double[2]);
                group[0] += 1;
                group[1] += c.amount();
            }
            others.forEach((level, group) -> nodes.add(new HtmlCharts.FlowNode((int) group[0] + " others", level
                    + " · EUR " + Money.millions(group[1]) + " m", group[1], level)));
            return nodes;
        }

        private List<HtmlCharts.FlowNode> receiverNodes(List<Result.Support> receivers) {
            List<Result.Support> sorted = new ArrayList<>(receivers);
            sorted.sort(Comparator.comparingDouble(Result.Support::amount).reversed().thenComparing(Result.Support::corporation));
            List<HtmlCharts.FlowNode> nodes = new ArrayList<>();
            int shown = sorted.size() <= FLOW_NODES + 1 ? sorted.size() : FLOW_NODES;
            for (int i = 0; i < shown; i++) {
                Result.Support s = sorted.get(i);
                nodes.add(new HtmlCharts.FlowNode(corporationName(s.corporation()), "EUR " + Money.millions(s.amount()) + " m",
                        s.amount(), "receiver"));
            }
            if (shown < sorted.size()) {
                double rest = 0;
                for (int i = shown; i < sorted.size(); i++) {
                    rest += sorted.get(i).amount();
                }
                nodes.add(new HtmlCharts.FlowNode((sorted.size() - shown) + " others", "EUR " + Money.millions(rest) + " m", rest, "receiver"));
            }
            return nodes;
        }

        /** The corporations of the page: all, or those active in the chosen region (member, payer or receiver there). */
        private List<Corporation> corporations() {
            if (region == null) {
                return instance.corporations();
            }
            TreeSet<String> active = new TreeSet<>();
            result.contributions().stream().filter(c -> region.equals(c.region())).forEach(c -> active.add(c.corporation()));
            result.support().stream().filter(s -> region.equals(s.region())).forEach(s -> active.add(s.corporation()));
            return instance.corporations().stream().filter(c -> c.regions().contains(region) || active.contains(c.id())).toList();
        }

        private List<Map<String, Object>> corporationTable() {
            Map<String, double[]> spend = new HashMap<>();
            for (Result.Assignment a : result.assignments()) {
                Task task = tasks.get(a.task());
                if (task != null) {
                    double[] s = spend.computeIfAbsent(a.corporation(), k -> new double[2]);
                    s[a.corporation().equals(task.owner()) ? 0 : 1] += a.units() * task.unitCost();
                }
            }
            Map<String, Result.CorporationUse> uses = new HashMap<>();
            result.corporations().forEach(u -> uses.put(u.id(), u));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Corporation c : corporations()) {
                Result.CorporationUse use = uses.get(c.id());
                double[] s = spend.getOrDefault(c.id(), new double[2]);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", corporationName(c.id()));
                row.put("id", c.id());
                boolean bounded = use != null && use.headroom() != null;
                row.put("headroom", bounded ? Money.millions(use.headroom()) : "no limit");
                row.put("used", use == null ? "" : Money.millions(use.used()));
                row.put("left", bounded ? Money.millions(use.headroom() - use.used()) : "");
                row.put("binding", use == null || use.bindingNorm() == null ? "" : use.bindingNorm() + " " + use.bindingYear());
                row.put("own", Money.millions(s[0]));
                row.put("takenOver", Money.millions(s[1]));
                row.put("gives", use == null ? "" : Money.millions(use.gives()));
                row.put("receives", use == null ? "" : Money.millions(use.receives()));
                rows.add(row);
            }
            return rows;
        }

        /** Each corporation's ICR and LTV paths without and with its part of the allocation (and levy). */
        private List<Map<String, Object>> paths() {
            Map<String, AllocationOf.Position> positions = AllocationOf.positions(instance, result);
            Map<String, Double> levies = new HashMap<>();
            if (result.levy() != null) {
                result.levy().corporations().forEach(l -> levies.merge(l.id(), l.levy(), Double::sum));
            }
            List<Map<String, Object>> list = new ArrayList<>();
            for (Corporation c : corporations()) {
                Map<String, Object> view = new LinkedHashMap<>();
                view.put("name", corporationName(c.id()));
                view.put("id", c.id());
                if (!c.hasFinance()) {
                    view.put("finance", false);
                    view.put("headroom", Money.millions(c.headroom()));
                    list.add(view);
                    continue;
                }
                Decisions decisions = positions.get(c.id()).decisions();
                double levy = levies.getOrDefault(c.id(), 0.0);
                if (levy != 0.0) {
                    decisions = decisions.withLevy(LevySchedule.spread(levy, result.levy().years(), instance.indexation()));
                }
                view.put("finance", true);
                view.putAll(pathCharts(c, decisions));
                list.add(view);
            }
            return list;
        }

        private Map<String, Object> pathCharts(Corporation c, Decisions decisions) {
            Norms norms = instance.normsOf(c);
            double r = c.finance().interestRate();
            List<YearByYearSimulation.Year> base = YearByYearSimulation.path(instance, c, Decisions.NONE);
            List<YearByYearSimulation.Year> with = YearByYearSimulation.path(instance, c, decisions);
            Map<RowKey, Double> s0 = YearByYearSimulation.slacks(instance, c, Decisions.NONE);
            Map<RowKey, Double> s1 = YearByYearSimulation.slacks(instance, c, decisions);
            int n = base.size();
            List<Integer> years = new ArrayList<>();
            double[] icr0 = new double[n];
            double[] icr1 = new double[n];
            double[] ltv0 = new double[n];
            double[] ltv1 = new double[n];
            boolean[] icrBinds = new boolean[n];
            boolean[] ltvBinds = new boolean[n];
            for (int i = 0; i < n; i++) {
                int year = base.get(i).year();
                years.add(year);
                icr0[i] = base.get(i).icr(r);
                icr1[i] = with.get(i).icr(r);
                ltv0[i] = base.get(i).ltv();
                ltv1[i] = with.get(i).ltv();
                icrBinds[i] = binds(s0, s1, new RowKey(Norm.ICR, year));
                ltvBinds[i] = binds(s0, s1, new RowKey(Norm.LTV, year));
            }
            boolean dpm = norms.mode() == NormMode.DPM;
            List<HtmlCharts.Threshold> icrRules = new ArrayList<>();
            List<HtmlCharts.Threshold> ltvRules = new ArrayList<>();
            icrRules.add(new HtmlCharts.Threshold(norms.icrMin(), "norm", "norm " + ratio(norms.icrMin())));
            ltvRules.add(new HtmlCharts.Threshold(norms.ltvMax(), "norm", "norm " + percent(norms.ltvMax())));
            if (dpm && norms.yearlyIcrMin() != norms.icrMin()) {
                icrRules.add(new HtmlCharts.Threshold(norms.yearlyIcrMin(), "temporary", "temporary " + ratio(norms.yearlyIcrMin())));
            }
            if (dpm && norms.yearlyLtvMax() != norms.ltvMax()) {
                ltvRules.add(new HtmlCharts.Threshold(norms.yearlyLtvMax(), "temporary", "temporary " + percent(norms.yearlyLtvMax())));
            }
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("icr", HtmlCharts.lines(years, icr0, icr1, icrRules, icrBinds, "ICR (times interest)", 1.0, 10.0));
            view.put("ltv", HtmlCharts.lines(years, ltv0, ltv1, ltvRules, ltvBinds, "LTV (% of policy value)", 100.0, 3.0));
            List<String> bindingRows = new ArrayList<>();
            for (Map.Entry<RowKey, Double> row : s1.entrySet()) {
                if (binds(s0, s1, row.getKey())) {
                    bindingRows.add(row.getKey().norm().label() + " " + row.getKey().year());
                }
            }
            view.put("bindingRows", bindingRows.isEmpty() ? "none" : String.join(", ", bindingRows));
            return view;
        }

        private boolean binds(Map<RowKey, Double> baseline, Map<RowKey, Double> with, RowKey key) {
            Double s0 = baseline.get(key);
            Double s1 = with.get(key);
            return s0 != null && s1 != null && s1 - Math.min(0.0, s0) <= BINDS_WITHIN;
        }

        /** Planned and realised homes per year and type against the instance's targets. */
        private List<Map<String, Object>> yearly() {
            Map<TaskType, TreeMap<Integer, double[]>> table = new LinkedHashMap<>();
            if (region == null) {
                for (Result.Yearly y : result.yearly()) {
                    table.computeIfAbsent(TaskType.valueOf(y.type()), k -> new TreeMap<>()).put(y.year(), new double[] {y.planned(), y.realised()});
                }
            } else {
                // One region's share: its NPA tasks as planned, less what stays unmet of them.
                Map<String, Double> unmet = new HashMap<>();
                result.unmet().forEach(u -> unmet.merge(u.task(), u.units(), Double::sum));
                for (Task t : instance.tasks()) {
                    if (t.npa() && region.equals(t.region())) {
                        double[] cell = table.computeIfAbsent(t.type(), k -> new TreeMap<>()).computeIfAbsent(t.year(), k -> new double[2]);
                        cell[0] += t.units();
                        cell[1] += t.units() - unmet.getOrDefault(t.id(), 0.0);
                    }
                }
            }
            List<Map<String, Object>> charts = new ArrayList<>();
            for (TaskType type : TaskType.values()) {
                TreeMap<Integer, double[]> rows = table.get(type);
                if (rows == null) {
                    continue;
                }
                TreeSet<Integer> allYears = new TreeSet<>(rows.keySet());
                if (region == null) {
                    Map<Integer, Double> targets = instance.targets().byType().get(type);
                    if (targets != null) {
                        allYears.addAll(targets.keySet());
                    }
                }
                List<Integer> years = new ArrayList<>(allYears);
                double[] planned = new double[years.size()];
                double[] realised = new double[years.size()];
                Double[] target = new Double[years.size()];
                List<Map<String, Object>> cells = new ArrayList<>();
                for (int i = 0; i < years.size(); i++) {
                    double[] cell = rows.getOrDefault(years.get(i), new double[2]);
                    planned[i] = cell[0];
                    realised[i] = cell[1];
                    target[i] = region == null ? instance.targets().of(type, years.get(i)) : null;
                    cells.add(Map.of("year", years.get(i), "planned", Money.homes(planned[i]), "realised", Money.homes(realised[i]),
                            "target", target[i] == null ? "—" : Money.homes(target[i])));
                }
                Map<String, Object> view = new LinkedHashMap<>();
                view.put("type", type.name().toLowerCase(Locale.ROOT).replace('_', ' '));
                view.put("chart", HtmlCharts.yearly(years, planned, realised, target));
                view.put("rows", cells);
                charts.add(view);
            }
            return charts;
        }

        private Map<String, Object> levy() {
            LevyBlock levy = result.levy();
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("present", levy != null);
            if (levy == null) {
                return view;
            }
            List<Map<String, Object>> figures = new ArrayList<>();
            figures.add(figure("residual projectsteun need", "EUR " + Money.millions(levy.need()) + " m"));
            figures.add(figure("raised by the levy", "EUR " + Money.millions(levy.raised()) + " m"));
            figures.add(figure("uncovered (ambition to adjust)", "EUR " + Money.millions(levy.uncovered()) + " m"));
            figures.add(figure("rate (share of the levy base)", Names.percent(levy.rate())));
            figures.add(figure("cap (share of operating cash flow)", Names.percent(levy.capShare())));
            figures.add(figure("credit factor", String.format(Locale.ROOT, "%.2f", levy.creditFactor())));
            figures.add(figure("levy years", Integer.toString(levy.years())));
            figures.add(figure("base", levy.base() == null ? "" : levy.base()));
            if (levy.summary() != null) {
                LevyBlock.Summary s = levy.summary();
                figures.add(figure("corporations paying", Integer.toString(s.payers())));
                figures.add(figure("exempt", s.exempt().isEmpty() ? "none" : String.join(", ", new TreeMap<>(s.exempt()).entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey()).toList())));
                figures.add(figure("limited by their own norms", s.limitedByContinuity().count() + " (short EUR "
                        + Money.millions(s.limitedByContinuity().shortfall()) + " m)"));
                figures.add(figure("covered by their credit", Integer.toString(s.coveredByCredit())));
                figures.add(figure("cap that would cover the need", s.capNeeded() == null ? "none (even a cap of 100% cannot)" : Names.percent(s.capNeeded())));
            }
            view.put("figures", figures);
            view.put("chart", HtmlCharts.waterfall(List.of(
                    new HtmlCharts.Step("need", 0, levy.need() / 1e6, "total", Money.millions(levy.need())),
                    new HtmlCharts.Step("raised", levy.need() / 1e6, (levy.need() - levy.raised()) / 1e6, "levy", Money.millions(-levy.raised())),
                    new HtmlCharts.Step("uncovered", 0, levy.uncovered() / 1e6, "uncovered", Money.millions(levy.uncovered()))), "EUR m"));
            List<LevyBlock.CorporationLevy> payers = new ArrayList<>(levy.corporations().stream().filter(c -> c.levy() > 0).toList());
            payers.sort(Comparator.comparingDouble(LevyBlock.CorporationLevy::levy).reversed().thenComparing(LevyBlock.CorporationLevy::id));
            List<Map<String, Object>> top = new ArrayList<>();
            for (LevyBlock.CorporationLevy c : payers.subList(0, Math.min(10, payers.size()))) {
                top.add(Map.of("name", corporationName(c.id()), "levy", Money.millions(c.levy()), "credit", Money.millions(c.credit())));
            }
            view.put("top", top);
            view.put("payerTotal", payers.size());
            return view;
        }

        private static Map<String, Object> figure(String label, String value) {
            return Map.of("label", label, "value", value);
        }

        private static String signed(double homes) {
            String text = Money.homes(homes);
            return text.startsWith("-") || "0.0".equals(text) ? text : "+" + text;
        }

        private static String ratio(double v) {
            return String.format(Locale.ROOT, "%.2f", v);
        }

        private static String percent(double share) {
            return String.format(Locale.ROOT, "%.0f%%", 100 * share);
        }
    }

    private static int levelOrder(String level) {
        return switch (level) {
            case "regional" -> 0;
            case "provincial" -> 1;
            case "national" -> 2;
            default -> 3;
        };
    }
}
