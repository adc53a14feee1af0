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
 * requested scope for every level. Each narrower scope may use an equal share of the time left;
 * a scope that allows no more pairs than the next wider one is not solved separately.
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
        List<AllocationModel> models = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            if (scope.ordinal() <= requested.ordinal()) {
                progress.accept("scope " + scope.json() + ": building the model");
                models.add(AllocationModel.build(instance, mode, scope, rows));
            }
        }
        // A wider scope only adds transfer pairs. Where it adds none the two models are the same
        // problem: the narrower scope takes the wider one's level-1/2 values instead of a solve.
        int toSolve = 0;
        for (int i = 0; i < models.size(); i++) {
            if (sameAsWider(models, i)) {
                continue;
            }
            toSolve++;
        }
        Map<Scope, ScopeOutcome> scopes = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        Solution last = null;
        for (int i = 0; i < models.size(); i++) {
            AllocationModel model = models.get(i);
            Scope scope = model.scope();
            if (sameAsWider(models, i)) {
                scopes.put(scope, null);
                continue;
            }
            boolean requestedScope = i == models.size() - 1;
            Deadline deadline = requestedScope ? overall : Deadline.in(overall.secondsLeft() / toSolve);
            toSolve--;
            progress.accept("scope " + scope.json() + ": solving " + model.work().size() + " work variables, "
                    + model.pairs().size() + " transfer pairs");
            List<ObjectiveLevel> levels = requestedScope ? List.of(ObjectiveLevel.values())
                    : List.of(ObjectiveLevel.WEIGHTED_UNMET, ObjectiveLevel.SUPPORT_NEED);
            Solution solution = engine.solve(model, levels, deadline);
            Allocation allocation = model.asWritten(solution.allocation());
            ScopeOutcome outcome = new ScopeOutcome(scope, model.evaluate(ObjectiveLevel.WEIGHTED_UNMET, allocation),
                    model.evaluate(ObjectiveLevel.SUPPORT_NEED, allocation), solution.proven());
            scopes.put(scope, outcome);
            for (int j = i - 1; j >= 0 && scopes.get(models.get(j).scope()) == null; j--) {
                Scope same = models.get(j).scope();
                scopes.put(same, new ScopeOutcome(same, outcome.weightedUnmet(), outcome.supportNeed(), outcome.proven()));
            }
            if (solution.note() != null) {
                notes.add("scope " + scope.json() + ": " + solution.note());
            }
            last = new Solution(allocation, solution.proven(), null);
        }
        boolean proven = scopes.values().stream().allMatch(ScopeOutcome::proven);
        return new Outcome(models.get(models.size() - 1),
                new Solution(last.allocation(), proven, notes.isEmpty() ? null : String.join("; ", notes)), scopes);
    }

    private static boolean sameAsWider(List<AllocationModel> models, int i) {
        return i < models.size() - 1 && models.get(i).pairs().size() == models.get(i + 1).pairs().size();
    }
}
