package nl.solidarity.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.solidarity.domain.Instance;
import nl.solidarity.model.Allocation;
import nl.solidarity.model.AllocationModel;
import nl.solidarity.model.Mode;
import nl.solidarity.model.ObjectiveLevel;
import nl.solidarity.model.Scope;
import nl.solidarity.projection.CorporationRows;

/**
 * Solves an instance at every scope up to the requested one (allocation.md, Escalation): the
 * narrower scopes for levels 1–2 only (what regional, then provincial solidarity achieves), the
 * requested scope for every level. Each narrower scope may use an equal share of the time left.
 */
public final class Escalation {

    /** The optimum of levels 1 and 2 at one scope; {@code proven} false when a time limit cut it short. */
    public record ScopeOutcome(Scope scope, double weightedUnmet, double supportNeed, boolean proven) {
    }

    /** The requested scope's model and solution, and the level-1/2 values of every scope up to it. */
    public record Outcome(AllocationModel model, Solution solution, Map<Scope, ScopeOutcome> scopes) {
    }

    private final Engine engine;
    private final Consumer<String> progress;

    public Escalation(Engine engine, Consumer<String> progress) {
        this.engine = engine;
        this.progress = progress;
    }

    public Outcome run(Instance instance, Mode mode, Scope requested, double seconds) {
        Deadline overall = Deadline.in(seconds);
        List<CorporationRows> rows = AllocationModel.rowsOf(instance);
        Map<Scope, ScopeOutcome> scopes = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            if (scope.ordinal() > requested.ordinal()) {
                break;
            }
            boolean last = scope == requested;
            int scopesLeft = requested.ordinal() - scope.ordinal() + 1;
            Deadline deadline = last ? overall : Deadline.in(overall.secondsLeft() / scopesLeft);
            progress.accept("scope " + scope.json() + ": building the model");
            AllocationModel model = AllocationModel.build(instance, mode, scope, rows);
            progress.accept("scope " + scope.json() + ": solving " + model.work().size() + " work variables, "
                    + model.pairs().size() + " transfer pairs");
            List<ObjectiveLevel> levels = last ? List.of(ObjectiveLevel.values())
                    : List.of(ObjectiveLevel.WEIGHTED_UNMET, ObjectiveLevel.SUPPORT_NEED);
            Solution solution = engine.solve(model, levels, deadline);
            Allocation allocation = model.asWritten(solution.allocation());
            scopes.put(scope, new ScopeOutcome(scope, model.evaluate(ObjectiveLevel.WEIGHTED_UNMET, allocation),
                    model.evaluate(ObjectiveLevel.SUPPORT_NEED, allocation), solution.proven()));
            if (solution.note() != null) {
                notes.add("scope " + scope.json() + ": " + solution.note());
            }
            if (last) {
                boolean proven = scopes.values().stream().allMatch(ScopeOutcome::proven);
                return new Outcome(model, new Solution(allocation, proven, notes.isEmpty() ? null : String.join("; ", notes)), scopes);
            }
        }
        throw new IllegalStateException("unreachable: scope " + requested);
    }
}
