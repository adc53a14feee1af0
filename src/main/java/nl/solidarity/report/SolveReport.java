package nl.solidarity.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;
import nl.solidarity.result.Result;

/**
 * The readable summary of a result that {@code solve} prints on stdout: what is realised, the tier
 * values and supportNeed per scope and region, the homes per year against the instance's targets,
 * the solidarity funds (who pays in, at which level, and who receives), moved and unrealised tasks,
 * and every corporation's room. Ids carry the instance's names; every number is the result's own,
 * rounded for display.
 */
public final class SolveReport {
    private SolveReport() {
    }

    public static String render(Instance instance, Result result) {
        Names names = new Names(instance);
        StringBuilder sb = new StringBuilder();
        sb.append(instance.name()).append('\n');
        sb.append("mode ").append(result.mode()).append(", scope ").append(result.scope()).append(", engine ")
                .append(result.engine()).append(": ").append(result.status());
        if (result.statusDetail() != null) {
            sb.append(" (").append(result.statusDetail()).append(')');
        }
        sb.append('\n');
        sb.append("Priority tiers, innermost first: ").append(tierLegend(result.tiers())).append("\n\n");

        realised(sb, instance, result, names);
        scopes(sb, instance, result, names);
        yearly(sb, instance, result);
        funds(sb, instance, result, names);
        whoBuildsWhat(sb, instance, result, names);
        moved(sb, result, names);
        unrealised(sb, result, names);
        explanations(sb, result, names);
        corporations(sb, result, names);
        return sb.toString();
    }

    /** "1 NEW_BUILD_SOCIAL; 2 NEW_BUILD_MIDDLE; 3 GAS_FREE, INSULATION". */
    static String tierLegend(List<List<String>> tiers) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < tiers.size(); k++) {
            parts.add((k + 1) + " " + String.join(", ", tiers.get(k)));
        }
        return String.join("; ", parts);
    }

    private static void realised(StringBuilder sb, Instance instance, Result result, Names names) {
        Map<TaskType, double[]> byType = new EnumMap<>(TaskType.class);
        for (Task task : instance.tasks()) {
            if (task.npa()) {
                byType.computeIfAbsent(task.type(), k -> new double[2])[0] += task.units();
            }
        }
        for (Result.Unmet u : result.unmet()) {
            Task task = names.task(u.task());
            if (task != null && task.npa()) {
                byType.get(task.type())[1] += u.units();
            }
        }
        sb.append("NPA task realised at scope ").append(result.scope()).append(" (homes)\n");
        TextTable realised = new TextTable(List.of("type", "homes", "realised", "unrealised", "share"),
                false, true, true, true, true);
        byType.forEach((type, v) -> realised.row(type, Money.homes(v[0]), Money.homes(v[0] - v[1]), Money.homes(v[1]),
                String.format(Locale.ROOT, "%.1f%%", v[0] == 0 ? 100.0 : 100.0 * (v[0] - v[1]) / v[0])));
        sb.append(realised.isEmpty() ? "no NPA tasks\n" : realised.render()).append('\n');
    }

    /** Per scope, the tier values (weighted unmet homes) and supportNeed of every region, and the total. */
    private static void scopes(StringBuilder sb, Instance instance, Result result, Names names) {
        int tiers = result.tiers().size();
        sb.append("Escalation, own region first: weighted unmet homes per tier and supportNeed (EUR m), per scope and region\n");
        for (Map.Entry<String, Result.ScopeValues> scope : result.scopes().entrySet()) {
            List<String> headers = new ArrayList<>(List.of("scope " + scope.getKey()));
            boolean[] right = new boolean[tiers + 2];
            for (int k = 0; k < tiers; k++) {
                headers.add("tier " + (k + 1));
                right[k + 1] = true;
            }
            headers.add("supportNeed");
            right[tiers + 1] = true;
            TextTable table = new TextTable(headers, right);
            Map<String, Result.RegionValues> regions = scope.getValue().regions() == null ? Map.of() : scope.getValue().regions();
            for (Region region : instance.regions()) {
                Result.RegionValues values = regions.get(region.id());
                if (values != null) {
                    table.row(row(names.region(region.id()), values.unmetByTier(), values.supportNeed(), tiers).toArray());
                }
            }
            table.row(row("total", scope.getValue().unmetByTier(), scope.getValue().supportNeed(), tiers).toArray());
            sb.append(table.render()).append('\n');
        }
    }

    private static List<String> row(String label, List<Double> unmetByTier, double supportNeed, int tiers) {
        List<String> row = new ArrayList<>(List.of(label));
        for (int k = 0; k < tiers; k++) {
            row.add(unmetByTier != null && k < unmetByTier.size() ? String.format(Locale.ROOT, "%,.3f", unmetByTier.get(k)) : "");
        }
        row.add(Money.millions(supportNeed));
        return row;
    }

    /** Per year of completion and type: planned, realised and, where the instance has one, the target. */
    private static void yearly(StringBuilder sb, Instance instance, Result result) {
        boolean targets = !instance.targets().isEmpty();
        Map<Integer, Map<TaskType, String[]>> rows = new TreeMap<>();
        for (Result.Yearly y : result.yearly()) {
            TaskType type = TaskType.valueOf(y.type());
            Double target = instance.targets().of(type, y.year());
            rows.computeIfAbsent(y.year(), k -> new EnumMap<>(TaskType.class)).put(type, new String[] {
                    Money.homes(y.planned()), Money.homes(y.realised()),
                    target == null ? "" : Money.homes(target), target == null ? "" : signed(y.realised() - target)});
        }
        // A target in a year and type without tasks: nothing is planned there, and the line says so.
        instance.targets().byType().forEach((type, years) -> years.forEach((year, target) ->
                rows.computeIfAbsent(year, k -> new EnumMap<>(TaskType.class))
                        .putIfAbsent(type, new String[] {"-", "-", Money.homes(target), "-"})));
        sb.append("Homes per year of completion (planned: the tasks; realised: planned less unrealised")
                .append(targets ? "; target: the instance's targets" : "").append(")\n");
        if (rows.isEmpty()) {
            sb.append("none\n\n");
            return;
        }
        TextTable table = targets
                ? new TextTable(List.of("year", "type", "planned", "realised", "target", "realised - target"),
                        false, false, true, true, true, true)
                : new TextTable(List.of("year", "type", "planned", "realised"), false, false, true, true);
        rows.forEach((year, types) -> types.forEach((type, v) -> {
            if (targets) {
                table.row(year, type, v[0], v[1], v[2], v[3]);
            } else {
                table.row(year, type, v[0], v[1]);
            }
        }));
        sb.append(table.render()).append('\n');
    }

    /**
     * Per fund (region): who pays in, at which level, and who receives, each with its yearly
     * instalment (amount / P: agreements are written per year); funds in instance order.
     */
    private static void funds(StringBuilder sb, Instance instance, Result result, Names names) {
        int p = instance.agreementYears();
        sb.append("Solidarity funds (EUR m over the agreement period, paid in ").append(p)
                .append(" equal yearly instalments ").append(instance.calendarYear(1)).append('–').append(instance.calendarYear(p))
                .append("; 'a year' is one instalment)\n");
        if (result.contributions().isEmpty() && result.support().isEmpty()) {
            sb.append("none: no money moves between corporations\n\n");
            return;
        }
        Map<String, List<Result.Contribution>> paid = new LinkedHashMap<>();
        Map<String, List<Result.Support>> received = new LinkedHashMap<>();
        for (Region region : instance.regions()) {
            paid.put(region.id(), new ArrayList<>());
            received.put(region.id(), new ArrayList<>());
        }
        result.contributions().forEach(c -> paid.computeIfAbsent(c.region(), k -> new ArrayList<>()).add(c));
        result.support().forEach(x -> received.computeIfAbsent(x.region(), k -> new ArrayList<>()).add(x));
        TextTable table = new TextTable(List.of("fund", "corporation", "pays in", "a year", "level", "receives", "a year"),
                false, false, true, true, false, true, true);
        for (String region : paid.keySet()) {
            List<String[]> lines = new ArrayList<>();
            Fold fold = new Fold();
            for (Result.Contribution c : paid.get(region)) {
                if (Fold.printsAsZero(c.amount())) {
                    fold.add(c.amount(), 0.0);
                } else {
                    lines.add(new String[] {names.corporation(c.corporation()), Money.millions(c.amount()), Money.millions(c.amount() / p),
                            c.level(), "", ""});
                }
            }
            for (Result.Support x : received.getOrDefault(region, List.of())) {
                if (Fold.printsAsZero(x.amount())) {
                    fold.add(0.0, x.amount());
                } else {
                    lines.add(new String[] {names.corporation(x.corporation()), "", "", "", Money.millions(x.amount()),
                            Money.millions(x.amount() / p)});
                }
            }
            if (fold.count > 0) {
                lines.add(fold.line());
            }
            for (int i = 0; i < lines.size(); i++) {
                String[] line = lines.get(i);
                table.row(i == 0 ? names.region(region) : "", line[0], line[1], line[2], line[3], line[4], line[5]);
            }
        }
        sb.append(table.render()).append('\n');
    }

    /**
     * Entries that would print as 0.00 (EUR m) or 0.0 (homes) folded into one line, so that what is
     * shown still adds up to the file: "3 smaller entries, together EUR 0.01 m".
     */
    static final class Fold {
        int count;
        double first;
        double second;

        static boolean printsAsZero(double euros) {
            return Math.abs(euros) < 5_000.0;
        }

        static boolean printsAsZeroHomes(double homes) {
            return Math.abs(homes) < 0.05;
        }

        void add(double a, double b) {
            count++;
            first += a;
            second += b;
        }

        /** A fund line: the folded contributions and supports, each summed (their yearly instalments would print as zero). */
        String[] line() {
            return new String[] {label(), first == 0 ? "" : millions(first), "", "", second == 0 ? "" : millions(second), ""};
        }

        String label() {
            return count + " smaller " + (count == 1 ? "entry" : "entries") + ", together";
        }

        /** Millions to two decimals, or three where two would show a sum as zero. */
        static String millions(double euros) {
            return printsAsZero(euros) && euros != 0 ? String.format(Locale.ROOT, "%.3f", euros / 1e6) : Money.millions(euros);
        }

        static String homes(double units) {
            return printsAsZeroHomes(units) && units != 0 ? String.format(Locale.ROOT, "%.3f", units) : Money.homes(units);
        }
    }

    /**
     * Per region and task type: who carries out how many homes (of which for other owners), and the
     * homes left open, with their tasks, so that open targets show beside the work that is done.
     */
    private static void whoBuildsWhat(StringBuilder sb, Instance instance, Result result, Names names) {
        sb.append("Who builds what, per region and type (homes; open: unrealised, with its tasks)\n");
        Map<String, Map<TaskType, Map<String, double[]>>> built = new LinkedHashMap<>();
        Map<String, Map<TaskType, List<String>>> openTasks = new LinkedHashMap<>();
        Map<String, Map<TaskType, double[]>> open = new LinkedHashMap<>();
        for (Region region : instance.regions()) {
            built.put(region.id(), new EnumMap<>(TaskType.class));
            open.put(region.id(), new EnumMap<>(TaskType.class));
            openTasks.put(region.id(), new EnumMap<>(TaskType.class));
        }
        for (Result.Assignment a : result.assignments()) {
            Task task = names.task(a.task());
            if (task == null) {
                continue;
            }
            double[] v = built.computeIfAbsent(task.region(), k -> new EnumMap<>(TaskType.class))
                    .computeIfAbsent(task.type(), k -> new LinkedHashMap<>()).computeIfAbsent(a.corporation(), k -> new double[2]);
            v[0] += a.units();
            if (task.owner() != null && !task.owner().equals(a.corporation())) {
                v[1] += a.units();
            }
        }
        for (Result.Unmet u : result.unmet()) {
            Task task = names.task(u.task());
            if (task == null) {
                continue;
            }
            open.computeIfAbsent(task.region(), k -> new EnumMap<>(TaskType.class)).computeIfAbsent(task.type(), k -> new double[1])[0]
                    += u.units();
            openTasks.computeIfAbsent(task.region(), k -> new EnumMap<>(TaskType.class))
                    .computeIfAbsent(task.type(), k -> new ArrayList<>()).add(u.task());
        }
        TextTable table = new TextTable(List.of("region", "type", "carried out by", "homes", "of which for others"),
                false, false, false, true, true);
        for (String region : built.keySet()) {
            boolean first = true;
            for (TaskType type : TaskType.values()) {
                Map<String, double[]> by = built.get(region).getOrDefault(type, Map.of());
                double[] left = open.get(region).get(type);
                if (by.isEmpty() && left == null) {
                    continue;
                }
                boolean firstOfType = true;
                Fold fold = new Fold();
                for (Map.Entry<String, double[]> e : by.entrySet()) {
                    if (Fold.printsAsZeroHomes(e.getValue()[0])) {
                        fold.add(e.getValue()[0], e.getValue()[1]);
                        continue;
                    }
                    table.row(first ? names.region(region) : "", firstOfType ? type : "", names.corporation(e.getKey()),
                            Money.homes(e.getValue()[0]), e.getValue()[1] == 0 ? "" : Fold.homes(e.getValue()[1]));
                    first = false;
                    firstOfType = false;
                }
                if (fold.count > 0) {
                    table.row(first ? names.region(region) : "", firstOfType ? type : "", fold.label(), Fold.homes(fold.first),
                            fold.second == 0 ? "" : Fold.homes(fold.second));
                    first = false;
                    firstOfType = false;
                }
                if (left != null) {
                    table.row(first ? names.region(region) : "", firstOfType ? type : "", "open: " + taskList(openTasks.get(region).get(type)),
                            Fold.homes(left[0]), "");
                    first = false;
                }
            }
        }
        sb.append(table.isEmpty() ? "no tasks\n" : table.render()).append('\n');
    }

    /** Up to five task ids, then how many more. */
    private static String taskList(List<String> ids) {
        if (ids.size() <= 5) {
            return String.join(", ", ids);
        }
        return String.join(", ", ids.subList(0, 5)) + " and " + (ids.size() - 5) + " more";
    }

    private static void moved(StringBuilder sb, Result result, Names names) {
        sb.append("Tasks carried out by another corporation than their owner (homes)\n");
        TextTable moved = new TextTable(List.of("task", "type", "region", "owner", "by", "homes"),
                false, false, false, false, false, true);
        Fold fold = new Fold();
        for (Result.Assignment a : result.assignments()) {
            Task task = names.task(a.task());
            if (task != null && task.owner() != null && !task.owner().equals(a.corporation())) {
                if (Fold.printsAsZeroHomes(a.units())) {
                    fold.add(a.units(), 0.0);
                    continue;
                }
                moved.row(a.task(), task.type(), names.region(task.region()), names.corporation(task.owner()),
                        names.corporation(a.corporation()), Money.homes(a.units()));
            }
        }
        if (fold.count > 0) {
            moved.row(fold.label(), "", "", "", "", Fold.homes(fold.first));
        }
        sb.append(moved.isEmpty() ? "none\n" : moved.render()).append('\n');
    }

    private static void unrealised(StringBuilder sb, Result result, Names names) {
        sb.append("Unrealised tasks\n");
        if (result.unmet().isEmpty()) {
            sb.append("none\n\n");
            return;
        }
        TextTable unmet = new TextTable(List.of("task", "type", "region", "owner", "homes", "support need (EUR m)", "npa"),
                false, false, false, false, true, true, false);
        Fold fold = new Fold();
        for (Result.Unmet u : result.unmet()) {
            Task task = names.task(u.task());
            if (Fold.printsAsZeroHomes(u.units())) {
                fold.add(u.units(), u.supportNeed());
                continue;
            }
            unmet.row(u.task(), task == null ? "" : task.type(), task == null ? "" : names.region(task.region()),
                    task == null || task.owner() == null ? "-" : names.corporation(task.owner()), Money.homes(u.units()),
                    Money.millions(u.supportNeed()), u.npa() ? "yes" : "no (local ambition)");
        }
        if (fold.count > 0) {
            unmet.row(fold.label(), "", "", "", Fold.homes(fold.first), Fold.millions(fold.second), "");
        }
        sb.append(unmet.render()).append('\n');
    }

    /**
     * Why each unrealised or moved task is so (the reason's sentence from the result), and per
     * corporation the rows that bind and, in units mode, what one more EUR 1 m of room would realise.
     */
    private static void explanations(StringBuilder sb, Result result, Names names) {
        Result.Explanations explanations = result.explanations();
        if (explanations == null) {
            return;
        }
        sb.append("Why (docs/explanations.md)\n");
        if (explanations.tasks().isEmpty()) {
            sb.append("nothing is unrealised or moved\n");
        }
        for (Result.TaskExplanation e : explanations.tasks()) {
            sb.append(e.task()).append(' ').append(e.kind()).append(e.corporation() == null ? "" : " to " + names.corporation(e.corporation()))
                    .append(" (").append(Fold.homes(e.units())).append(" homes, ").append(e.reason()).append("): ")
                    .append(e.sentence()).append('\n');
        }
        sb.append('\n').append("Rows that bind (slack within EUR 100 of the floor) and the marginal value of room\n");
        if (explanations.corporations().isEmpty()) {
            sb.append("none\n\n");
            return;
        }
        TextTable table = new TextTable(List.of("corporation", "binding rows", "at the margin"), false, false, false);
        for (Result.CorporationExplanation c : explanations.corporations()) {
            List<String> rows = c.bindingRows().stream().map(r -> r.norm() + " " + r.year()).toList();
            table.row(names.corporation(c.id()), rows.size() <= 4 ? String.join(", ", rows)
                    : String.join(", ", rows.subList(0, 4)) + " and " + (rows.size() - 4) + " more",
                    c.marginal() == null ? "" : c.marginal().sentence());
        }
        sb.append(table.render()).append('\n');
    }

    private static void corporations(StringBuilder sb, Result result, Names names) {
        sb.append("Corporations (EUR m; used ").append(result.levy() != null ? "with the allocation, the solidarity money and the levy"
                : "with the allocation and the solidarity money").append("; left = headroom - used; net = gives - receives)\n");
        TextTable corporations = new TextTable(
                List.of("corporation", "headroom", "used", "left", "gives", "receives", "net", "binding", "baseline breaches"),
                false, true, true, true, true, true, true, false, false);
        for (Result.CorporationUse c : result.corporations()) {
            corporations.row(names.corporation(c.id()), c.headroom() == null ? "unbounded" : Money.millions(c.headroom()),
                    Money.millions(c.used()), c.headroom() == null ? "" : Money.millions(c.headroom() - c.used()),
                    Money.millions(c.gives()), Money.millions(c.receives()), Money.millions(c.gives() - c.receives()),
                    c.bindingNorm() == null ? "-" : c.bindingNorm() + " " + c.bindingYear(),
                    c.baselineBreaches().isEmpty() ? "none" : String.join("; ", c.baselineBreaches().stream()
                            .map(b -> b.norm() + " " + b.year() + " " + Money.millions(b.slack())).toList()));
        }
        sb.append(corporations.render());
    }

    private static String signed(double homes) {
        String text = Money.homes(homes);
        return homes > 0.05 ? "+" + text : text;
    }
}
