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
import nl.solidarity.domain.Task;
import nl.solidarity.io.CsvDialect;
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
    /** How many payers the report lists; the CSV has them all. */
    static final int LARGEST_PAYERS = 10;

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
        sb.append(wrap(summary(levy, result.scope(), btiv))).append('\n');
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
        sb.append("Largest payers (").append(Math.min(LARGEST_PAYERS, payers.size())).append(" of ").append(payers.size())
                .append("; EUR m over the levy years)\n");
        if (payers.isEmpty()) {
            sb.append("none\n");
        } else {
            TextTable table = new TextTable(List.of("corporation", "base", "rhoMax", "gross", "credit", "levy", "levy % of own cash flow"),
                    false, true, true, true, true, true, true);
            for (LevyBlock.CorporationLevy c : payers.subList(0, Math.min(LARGEST_PAYERS, payers.size()))) {
                double ownBase = ownBase(instance, corporations.get(c.id()), levy.years());
                table.row(names.corporation(c.id()), Money.millions(c.base()), c.rhoMax() == null ? "-" : percent(c.rhoMax()),
                        Money.millions(c.gross()), Money.millions(c.credit()), Money.millions(c.levy()),
                        ownBase > 0 ? percent(c.levy() / ownBase) : "-");
            }
            sb.append(table.render());
        }
        sb.append('\n');

        sb.append("Held back by their own norms (rhoMax below the rate; EUR m)\n");
        TextTable limited = new TextTable(List.of("corporation", "rhoMax", "base", "pays", "less than the rate asks"),
                false, true, true, true, true);
        for (LevyBlock.CorporationLevy c : levy.corporations()) {
            if (c.exempt() == null && c.rhoMax() != null && c.rhoMax() < levy.rate()) {
                limited.row(names.corporation(c.id()), percent(c.rhoMax()), Money.millions(c.base()), Money.millions(c.levy()),
                        Money.millions((levy.rate() - c.rhoMax()) * c.base()));
            }
        }
        sb.append(limited.isEmpty() ? "none\n" : limited.render()).append('\n');

        sb.append("Covered by their credit (what they paid into the funds, less what they received; EUR m)\n");
        TextTable credited = new TextTable(List.of("corporation", "gross", "credit"), false, true, true);
        for (LevyBlock.CorporationLevy c : levy.corporations()) {
            if (c.exempt() == null && c.credit() > 0 && c.credit() >= c.gross()) {
                credited.row(names.corporation(c.id()), Money.millions(c.gross()), Money.millions(c.credit()));
            }
        }
        sb.append(credited.isEmpty() ? "none\n" : credited.render()).append('\n');

        sb.append("Exempt corporations\n");
        TextTable exempt = new TextTable(List.of("corporation", "reason"), false, false);
        for (LevyBlock.CorporationLevy c : levy.corporations()) {
            if (c.exempt() != null) {
                exempt.row(names.corporation(c.id()), c.exempt() + ": " + explain(c.exempt()));
            }
        }
        sb.append(exempt.isEmpty() ? "none\n" : exempt.render()).append('\n');

        sb.append("Tasks supported by projectsteun\n");
        Map<String, Double> supportedHomes = new HashMap<>();
        if (levy.supported().isEmpty()) {
            sb.append("none\n");
        } else {
            TextTable supported = new TextTable(List.of("task", "type", "region", "homes", "amount (EUR m)"), false, false, false, true, true);
            for (LevyBlock.SupportedTask t : levy.supported()) {
                Task task = names.task(t.task());
                supportedHomes.merge(t.task(), t.units(), Double::sum);
                supported.row(t.task(), task == null ? "" : task.type(), task == null ? "" : names.region(task.region()),
                        Money.homes(t.units()), Money.millions(t.amount()));
            }
            sb.append(supported.render());
        }
        sb.append('\n');

        sb.append("Unrealised homes without projectsteun\n");
        TextTable unsupported = new TextTable(List.of("task", "type", "region", "homes", "support need (EUR m)", "why"),
                false, false, false, true, true, false);
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
            unsupported.row(u.task(), task.type(), names.region(task.region()), Money.homes(left),
                    Money.millions(left * task.supportPerUnit()), why);
        }
        sb.append(unsupported.isEmpty() ? "none\n" : unsupported.render());
        return sb.toString();
    }

    /**
     * The block's summary in sentences: what the cap raises of the need and which cap would cover
     * it, who pays, who is exempt and why, who is held back by their norms or covered by their
     * credit, and what stays uncovered.
     */
    static String summary(LevyBlock levy, String scope, boolean btiv) {
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
            sb.append("; ").append(count(summary.coveredByCredit(), "is covered by its credit", "are covered by their credit"))
                    .append(" for what they paid into the solidarity funds.");
        }
        if (levy.uncovered() > 0) {
            sb.append("\nEUR ").append(Money.millions(levy.uncovered())).append(" m stays uncovered: the ambition cannot be financed ")
                    .append("and must be adjusted (bijgesteld) by EUR ").append(Money.millions(levy.uncovered()))
                    .append(" m, unless the cap is raised or the money is found elsewhere.");
        }
        return sb.append('\n').toString();
    }

    /** The whole per-corporation table, for spreadsheets; each amount's column names its unit. */
    public static String csv(Result result, CsvDialect dialect) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (result.levy() != null) {
            for (LevyBlock.CorporationLevy c : result.levy().corporations()) {
                rows.add(ResultCsv.row("id", c.id(), "base_eur", c.base(), "rhoMax_fraction", c.rhoMax(),
                        "gross_eur", c.gross(), "credit_eur", c.credit(), "levy_eur", c.levy(), "exempt", c.exempt()));
            }
        }
        return ResultCsv.csv(dialect, rows, "id", "base_eur", "rhoMax_fraction", "gross_eur", "credit_eur", "levy_eur", "exempt");
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
