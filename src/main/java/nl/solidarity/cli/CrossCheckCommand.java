package nl.solidarity.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.solidarity.scenario.CrossCheck;
import nl.solidarity.io.InvalidInputException;
import nl.solidarity.model.Scope;
import nl.solidarity.report.Money;
import nl.solidarity.report.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code solidarity crosscheck}: the OptaPlanner engine against the exact OR-Tools engine, projects mode. */
@Command(name = "crosscheck", mixinStandardHelpOptions = true,
        description = {"Solves each instance in projects mode with both engines under the same time limit and prints "
                + "the unmet homes per priority tier, supportNeed, OptaPlanner's gap to the OR-Tools result at the first "
                + "level where the two differ, and the time of each.",
            "Every result is re-checked by year-by-year simulation; exit status 1 if any fails."})
public final class CrossCheckCommand extends SolidarityCommand {
    enum ScopeOption { region, province, national }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Instances: JSON files or CSV folders.")
    List<Path> files;

    @Option(names = "--seconds", defaultValue = "10", description = "Time limit per engine and instance. Default: ${DEFAULT-VALUE}.")
    double seconds;

    @Option(names = "--scope", defaultValue = "national", description = "Widest solidarity: region, province or national. Default: ${DEFAULT-VALUE}.")
    ScopeOption scope;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed of the local search. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--steps", hidden = true, description = "Test hook: end each local search after this many steps instead of on the time limit.")
    Long steps;

    @Override
    protected int execute() throws Exception {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new InvalidInputException("--seconds: must be > 0, got " + seconds);
        }
        if (steps != null && steps < 1) {
            throw new InvalidInputException("--steps: must be >= 1, got " + steps);
        }
        PrintWriter out = out();
        PrintWriter err = err();
        TextTable table = new TextTable(List.of("instance", "corps", "tasks", "engine", "unmet by tier", "supportNeed (EUR m)",
                "gap", "seconds", "status", "verified"), false, true, true, false, true, true, false, true, false, false);
        boolean allVerified = true;
        for (Path file : files) {
            CrossCheck.Comparison c = CrossCheck.compare(readInstance(file), Scope.fromJson(scope.name()), seconds, seed, steps);
            for (CrossCheck.Run run : List.of(c.exact(), c.local())) {
                boolean local = run == c.local();
                table.row(c.instance(), c.corporations(), c.tasks(), run.engine(),
                        run.unmetByTier().stream().map(Money::homes).collect(Collectors.joining(" / ")),
                        Money.millions(run.supportNeed()), local ? gap(c) : "",
                        String.format(Locale.ROOT, "%.1f", run.seconds()), run.proven() ? "OPTIMAL" : "FEASIBLE",
                        run.verified() ? "yes" : "NO");
                if (!run.verified()) {
                    allVerified = false;
                    run.violations().forEach(v -> err.println(c.instance() + " " + run.engine() + ": " + v));
                }
            }
        }
        out.print(table.render());
        out.flush();
        err.flush();
        return allVerified ? ExitCode.OK : ExitCode.FAILED;
    }

    /** "none" when every level agrees; otherwise the first differing level and the gap there. */
    private static String gap(CrossCheck.Comparison c) {
        int level = c.firstDifference();
        if (level < 0) {
            return "none";
        }
        double exact = c.exact().levels().get(level);
        String amount = exact > 0 ? String.format(Locale.ROOT, "%+.2f%%", 100 * c.gap())
                : level < c.exact().unmetByTier().size() ? String.format(Locale.ROOT, "%+.3f homes", c.gap())
                : String.format(Locale.ROOT, "%+.0f EUR", c.gap());
        return c.levelName(level) + ": " + amount;
    }
}
