package nl.solidarity.engine.optaplanner.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.solidarity.engine.optaplanner.domain.AllocationPlan;
import nl.solidarity.engine.optaplanner.domain.Member;
import nl.solidarity.engine.optaplanner.domain.Project;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * The construction heuristic (a custom phase: the executor is nullable, so OptaPlanner's own
 * construction heuristics would treat every project as already initialised).
 *
 * <p>NPA projects first, then local ambitions (level 1 before level 6); within each, the most
 * priority-weighted homes per euro of price first (Project#price). Each project goes to the eligible
 * member where it costs the least money (levels 3–5): where it fits in the member's own room
 * (the owner first, level 7), else where its donors can raise the shortfall at the cheapest levels.
 * A project no member can carry, even with money, stays unrealised. Every booking keeps all rows
 * holding, so the result is feasible on its own.
 */
public final class GreedyConstruction implements CustomPhaseCommand<AllocationPlan> {

    @Override
    public void changeWorkingSolution(ScoreDirector<AllocationPlan> scoreDirector) {
        AllocationPlan plan = scoreDirector.getWorkingSolution();
        Ledger ledger = Ledger.of(plan);
        long cap = transferCap(plan);
        for (Project project : order(plan.getProjects())) {
            if (project.realised()) {
                continue;
            }
            Ledger.Realisation best = null;
            for (Member candidate : candidates(project)) {
                Ledger.Realisation option = ledger.realisation(project, candidate, cap);
                if (option != null && (best == null || option.euros() < best.euros())) {
                    best = option;
                }
            }
            if (best == null) {
                continue;
            }
            ledger.book(best);
            scoreDirector.beforeVariableChanged(project, "executor");
            project.setExecutor(best.executor());
            scoreDirector.afterVariableChanged(project, "executor");
            for (Ledger.Grant grant : best.grants()) {
                scoreDirector.beforeVariableChanged(grant.transfer(), "steps");
                grant.transfer().setSteps(grant.transfer().getSteps() + grant.extraSteps());
                scoreDirector.afterVariableChanged(grant.transfer(), "steps");
            }
            scoreDirector.triggerVariableListeners();
        }
    }

    /** The largest amount any one transfer may carry: the model's bound, in whole euros. */
    static long transferCap(AllocationPlan plan) {
        return plan.getTransfers().stream().mapToLong(t -> t.maxSteps() * t.stepEuros()).max().orElse(0L);
    }

    /** NPA first; then priority-weighted homes per euro of price, highest first; then task order. */
    static List<Project> order(List<Project> projects) {
        List<Project> ordered = new ArrayList<>(projects);
        ordered.sort(Comparator.comparing((Project p) -> !p.npa())
                .thenComparing(Comparator.comparingDouble((Project p) -> -p.weightMilli() / (p.price() + 1000.0)))
                .thenComparingInt(Project::task));
        return ordered;
    }

    /** The owner first (no moved homes when it can), then the other eligible members in model order. */
    static List<Member> candidates(Project project) {
        List<Member> candidates = new ArrayList<>();
        if (project.owner() != null && project.getEligible().contains(project.owner())) {
            candidates.add(project.owner());
        }
        for (Member member : project.getEligible()) {
            if (member != project.owner()) {
                candidates.add(member);
            }
        }
        return candidates;
    }
}
