package nl.solidarity.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.solidarity.domain.Instance;
import nl.solidarity.model.Allocation;
import nl.solidarity.model.AllocationModel;
import nl.solidarity.model.AllocationModel.Contribution;
import nl.solidarity.model.Level;
import nl.solidarity.model.Mode;
import nl.solidarity.model.ModelSize;
import nl.solidarity.model.ModelValues;
import nl.solidarity.model.Scope;
import nl.solidarity.projection.CorporationRows;

/**
 * Solves an instance at every scope up to the requested one, own region first: scope
 * {@code region} without locks; each wider scope with, for every region and tier, the lock
 * "weighted unmet here ≤ what the narrower scope reports, within the level tolerance", and starting
 * from the narrower scope's allocation (feasible there, so it is kept when the time runs out).
 * The narrower scopes are solved for the tier levels and supportNeed, the requested one for every
 * level. The time limit covers the whole run; each narrower scope may use an equal share of what
 * is left.
 */
public final class Escalation {
    /**
     * One scope's model and its allocation as a result states it; {@code proven} false when the time limit cut it short;
     * {@code marginalRoom} from the engine's duals, or null.
     */
    public record ScopeOutcome(Scope scope, AllocationModel model, Allocation allocation, boolean proven, String note,
                               MarginalRoom marginalRoom) {
    }

    /** Every scope up to the requested one, in order; the last is the requested scope. */
    public record Outcome(Map<Scope, ScopeOutcome> scopes) {
        public ScopeOutcome requested() {
            ScopeOutcome last = null;
            for (ScopeOutcome outcome : scopes.values()) {
                last = outcome;
            }
            return last;
        }

        public boolean proven() {
            return scopes.values().stream().allMatch(ScopeOutcome::proven);
        }

        /** Why the run is not proven optimal, scope by scope, or null. */
        public String note() {
            StringBuilder note = new StringBuilder();
            for (ScopeOutcome outcome : scopes.values()) {
                if (outcome.note() != null) {
                    note.append(note.length() == 0 ? "" : "; ").append("scope ").append(outcome.scope().json())
                            .append(": ").append(outcome.note());
                }
            }
            return note.length() == 0 ? null : note.toString();
        }
    }

    private final Engine engine;
    private final Consumer<String> progress;

    public Escalation(Engine engine, Consumer<String> progress) {
        this.engine = engine;
        this.progress = progress;
    }

    public Outcome run(Instance instance, Mode mode, Scope requested, double seconds) {
        return run(instance, mode, requested, Deadline.in(seconds), seconds);
    }

    /** The same on a given deadline ({@code seconds} is the limit it stands for, for the message of exit 4). */
    public Outcome run(Instance instance, Mode mode, Scope requested, Deadline overall, double seconds) {
        // Refused before any work when it cannot fit, rather than an OutOfMemoryError minutes later.
        ModelSize.estimate(instance, requested).requireFits(Runtime.getRuntime().maxMemory());
        List<CorporationRows> rows = AllocationModel.rowsOf(instance);
        Map<Scope, ScopeOutcome> scopes = new LinkedHashMap<>();
        ScopeOutcome narrower = null;
        double[][] locks = null;
        for (Scope scope : Scope.values()) {
            if (scope.ordinal() > requested.ordinal()) {
                break;
            }
            boolean last = scope == requested;
            progress.accept("scope " + scope.json() + ": building the model");
            AllocationModel model = AllocationModel.build(instance, mode, scope, rows, locks);
            Allocation start = narrower == null ? Allocation.empty(model) : carryOver(narrower.model(), narrower.allocation(), model);
            int scopesLeft = requested.ordinal() - scope.ordinal() + 1;
            Deadline deadline = last ? overall : overall.share(1.0 / scopesLeft);
            List<Level> levels = last ? model.levels() : Level.through(model.tierCount());
            progress.accept("scope " + scope.json() + ": solving " + model.work().size() + " work variables, "
                    + model.contributions().size() + " contributions, " + model.supports().size() + " supports, "
                    + model.locks().size() + " locks, " + model.nonzeros() + " nonzeros");
            String prefix = "scope " + scope.json() + ": ";
            Solution solution = engine.withProgress(message -> progress.accept(prefix + message)).solve(model, levels, deadline, start);
            if (narrower == null && !solution.firstLevelSolved()) {
                throw new NoSolutionInTime("the time limit of " + seconds + " s ended before the first priority tier of scope "
                        + "region had a solution; nothing was written. Give it more time with --seconds.");
            }
            Allocation settled = Settlement.settle(model, solution.allocation());
            narrower = new ScopeOutcome(scope, model, settled, solution.proven(), solution.note(), solution.marginalRoom());
            locks = lockBounds(model, settled, solution.allocation());
            scopes.put(scope, narrower);
        }
        return new Outcome(scopes);
    }

    /**
     * The locks for the next scope: each region's weighted unmet per tier as the narrower scope
     * reports it, plus the level tolerance ({@link Level#tolerance}). Where the solver's own
     * allocation left a little more (rounding completes tasks that miss less than 1e-5 homes), the
     * bound starts from that, so the narrower scope's allocation always satisfies the lock.
     */
    private static double[][] lockBounds(AllocationModel model, Allocation settled, Allocation raw) {
        ModelValues values = new ModelValues(model);
        double[][] reported = values.unmetByRegionAndTier(settled);
        double[][] solved = values.unmetByRegionAndTier(raw);
        for (int r = 0; r < reported.length; r++) {
            for (int k = 0; k < reported[r].length; k++) {
                double value = Math.max(reported[r][k], solved[r][k]);
                reported[r][k] = value + Level.tolerance(value);
            }
        }
        return reported;
    }

    /**
     * The narrower scope's allocation in the wider model: work and supports are the same variables
     * at every scope; a wider scope only allows more contributions, matched by (payer, fund).
     */
    static Allocation carryOver(AllocationModel from, Allocation allocation, AllocationModel to) {
        Map<Long, Integer> index = new HashMap<>();
        int funds = to.funds().size();
        for (int k = 0; k < to.contributions().size(); k++) {
            Contribution c = to.contributions().get(k);
            index.put((long) c.corporation() * funds + c.fund(), k);
        }
        double[] contribution = new double[to.contributions().size()];
        for (int k = 0; k < from.contributions().size(); k++) {
            Contribution c = from.contributions().get(k);
            contribution[index.get((long) c.corporation() * funds + c.fund())] = allocation.contribution()[k];
        }
        return new Allocation(allocation.share().clone(), contribution, allocation.support().clone());
    }
}
