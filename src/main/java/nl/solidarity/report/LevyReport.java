package nl.solidarity.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Rounding;
import nl.solidarity.domain.Task;
import nl.solidarity.io.CsvDialect;
import nl.solidarity.io.Json;
import nl.solidarity.levy.LevySchedule;
import nl.solidarity.result.LevyBlock;
import nl.solidarity.result.Result;

/**
 * The readable report of a result's levy block that {@code levy} and {@code solve --levy} print:
 * first, in plain words, why the levy raises what it raises (the block's summary) and what stays
 * uncovered; then where the need is, the parameters, and the tables behind the sentences. Every
 * number is the block's own, rounded for display.
 */
public final class LevyReport {
    /** How many lines a list of the report shows before it folds the rest into a count; the CSV has them all. */
    static final int LISTED = 10;

    private LevyReport() {
    }

    public static String render(Instance instance, Result result) {
        LevyBlock levy = result.levy();
        if (levy == null) {
            return "no levy computed for this result\n";
        }
        Names names = new Names(instance);
        Map<String, Corporation> corporations = instance.corporationsById();
        boolean btiv = "btiv2015".equals(levy.base());
        StringBuilder sb = new StringBuilder();
        sb.append("Projectsteun levy: ").append(instance.name()).append(" (scope ").append(result.scope())
                .append(", mode ").append(result.mode()).append(")\n\n");
        sb.append(wrap(summary(levy, result.scope(), btiv, names))).append('\n');
        if ("national".equals(result.scope())) {
            sb.append(wrap("This is a national run: every corporation with room left has already given it as voluntary "
                    + "national solidarity, so little room is left to levy and a levy here can raise little. The ministry's "
                    + "flow levies after a province run, where regional and provincial solidarity have been used and "
                    + "national room has not.")).append('\n');
        }

        LevyBlock.Summary summary = levy.summary();
        if (summary != null && !summary.needByRegion().isEmpty()) {
            sb.append("Where the need is (EUR m)\n");
            TextTable where = new TextTable(List.of("province", "region", "need"), false, false, true);
            Map<String, List<Region>> byProvince = new LinkedHashMap<>();
            for (Region region : instance.regions()) {
                if (summary.needByRegion().containsKey(region.id())) {
                    byProvince.computeIfAbsent(region.province(), p -> new ArrayList<>()).add(region);
                }
            }
            byProvince.forEach((province, regions) -> {
                where.row(province, "", Money.millions(summary.needByProvince().getOrDefault(province, 0.0)));
                regions.forEach(r -> where.row("", names.region(r.id()), Money.millions(summary.needByRegion().get(r.id()))));
            });
            sb.append(where.render()).append('\n');
        }

        TextTable parameters = new TextTable(List.of("", ""), false, true);
        parameters.row("need (EUR m)", Money.millions(levy.need()));
        parameters.row("raised (EUR m)", Money.millions(levy.raised()));
        parameters.row("uncovered (EUR m)", Money.millions(levy.uncovered()));
        parameters.row(btiv ? "rate (% of payers' cash flow, keyed by homes and WOZ)" : "rate (% of operating cash flow)",
                percent(levy.rate()));
        parameters.row("cap (% of a corporation's own operating cash flow)", percent(levy.capShare()));
        if (summary != null) {
            parameters.row("cap that would cover the need", summary.capNeeded() == null ? "none (not even 100%)" : percent(summary.capNeeded()));
        }
        parameters.row("credit factor for contributions to the funds", String.format(Locale.ROOT, "%.2f", levy.creditFactor()));
        parameters.row("levy years", levy.years() + " (" + instance.calendarYear(1) + "–" + instance.calendarYear(levy.years()) + ")");
        parameters.row("key", btiv ? "btiv2015 (half homes, half WOZ value)" : "cashflow");
        sb.append(body(parameters)).append('\n');

        // Payers as the summary counts them: more than one euro (a ρmax of a few 1e-9 leaves cents).
        List<LevyBlock.CorporationLevy> payers = new ArrayList<>(levy.corporations().stream().filter(c -> c.levy() > 1.0).toList());
        payers.sort(Comparator.comparingDouble((LevyBlock.CorporationLevy c) -> -c.levy()).thenComparing(LevyBlock.CorporationLevy::id));
        sb.append("Largest payers (").append(Math.min(LISTED, payers.size())).append(" of ").append(payers.size())
                .append("; EUR m over the levy years").append(payers.size() > LISTED ? "; every one in levy.csv with --csv DIR" : "").append(")\n");
        if (payers.isEmpty()) {
            sb.append("none\n");
        } else {
            TextTable table = new TextTable(List.of("corporation", "base", "rhoMax", "gross", "credit", "levy", "levy % of own cash flow"),
                    false, true, true, true, true, true, true);
            for (LevyBlock.CorporationLevy c : payers.subList(0, Math.min(LISTED, payers.size()))) {
                double ownBase = ownBase(instance, corporations.get(c.id()), levy.years());
                table.row(names.corporation(c.id()), Money.millions(c.base()), c.rhoMax() == null ? "-" : percent(c.rhoMax()),
                        Money.millions(c.gross()), Money.millions(c.credit()), Money.millions(c.levy()),
                        ownBase > 0 ? percent(c.levy() / ownBase) : "-");
            }
            sb.append(table.render());
            List<LevyBlock.CorporationLevy> rest = payers.subList(Math.min(LISTED, payers.size()), payers.size());
            sb.append(more(payers.size(), "payers", rest.stream().mapToDouble(LevyBlock.CorporationLevy::levy).sum(), "of levy"));
        }
        sb.append('\n');

        List<LevyBlock.CorporationLevy> held = new ArrayList<>();
        for (LevyBlock.CorporationLevy c : levy.corporations()) {
            if (c.exempt() == null && c.rhoMax() != null && c.rhoMax() < levy.rate()) {
                held.add(c);
            }
        }
        held.sort(Comparator.comparingDouble((LevyBlock.CorporationLevy c) -> -(levy.rate() - c.rhoMax()) * c.base())
                .thenComparing(LevyBlock.CorporationLevy::id));
        sb.append("Held back by their own norms (rhoMax below the rate; EUR m").append(listed(held.size(), "largest", "levy.csv")).append(")\n");
        TextTable limited = new TextTable(List.of("corporation", "rhoMax", "base", "pays", "less than the rate asks"),
                false, true, true, true, true);
        for (LevyBlock.CorporationLevy c : held.subList(0, Math.min(LISTED, held.size()))) {
            limited.row(names.corporation(c.id()), percent(c.rhoMax()), Money.millions(c.base()), Money.millions(c.levy()),
                    Money.millions((levy.rate() - c.rhoMax()) * c.base()));
        }
        sb.append(limited.isEmpty() ? "none\n" : limited.render());
        sb.append(more(held.size(), "held back", held.subList(Math.min(LISTED, held.size()), held.size()).stream()
                .mapToDouble(c -> (levy.rate() - c.rhoMax()) * c.base()).sum(), "less than the rate asks")).append('\n');

        List<LevyBlock.CorporationLevy> covered = new ArrayList<>();
        for (LevyBlock.CorporationLevy c : levy.corporations()) {
            if (c.exempt() == null && c.credit() > 0 && c.credit() >= c.gross()) {
                covered.add(c);
            }
        }
        covered.sort(Comparator.comparingDouble((LevyBlock.CorporationLevy c) -> -c.credit()).thenComparing(LevyBlock.CorporationLevy::id));
        sb.append("Covered by their credit (what they paid into the funds, less what they received; EUR m")
                .append(listed(covered.size(), "largest", "levy.csv")).append(")\n");
        TextTable credited = new TextTable(List.of("corporation", "gross", "credit"), false, true, true);
        for (LevyBlock.CorporationLevy c : covered.subList(0, Math.min(LISTED, covered.size()))) {
            credited.row(names.corporation(c.id()), Money.millions(c.gross()), Money.millions(c.credit()));
        }
        sb.append(credited.isEmpty() ? "none\n" : credited.render());
        sb.append(more(covered.size(), "covered", covered.subList(Math.min(LISTED, covered.size()), covered.size()).stream()
                .mapToDouble(LevyBlock.CorporationLevy::credit).sum(), "of credit")).append('\n');

        exempt(sb, levy, names);

        sb.append("Tasks supported by projectsteun (in the order of support").append(listed(levy.supported().size(), "first", "levy-supported.csv")).append(")\n");
        Map<String, Double> supportedHomes = new HashMap<>();
        levy.supported().forEach(t -> supportedHomes.merge(t.task(), t.units(), Double::sum));
        if (levy.supported().isEmpty()) {
            sb.append("none\n");
        } else {
            // The order of support (tier, weight, support per home), so the last line is where the money ran out.
            TextTable supported = new TextTable(List.of("task", "type", "region", "homes", "amount (EUR m)"), false, false, false, true, true);
            for (LevyBlock.SupportedTask t : levy.supported().subList(0, Math.min(LISTED, levy.supported().size()))) {
                Task task = names.task(t.task());
                supported.row(t.task(), task == null ? "" : task.type(), task == null ? "" : names.region(task.region()),
                        Money.homes(t.units()), Money.millions(t.amount()));
            }
            sb.append(supported.render());
            List<LevyBlock.SupportedTask> rest = levy.supported().subList(Math.min(LISTED, levy.supported().size()), levy.supported().size());
            sb.append(more(rest.size(), "supported", rest.stream().mapToDouble(LevyBlock.SupportedTask::amount).sum(), "of support"));
        }
        sb.append('\n');

        unsupported(sb, result, levy, names, supportedHomes);
        return sb.toString();
    }

    /** How many payers the summary names: the first answer to "from whom". */
    static final int NAMED_PAYERS = 3;

    /**
     * " The largest payers are a with EUR 2.00 m and b with EUR 1.50 m." for up to three payers,
     * largest first (ties by id), or "" when nobody pays.
     */
    private static String largestPayers(LevyBlock levy, Names names) {
        List<LevyBlock.CorporationLevy> payers = levy.corporations().stream().filter(c -> c.levy() > 1.0)
                .sorted(Comparator.comparingDouble((LevyBlock.CorporationLevy c) -> -c.levy()).thenComparing(LevyBlock.CorporationLevy::id))
                .limit(NAMED_PAYERS).toList();
        if (payers.isEmpty()) {
            return "";
        }
        List<String> parts = payers.stream().map(c -> names.corporation(c.id()) + " with EUR " + Money.millions(c.levy()) + " m").toList();
        String listed = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return (payers.size() == 1 ? " It is paid by " : " The largest payers are ") + listed + ".";
    }

    /** "; the largest 10 of 34, every one in levy.csv with --csv DIR" when a list is folded, else "". */
    private static String listed(int size, String which, String file) {
        return size > LISTED ? "; the " + which + " " + LISTED + " of " + size + ", every one in " + file + " with --csv DIR" : "";
    }

    /** The line that stands for the rows a folded list leaves out. */
    private static String more(int size, String what, double amount, String unit) {
        if (size <= LISTED) {
            return "";
        }
        return "... and " + (size - LISTED) + " more " + what + ": EUR " + Money.millions(amount) + " m " + unit + "\n";
    }

    /**
     * The exempt corporations with their reason; a long list is folded into a count per reason
     * (the national instance exempts some 200 corporations, and their names say nothing the count
     * does not), with the full list in the CSV.
     */
    private static void exempt(StringBuilder sb, LevyBlock levy, Names names) {
        List<LevyBlock.CorporationLevy> exempt = levy.corporations().stream().filter(c -> c.exempt() != null).toList();
        sb.append("Exempt corporations").append('\n');
        if (exempt.isEmpty()) {
            sb.append("none\n\n");
            return;
        }
        if (exempt.size() <= LISTED) {
            TextTable table = new TextTable(List.of("corporation", "reason"), false, false);
            exempt.forEach(c -> table.row(names.corporation(c.id()), c.exempt() + ": " + explain(c.exempt())));
            sb.append(table.render()).append('\n');
            return;
        }
        Map<String, Integer> byReason = new LinkedHashMap<>();
        if (levy.summary() != null) {
            byReason.putAll(levy.summary().exempt());
        } else {
            exempt.forEach(c -> byReason.merge(c.exempt(), 1, Integer::sum));
        }
        TextTable table = new TextTable(List.of("reason", "corporations", ""), false, true, false);
        byReason.forEach((reason, count) -> table.row(reason, count, explain(reason)));
        sb.append(table.render());
        sb.append(exempt.size()).append(" corporations in all; each one with its reason in levy.csv with --csv DIR\n\n");
    }

    /**
     * The unrealised homes that get no projectsteun, with the reason; more than a screenful is
     * folded into one line per reason and type (the tasks are in unmet.csv and levy-supported.csv).
     */
    private static void unsupported(StringBuilder sb, Result result, LevyBlock levy, Names names, Map<String, Double> supportedHomes) {
        record Line(String task, Task type, double homes, String why) {
        }
        List<Line> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Result.Unmet u : result.unmet()) {
            Task task = names.task(u.task());
            double left = u.units() - supportedHomes.getOrDefault(u.task(), 0.0);
            if (task == null || left <= 1e-3 || !seen.add(u.task())) {
                continue;
            }
            String why = !task.npa() ? "local ambition: not eligible (only NPA tasks qualify)"
                    : task.supportPerUnit() <= 0 ? "no onrendabele top: projectsteun does not apply"
                    : levy.need() < 1.0 ? "the need is below one euro and counts as zero"
                    : "the levy does not reach it";
            lines.add(new Line(u.task(), task, left, why));
        }
        sb.append("Unrealised homes without projectsteun\n");
        if (lines.isEmpty()) {
            sb.append("none\n");
            return;
        }
        if (lines.size() <= LISTED) {
            TextTable unsupported = new TextTable(List.of("task", "type", "region", "homes", "support need (EUR m)", "why"),
                    false, false, false, true, true, false);
            for (Line l : lines) {
                unsupported.row(l.task(), l.type().type(), names.region(l.type().region()), Money.homes(l.homes()),
                        Money.millions(l.homes() * l.type().supportPerUnit()), l.why());
            }
            sb.append(unsupported.render());
            return;
        }
        Map<String, double[]> grouped = new LinkedHashMap<>();
        lines.stream().sorted(Comparator.comparing(Line::why).thenComparing(l -> l.type().type().ordinal())).forEach(l ->
                accumulate(grouped.computeIfAbsent(l.why() + "\u0000" + l.type().type(), k -> new double[3]),
                        l.homes(), l.homes() * l.type().supportPerUnit()));
        TextTable table = new TextTable(List.of("why", "type", "tasks", "homes", "support need (EUR m)"),
                false, false, true, true, true);
        grouped.forEach((key, v) -> {
            String[] parts = key.split("\u0000");
            table.row(parts[0], parts[1], (long) v[0], Money.homes(v[1]), Money.millions(v[2]));
        });
        sb.append(table.render());
        sb.append(lines.size()).append(" tasks in all; each one in unmet.csv (less what levy-supported.csv supports) with --csv DIR\n");
    }

    private static void accumulate(double[] totals, double homes, double need) {
        totals[0] += 1;
        totals[1] += homes;
        totals[2] += need;
    }

    /**
     * The block's summary in sentences: what the cap raises of the need and which cap would cover
     * it, who pays, who is exempt and why, who is held back by their norms or covered by their
     * credit, and what stays uncovered.
     */
    static String summary(LevyBlock levy, String scope, boolean btiv, Names names) {
        StringBuilder sb = new StringBuilder();
        if (levy.need() == 0.0) {
            return "Every NPA task is realised at scope " + scope + ": no projectsteun is needed, and there is no levy.\n";
        }
        if (levy.need() < 1.0) {
            return String.format(Locale.ROOT, "What stays unrealised needs EUR %.2f of projectsteun, less than one euro: "
                    + "that counts as no need, and there is no levy.%n", levy.need());
        }
        String cap = percent(levy.capShare());
        LevyBlock.Summary summary = levy.summary();
        if (levy.uncovered() > 0) {
            sb.append("The ").append(cap).append(" cap raises EUR ").append(Money.millions(levy.raised())).append(" m of the EUR ")
                    .append(Money.millions(levy.need())).append(" m need; ");
            if (summary == null) {
                sb.append("the rest stays uncovered. ");
            } else if (summary.capNeeded() == null) {
                sb.append("no cap would cover it, not even the whole operating cash flow (100%). ");
            } else {
                sb.append("a cap of ").append(percent(summary.capNeeded())).append(" would cover it. ");
            }
        } else {
            sb.append("The levy covers the whole need of EUR ").append(Money.millions(levy.need())).append(" m at a rate of ")
                    .append(percent(levy.rate())).append(btiv ? " of the payers' cash flow (keyed by homes and WOZ)" : " of operating cash flow")
                    .append(", within the ").append(cap).append(" cap. ");
        }
        if (summary != null) {
            int ownRegion = summary.exempt().getOrDefault("own-region-short", 0);
            int noBase = summary.exempt().getOrDefault("no-base", 0);
            sb.append(count(summary.payers(), "corporation pays", "corporations pay")).append("; ");
            sb.append(count(ownRegion, "is exempt because its own region is short", "are exempt because their own region is short"));
            if (noBase > 0) {
                sb.append(" and ").append(count(noBase, "because it states", "because they state")).append(" no operating cash flow to levy on");
            }
            int limited = summary.limitedByContinuity().count();
            sb.append("; ").append(count(limited, "could pay more but its norms do not allow it", "could pay more but their norms do not allow it"));
            if (limited > 0) {
                sb.append(" (EUR ").append(Money.millions(summary.limitedByContinuity().shortfall())).append(" m less than the rate asks)");
            }
            sb.append("; ").append(count(summary.coveredByCredit(), "is covered by its credit for what it paid into the solidarity funds",
                    "are covered by their credit for what they paid into the solidarity funds")).append('.');
            sb.append(largestPayers(levy, names));
        }
        if (levy.uncovered() > 0) {
            sb.append("\nEUR ").append(Money.millions(levy.uncovered())).append(" m stays uncovered: the ambition cannot be financed ")
                    .append("and must be adjusted (bijgesteld) by EUR ").append(Money.millions(levy.uncovered()))
                    .append(" m, unless the cap is raised or the money is found elsewhere.");
        }
        return sb.append('\n').toString();
    }

    /**
     * The levy block as CSV tables for spreadsheets, file name to contents, written into the
     * {@code --csv} folder beside the result's own tables ({@link ResultCsv}):
     * <ul>
     *   <li>{@code levy.csv}: every corporation with its name, base, ρmax, gross, credit, levy, the
     *       levy as a share of its own operating cash flow over the levy years, and its exemption;</li>
     *   <li>{@code levy-schedule.csv}: what every corporation pays in each calendar year of the
     *       levy (its levy spread in proportion to its base, {@link LevySchedule#spread}), in cents;</li>
     *   <li>{@code levy-supported.csv}: the supported tasks in the order of support;</li>
     *   <li>{@code levy-summary.csv}: the parameters and the summary, one field a line.</li>
     * </ul>
     */
    public static Map<String, String> csvTables(Instance instance, Result result, CsvDialect dialect) {
        LevyBlock levy = result.levy();
        Map<String, String> tables = new LinkedHashMap<>();
        if (levy == null) {
            return tables;
        }
        Map<String, Corporation> corporations = instance.corporationsById();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> schedule = new ArrayList<>();
        List<String> years = new ArrayList<>();
        for (int y = 1; y <= levy.years(); y++) {
            years.add(Integer.toString(instance.calendarYear(y)));
        }
        for (LevyBlock.CorporationLevy c : levy.corporations()) {
            Corporation corporation = corporations.get(c.id());
            String name = corporation == null ? "" : corporation.name();
            double ownBase = ownBase(instance, corporation, levy.years());
            rows.add(ResultCsv.row("id", c.id(), "name", name, "base_eur", c.base(),
                    "rhoMax_fraction", c.rhoMax(), "gross_eur", c.gross(),
                    "credit_eur", c.credit(), "levy_eur", c.levy(),
                    "levyShareOfCashFlow_fraction", ownBase > 0 ? share(c.levy() / ownBase) : null,
                    "exempt", c.exempt() == null ? "" : c.exempt()));
            Map<String, Object> line = ResultCsv.row("id", c.id(), "name", name, "levy_eur", c.levy());
            double[] byYear = LevySchedule.spread(c.levy(), levy.years(), instance.indexation());
            for (int y = 1; y <= levy.years(); y++) {
                line.put(years.get(y - 1), Rounding.cents(byYear[y]));
            }
            schedule.add(line);
        }
        tables.put("levy.csv", ResultCsv.csv(dialect, rows, "id", "name", "base_eur", "rhoMax_fraction", "gross_eur", "credit_eur", "levy_eur",
                "levyShareOfCashFlow_fraction", "exempt"));
        List<String> scheduleColumns = new ArrayList<>(List.of("id", "name", "levy_eur"));
        scheduleColumns.addAll(years);
        tables.put("levy-schedule.csv", ResultCsv.csv(dialect, schedule, scheduleColumns.toArray(String[]::new)));

        Names names = new Names(instance);
        List<Map<String, Object>> supported = new ArrayList<>();
        for (LevyBlock.SupportedTask t : levy.supported()) {
            Task task = names.task(t.task());
            supported.add(ResultCsv.row("task", t.task(), "type", task == null ? "" : task.type().name(),
                    "region", task == null ? "" : task.region(), "homes", t.units(), "amount_eur", t.amount()));
        }
        tables.put("levy-supported.csv", ResultCsv.csv(dialect, supported, "task", "type", "region", "homes", "amount_eur"));

        List<Map<String, Object>> summary = new ArrayList<>();
        summary.add(ResultCsv.row("field", "need", "value", levy.need()));
        summary.add(ResultCsv.row("field", "raised", "value", levy.raised()));
        summary.add(ResultCsv.row("field", "uncovered", "value", levy.uncovered()));
        summary.add(ResultCsv.row("field", "rate", "value", levy.rate()));
        summary.add(ResultCsv.row("field", "capShare", "value", levy.capShare()));
        summary.add(ResultCsv.row("field", "creditFactor", "value", levy.creditFactor()));
        summary.add(ResultCsv.row("field", "years", "value", levy.years()));
        summary.add(ResultCsv.row("field", "base", "value", levy.base()));
        LevyBlock.Summary s = levy.summary();
        if (s != null) {
            summary.add(ResultCsv.row("field", "capNeeded", "value", s.capNeeded()));
            summary.add(ResultCsv.row("field", "payers", "value", s.payers()));
            s.exempt().forEach((reason, count) -> summary.add(ResultCsv.row("field", "exempt." + reason, "value", count)));
            summary.add(ResultCsv.row("field", "limitedByContinuity.count", "value", s.limitedByContinuity().count()));
            summary.add(ResultCsv.row("field", "limitedByContinuity.shortfall", "value", s.limitedByContinuity().shortfall()));
            summary.add(ResultCsv.row("field", "coveredByCredit", "value", s.coveredByCredit()));
            s.needByRegion().forEach((region, need) -> summary.add(ResultCsv.row("field", "needByRegion." + region, "value", need)));
            s.needByProvince().forEach((province, need) -> summary.add(ResultCsv.row("field", "needByProvince." + province, "value", need)));
        }
        tables.put("levy-summary.csv", ResultCsv.csv(dialect, summary, "field", "value"));
        return tables;
    }

    static String explain(String reason) {
        return switch (reason) {
            case "no-base" -> "states no operating cash flow to levy on";
            case "own-region-short" -> "its own region still has unrealised NPA homes";
            default -> reason;
        };
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Σ_y O·(1+g)^y over the levy years: what the cap is a share of. */
    private static double ownBase(Instance instance, Corporation corporation, int years) {
        if (corporation == null || corporation.levyBaseCashFlow() == null) {
            return 0.0;
        }
        double sum = 0.0;
        for (double weight : LevySchedule.profile(years, instance.indexation())) {
            sum += weight;
        }
        return corporation.levyBaseCashFlow() * sum;
    }

    /**
     * A levy as a share of the cash flow, to 1e-8 (a millionth of a percent): the levy is in cents
     * and the base is not, so the unrounded quotient of a corporation at the cap reads 0.00999999999.
     */
    private static double share(double share) {
        return Math.round(share * 1e8) / 1e8;
    }

    private static String percent(double share) {
        return Names.percent(share);
    }

    /**
     * Paragraphs wrapped at 100 characters for a terminal. An amount stays on one line: "EUR" is
     * never split from its number, nor a number from the "m" after it.
     */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\n")) {
            List<String> words = new ArrayList<>();
            for (String word : paragraph.split(" ")) {
                int last = words.size() - 1;
                if (last >= 0 && (words.get(last).endsWith("EUR") || word.equals("m") || word.matches("m[;,.:)]"))) {
                    words.set(last, words.get(last) + " " + word);
                } else {
                    words.add(word);
                }
            }
            StringBuilder line = new StringBuilder();
            for (String word : words) {
                if (line.length() > 0 && line.length() + 1 + word.length() > 100) {
                    out.append(line).append('\n');
                    line.setLength(0);
                }
                line.append(line.length() == 0 ? "" : " ").append(word);
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** A two-column table without its header lines. */
    private static String body(TextTable table) {
        String rendered = table.render();
        int second = rendered.indexOf('\n', rendered.indexOf('\n') + 1);
        return rendered.substring(second + 1);
    }
}
