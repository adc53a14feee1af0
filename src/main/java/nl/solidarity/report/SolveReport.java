package nl.solidarity.report;

import java.util.EnumMap;
import java.util.Map;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;
import nl.solidarity.result.Result;

/** The readable summary of a result that {@code solve} prints on stdout. */
public final class SolveReport {
    private SolveReport() {
    }

    public static String render(Instance instance, Result result) {
        StringBuilder sb = new StringBuilder();
        Map<String, Task> tasks = new java.util.HashMap<>();
        instance.tasks().forEach(t -> tasks.put(t.id(), t));
        sb.append(instance.name()).append('\n');
        sb.append("mode ").append(result.mode()).append(", scope ").append(result.scope()).append(", engine ")
                .append(result.engine()).append(": ").append(result.status());
        if (result.statusDetail() != null) {
            sb.append(" (").append(result.statusDetail()).append(')');
        }
        sb.append("\n\n");

        Map<TaskType, double[]> byType = new EnumMap<>(TaskType.class);
        for (Task task : instance.tasks()) {
            if (task.npa()) {
                byType.computeIfAbsent(task.type(), k -> new double[2])[0] += task.units();
            }
        }
        for (Result.Unmet u : result.unmet()) {
            Task task = tasks.get(u.task());
            if (task != null && task.npa()) {
                byType.get(task.type())[1] += u.units();
            }
        }
        sb.append("NPA task realised at scope ").append(result.scope()).append('\n');
        TextTable realised = new TextTable(java.util.List.of("type", "homes", "realised", "unrealised", "share"),
                false, true, true, true, true);
        byType.forEach((type, v) -> realised.row(type, Money.homes(v[0]), Money.homes(v[0] - v[1]), Money.homes(v[1]),
                String.format(java.util.Locale.ROOT, "%.1f%%", v[0] == 0 ? 100.0 : 100.0 * (v[0] - v[1]) / v[0])));
        sb.append(realised.render()).append('\n');

        sb.append("Escalation (weighted unmet homes and supportNeed per scope)\n");
        TextTable scopes = new TextTable(java.util.List.of("scope", "weightedUnmet", "supportNeed (EUR m)"), false, true, true);
        result.scopes().forEach((scope, o) -> scopes.row(scope, String.format(java.util.Locale.ROOT, "%,.3f", o.weightedUnmet()), Money.millions(o.supportNeed())));
        sb.append(scopes.render()).append('\n');

        sb.append("Solidarity funds (EUR m over the agreement period, paid in equal yearly instalments)\n");
        if (result.contributions().isEmpty()) {
            sb.append("none\n\n");
        } else {
            TextTable funds = new TextTable(java.util.List.of("fund", "corporation", "pays in", "level", "receives"), false, false, true, false, true);
            result.contributions().forEach(c -> funds.row(c.region(), c.corporation(), Money.millions(c.amount()), c.level(), ""));
            result.support().forEach(s -> funds.row(s.region(), s.corporation(), "", "", Money.millions(s.amount())));
            sb.append(funds.render()).append('\n');
        }

        sb.append("Tasks carried out by another corporation than their owner\n");
        TextTable moved = new TextTable(java.util.List.of("task", "owner", "by", "homes"), false, false, false, true);
        for (Result.Assignment a : result.assignments()) {
            Task task = tasks.get(a.task());
            if (task != null && task.owner() != null && !task.owner().equals(a.corporation())) {
                moved.row(a.task(), task.owner(), a.corporation(), Money.homes(a.units()));
            }
        }
        sb.append(moved.isEmpty() ? "none\n" : moved.render()).append('\n');

        sb.append("Unrealised tasks\n");
        if (result.unmet().isEmpty()) {
            sb.append("none\n\n");
        } else {
            TextTable unmet = new TextTable(java.util.List.of("task", "type", "region", "homes", "support need (EUR m)", "npa"),
                    false, false, false, true, true, false);
            for (Result.Unmet u : result.unmet()) {
                Task task = tasks.get(u.task());
                unmet.row(u.task(), task == null ? "" : task.type(), task == null ? "" : task.region(), Money.homes(u.units()),
                        Money.millions(u.supportNeed()), u.npa() ? "yes" : "no (local ambition)");
            }
            sb.append(unmet.render()).append('\n');
        }

        sb.append("Corporations (EUR m)\n");
        TextTable corporations = new TextTable(java.util.List.of("id", "headroom", "used", "left", "binding", "baseline breaches"),
                false, true, true, true, false, false);
        for (Result.CorporationUse c : result.corporations()) {
            corporations.row(c.id(), c.headroom() == null ? "unbounded" : Money.millions(c.headroom()), Money.millions(c.used()),
                    c.headroom() == null ? "" : Money.millions(c.headroom() - c.used()),
                    c.bindingNorm() == null ? "-" : c.bindingNorm() + " " + c.bindingYear(),
                    c.baselineBreaches().isEmpty() ? "none" : String.join("; ", c.baselineBreaches().stream()
                            .map(b -> b.norm() + " " + b.year() + " " + Money.millions(b.slack())).toList()));
        }
        sb.append(corporations.render());
        return sb.toString();
    }
}
