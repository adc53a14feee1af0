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
 * construction heuristics would treat every project as initialised already). It starts from the
 * plan as given (the start allocation) and only adds to it.
 *
 * <p>Projects in the order of the objective: tier 1 before tier 2 …, then NPA projects in no tier,
 * then local ambitions; within each, the most weighted homes per euro of price first
 * ({@link Project#price()}). Each project goes to the eligible member where it costs the least
 * money ({@link Ledger#comparePrices}: the money the member must draw, then the contribution volume,
 * national before provincial before regional): where it fits in the member's own room (the owner first, so nothing moves without need), else
 * where the money it needs can be raised in the funds it may draw from. A project no member can
 * carry, even with money, stays unrealised. Every booking keeps every row, bound and balance, so
 * the construction is feasible on its own.
 */
public final class GreedyConstruction implements CustomPhaseCommand<AllocationPlan> {

    @Override
    public void changeWorkingSolution(ScoreDirector<AllocationPlan> scoreDirector) {
        AllocationPlan plan = scoreDirector.getWorkingSolution();
        Ledger ledger = Ledger.of(plan);
        int mark = ledger.mark();
        insert(ledger, order(plan.getProjects()), false);
        ledger.cancelRoundTrips();
        CompositeMove move = ledger.moveSince(mark, "construction");
        if (move != null) {
            move.doMoveOnly(scoreDirector);
            scoreDirector.triggerVariableListeners();
        }
    }

    /**
     * Carries out each unrealised project of {@code order} in turn where it costs the least money
     * (or, with {@code firstFeasible}, at the first candidate that can carry it).
     */
    static void insert(Ledger ledger, List<Project> order, boolean firstFeasible) {
        for (Project project : order) {
            if (ledger.executor(project) != null || project.isPinned()) {
                continue;
            }
            Member best = bestExecutor(ledger, project, candidates(project), firstFeasible);
            if (best != null) {
                ledger.assign(project, best);
            }
        }
    }

    /** The candidate where the project costs the least money (the first one on ties), or null when none can carry it. */
    static Member bestExecutor(Ledger ledger, Project project, List<Member> candidates, boolean firstFeasible) {
        Member best = null;
        long[] bestPrice = null;
        for (Member candidate : candidates) {
            long[] price = ledger.priceAt(project, candidate);
            if (price == null) {
                continue;
            }
            if (best == null || Ledger.comparePrices(price, bestPrice) < 0) {
                best = candidate;
                bestPrice = price;
            }
            if (firstFeasible || Ledger.free(bestPrice)) {
                break;
            }
        }
        return best;
    }

    /** The order of the objective: rank, then weighted homes (or support need) per euro of price, then task order. */
    static List<Project> order(List<Project> projects) {
        List<Project> ordered = new ArrayList<>(projects);
        ordered.sort(Comparator.comparingInt(Project::rank)
                .thenComparing(Comparator.comparingDouble((Project p) -> -value(p) / (p.price() + 1000.0)))
                .thenComparing(Comparator.comparingLong(Project::supportCents).reversed())
                .thenComparingInt(Project::task));
        return ordered;
    }

    /** What realising the project gains at its own rank: its weighted homes, or for an NPA project in no tier its support need in euros. */
    static double value(Project project) {
        return project.weightMilli() > 0 ? project.weightMilli() : project.supportCents() / 100.0;
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
