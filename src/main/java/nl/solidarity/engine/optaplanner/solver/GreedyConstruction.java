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
        insertDensest(ledger, plan.getProjects(), null, false);
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

    /**
     * The greedy of the construction: rank by rank, repeatedly the open project with the most
     * weighted homes (or support need) per cent of room it uses up at its best member
     * ({@link Ledger#consumption}, plus EUR 1,000 so that nearly free work does not rank by noise),
     * carried out there. Densities only fall as the room is used, so
     * a project's density is recomputed only when it comes to the top (lazy greedy).
     *
     * <p>With {@code random} set (ruin and recreate), each project's density is multiplied by its
     * own random factor between 1 and 2, and with {@code firstFeasible} each project goes to the
     * first member, in random order, that can carry it rather than to the one where it uses up the
     * least room (which keeps the cheapest members' room for later projects).
     */
    static void insertDensest(Ledger ledger, List<Project> projects, java.util.Random random, boolean firstFeasible) {
        java.util.PriorityQueue<double[]> queue = new java.util.PriorityQueue<>(
                Comparator.<double[]>comparingDouble(e -> e[0]).thenComparingDouble(e -> -e[1]).thenComparingDouble(e -> e[2]));
        List<Project> all = ledger.projects();
        double[] factor = new double[all.size()];
        for (Project project : projects) {
            if (ledger.executor(project) == null && !project.isPinned()) {
                factor[project.index()] = random == null ? 1.0 : 1.0 + random.nextDouble();
                queue.add(new double[] {project.rank(), Double.POSITIVE_INFINITY, project.index()});
            }
        }
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            Project project = all.get((int) top[2]);
            if (ledger.executor(project) != null) {
                continue;
            }
            List<Member> candidates = candidates(project);
            if (firstFeasible && random != null) {
                java.util.Collections.shuffle(candidates, random);
            }
            List<Choice> choices = choices(ledger, project, candidates, firstFeasible);
            if (choices.isEmpty()) {
                continue;
            }
            // Work that adds room (consumption below 0) is as dense as its value allows.
            double density = value(project) / (Math.max(0L, choices.get(0).consumption()) + 100_000.0) * factor[project.index()];
            double[] next = queue.peek();
            if (density < top[1] && next != null && next[0] == top[0] && density < next[1]) {
                queue.add(new double[] {top[0], density, top[2]});
                continue;
            }
            for (Choice choice : choices) {
                // The availability check is an upper bound: when the money cannot be raised, try the next member.
                if (ledger.assign(project, choice.member())) {
                    break;
                }
            }
        }
    }

    /**
     * The candidates that can carry the project, the one using up the least room first (the
     * earlier candidate on ties); with {@code firstFeasible}, in the given order instead.
     */
    static List<Choice> choices(Ledger ledger, Project project, List<Member> candidates, boolean firstFeasible) {
        List<Choice> choices = new ArrayList<>();
        for (Member candidate : candidates) {
            long consumption = ledger.consumption(project, candidate);
            if (consumption >= 0) {
                choices.add(new Choice(candidate, consumption));
            }
        }
        if (!firstFeasible) {
            choices.sort(Comparator.comparingLong(Choice::consumption));
        }
        return choices;
    }

    /** A candidate member and the room the project would use up there. */
    record Choice(Member member, long consumption) {
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
