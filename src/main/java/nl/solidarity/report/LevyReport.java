package nl.solidarity.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.Task;
import nl.solidarity.levy.LevySchedule;
import nl.solidarity.result.LevyBlock;
import nl.solidarity.result.Result;

/** The readable report of a result's levy block that {@code levy} and {@code solve --levy} print. */
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
        Map<String, Corporation> corporations = instance.corporationsById();
        Map<String, Task> tasks = new HashMap<>();
        instance.tasks().forEach(t -> tasks.put(t.id(), t));
        boolean btiv = "btiv2015".equals(levy.base());
        StringBuilder sb = new StringBuilder();
        sb.append("Projectsteun levy: ").append(instance.name()).append(" (scope ").append(result.scope())
                .append(", mode ").append(result.mode()).append(")\n\n");
        TextTable summary = new TextTable(List.of("", ""), false, true);
        summary.row("need (EUR m)", Money.millions(levy.need()));
        summary.row("raised (EUR m)", Money.millions(levy.raised()));
        summary.row("uncovered (EUR m)", Money.millions(levy.uncovered()));
        summary.row(btiv ? "rate (% of payers' cash flow, keyed by homes and WOZ)" : "rate (% of operating cash flow)",
                percent(levy.rate()));
        summary.row("cap (% of a corporation's own operating cash flow)", percent(levy.capShare()));
        summary.row("credit factor for voluntary transfers", String.format(Locale.ROOT, "%.2f", levy.creditFactor()));
        summary.row("levy years", levy.years() + " (" + instance.calendarYear(1) + "–" + instance.calendarYear(levy.years()) + ")");
        summary.row("key", btiv ? "btiv2015 (half homes, half WOZ value)" : "cashflow");
        sb.append(body(summary)).append('\n');

        if (levy.need() == 0.0) {
            sb.append("Every NPA task is realised at scope ").append(result.scope()).append(": no projectsteun is needed, no levy.\n");
        } else if (levy.uncovered() > 0) {
            sb.append("Even at the cap the levy raises EUR ").append(Money.millions(levy.raised())).append(" m of the EUR ")
                    .append(Money.millions(levy.need())).append(" m needed: the ambition cannot be financed and must be adjusted ")
                    .append("(bijgesteld) by EUR ").append(Money.millions(levy.uncovered())).append(" m.\n");
        } else {
            sb.append("The levy covers the whole need at a rate below or at the cap.\n");
        }
        if ("national".equals(result.scope())) {
            sb.append("This is a national run: every corporation with room left has already given it voluntarily, ")
                    .append("so little room is left to levy. The ministry's flow levies after a province run.\n");
        }
        sb.append('\n');

        List<LevyBlock.CorporationLevy> payers = new ArrayList<>(levy.corporations().stream().filter(c -> c.levy() > 0).toList());
        payers.sort(Comparator.comparingDouble((LevyBlock.CorporationLevy c) -> -c.levy()).thenComparing(LevyBlock.CorporationLevy::id));
        sb.append("Largest payers (").append(Math.min(LARGEST_PAYERS, payers.size())).append(" of ").append(payers.size())
                .append("; EUR m over the levy years)\n");
        if (payers.isEmpty()) {
            sb.append("none\n");
        } else {
            TextTable table = new TextTable(List.of("corporation", "name", "base", "rhoMax", "gross", "credit", "levy", "levy % of own cash flow"),
                    false, false, true, true, true, true, true, true);
            for (LevyBlock.CorporationLevy c : payers.subList(0, Math.min(LARGEST_PAYERS, payers.size()))) {
                Corporation corporation = corporations.get(c.id());
                double ownBase = ownBase(instance, corporation, levy.years());
                table.row(c.id(), corporation == null ? "" : corporation.name(), Money.millions(c.base()),
                        c.rhoMax() == null ? "-" : percent(c.rhoMax()), Money.millions(c.gross()), Money.millions(c.credit()),
                        Money.millions(c.levy()), ownBase > 0 ? percent(c.levy() / ownBase) : "-");
            }
            sb.append(table.render());
        }
        sb.append('\n');

        sb.append("Exempt corporations\n");
        TextTable exempt = new TextTable(List.of("corporation", "name", "reason"), false, false, false);
        for (LevyBlock.CorporationLevy c : levy.corporations()) {
            if (c.exempt() != null) {
                Corporation corporation = corporations.get(c.id());
                exempt.row(c.id(), corporation == null ? "" : corporation.name(), c.exempt() + ": " + explain(c.exempt()));
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
                Task task = tasks.get(t.task());
                supportedHomes.merge(t.task(), t.units(), Double::sum);
                supported.row(t.task(), task == null ? "" : task.type(), task == null ? "" : task.region(), Money.homes(t.units()),
                        Money.millions(t.amount()));
            }
            sb.append(supported.render());
        }
        sb.append('\n');

        sb.append("Unrealised homes without projectsteun\n");
        TextTable unsupported = new TextTable(List.of("task", "type", "region", "homes", "support need (EUR m)", "why"),
                false, false, false, true, true, false);
        Set<String> seen = new HashSet<>();
        for (Result.Unmet u : result.unmet()) {
            Task task = tasks.get(u.task());
            double left = u.units() - supportedHomes.getOrDefault(u.task(), 0.0);
            if (task == null || left <= 1e-3 || !seen.add(u.task())) {
                continue;
            }
            String why = !task.npa() ? "local ambition: not eligible (only NPA tasks qualify)"
                    : task.supportPerUnit() <= 0 ? "no onrendabele top: projectsteun does not apply"
                    : "the levy does not reach it";
            unsupported.row(u.task(), task.type(), task.region(), Money.homes(left), Money.millions(left * task.supportPerUnit()), why);
        }
        sb.append(unsupported.isEmpty() ? "none\n" : unsupported.render());
        return sb.toString();
    }

    /** The whole per-corporation table, for spreadsheets. */
    public static String csv(Result result) throws JsonProcessingException {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (result.levy() != null) {
            for (LevyBlock.CorporationLevy c : result.levy().corporations()) {
                rows.add(ResultCsv.row("id", c.id(), "base", c.base(), "rhoMax", c.rhoMax() == null ? "" : c.rhoMax(),
                        "gross", c.gross(), "credit", c.credit(), "levy", c.levy(), "exempt", c.exempt() == null ? "" : c.exempt()));
            }
        }
        return ResultCsv.csv(rows, "id", "base", "rhoMax", "gross", "credit", "levy", "exempt");
    }

    static String explain(String reason) {
        return switch (reason) {
            case "no-base" -> "states no operating cash flow to levy on";
            case "own-region-short" -> "its own region still has unrealised NPA homes";
            default -> reason;
        };
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
        return String.format(Locale.ROOT, "%.3f%%", 100.0 * share);
    }

    /** A two-column table without its header lines. */
    private static String body(TextTable table) {
        String rendered = table.render();
        int second = rendered.indexOf('\n', rendered.indexOf('\n') + 1);
        return rendered.substring(second + 1);
    }
}
