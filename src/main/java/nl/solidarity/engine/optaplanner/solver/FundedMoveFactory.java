package nl.solidarity.engine.optaplanner.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import nl.solidarity.engine.optaplanner.domain.AllocationPlan;
import nl.solidarity.engine.optaplanner.domain.Member;
import nl.solidarity.engine.optaplanner.domain.Project;
import nl.solidarity.engine.optaplanner.domain.Transfer;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Moves that change projects and money together, computed from the loads at the start of each
 * step (OptaPlanner asks for a fresh random iterator every step, and undoes every move it
 * evaluates, so the ledger stays valid for the whole step):
 * <ul>
 *   <li>fund: carry out a project at an eligible member with the least money its donors can raise;</li>
 *   <li>evict: carry out an unrealised project by leaving lighter projects of its executor or of the
 *       executor's donors unrealised (lightest first, and never more priority-weighted homes than it
 *       brings), with the money then needed;</li>
 *   <li>ruin and recreate: leave the realised projects of one member (or one to four realised projects
 *       anywhere) unrealised, then re-insert every
 *       unrealised project greedily (as the construction does, in a slightly shuffled order), so one
 *       heavy project can give way to several lighter ones that together weigh more;</li>
 *   <li>release: leave a realised project unrealised and take back the money its executor no longer needs;</li>
 *   <li>trim: lower one transfer by what its recipient does not need, or cancel money paid both ways;</li>
 *   <li>shift: move money into a recipient from a wider-level transfer to a same-or-narrower-level one.</li>
 * </ul>
 */
public final class FundedMoveFactory implements MoveIteratorFactory<AllocationPlan, CompositeMove> {

    @Override
    public long getSize(ScoreDirector<AllocationPlan> scoreDirector) {
        AllocationPlan plan = scoreDirector.getWorkingSolution();
        return (long) plan.getProjects().size() + plan.getTransfers().size();
    }

    @Override
    public Iterator<CompositeMove> createOriginalMoveIterator(ScoreDirector<AllocationPlan> scoreDirector) {
        // solver-config/optaplanner.xml selects these moves in RANDOM order only; an ORIGINAL order
        // would mean enumerating every compound move, which the factory never does.
        throw new IllegalStateException("funded moves are only selected at random (selectionOrder RANDOM)");
    }

    @Override
    public Iterator<CompositeMove> createRandomMoveIterator(ScoreDirector<AllocationPlan> scoreDirector, Random random) {
        AllocationPlan plan = scoreDirector.getWorkingSolution();
        Ledger ledger = Ledger.of(plan);
        long cap = GreedyConstruction.transferCap(plan);
        List<Project> unrealised = new ArrayList<>();
        List<Project> realised = new ArrayList<>();
        for (Project project : plan.getProjects()) {
            (project.realised() ? realised : unrealised).add(project);
        }
        List<Transfer> paying = new ArrayList<>();
        for (Transfer transfer : plan.getTransfers()) {
            if (transfer.getSteps() > 0) {
                paying.add(transfer);
            }
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !plan.getProjects().isEmpty();
            }

            @Override
            public CompositeMove next() {
                // A few attempts per call: most random picks of a kind are not applicable.
                for (int attempt = 0; attempt < 20; attempt++) {
                    // Out of 20: evict 3, ruin and recreate 9, fund 2, release 2, trim 3, shift 1.
                    int kind = random.nextInt(20);
                    CompositeMove move;
                    if (kind < 3 && !unrealised.isEmpty()) {
                        move = evict(plan, ledger, cap, unrealised.get(random.nextInt(unrealised.size())), random);
                    } else if (kind < 12) {
                        move = ruinAndRecreate(plan, realised, ledger, cap, random);
                    } else if (kind < 14 || paying.isEmpty()) {
                        move = fund(plan, ledger, cap, random);
                    } else if (kind < 16) {
                        move = release(plan, ledger, random);
                    } else if (kind < 19) {
                        move = trim(ledger, paying.get(random.nextInt(paying.size())));
                    } else {
                        move = shift(ledger, cap, paying.get(random.nextInt(paying.size())), random);
                    }
                    if (move != null) {
                        return move;
                    }
                }
                Project project = plan.getProjects().get(random.nextInt(plan.getProjects().size()));
                return new CompositeMove("release", List.of(project), listOfNull(), List.of(), List.of());
            }
        };
    }

    private static List<Member> listOfNull() {
        List<Member> executors = new ArrayList<>();
        executors.add(null);
        return executors;
    }

    private static CompositeMove fund(AllocationPlan plan, Ledger ledger, long cap, Random random) {
        Project project = plan.getProjects().get(random.nextInt(plan.getProjects().size()));
        if (project.getEligible().isEmpty()) {
            return null;
        }
        Member executor = project.getEligible().get(random.nextInt(project.getEligible().size()));
        if (executor == project.getExecutor()) {
            return null;
        }
        Ledger.Realisation realisation = ledger.realisation(project, executor, cap);
        if (realisation == null) {
            return null;
        }
        List<Transfer> transfers = new ArrayList<>();
        List<Long> steps = new ArrayList<>();
        for (Ledger.Grant grant : realisation.grants()) {
            transfers.add(grant.transfer());
            steps.add(grant.transfer().getSteps() + grant.extraSteps());
        }
        return new CompositeMove("fund", List.of(project), List.of(executor), transfers, steps);
    }

    private static CompositeMove evict(AllocationPlan plan, Ledger ledger, long cap, Project project, Random random) {
        if (project.getEligible().isEmpty()) {
            return null;
        }
        Member executor = project.getEligible().get(random.nextInt(project.getEligible().size()));
        List<Project> lighter = new ArrayList<>();
        for (Project other : plan.getProjects()) {
            if (other.realised() && other.npa() == project.npa() && other.weightMilli() < project.weightMilli()
                    && (other.getExecutor() == executor || ledger.donates(other.getExecutor(), executor))) {
                lighter.add(other);
            }
        }
        lighter.sort(Comparator.comparingLong(Project::weightMilli).thenComparingInt(Project::task));
        List<Project> evicted = new ArrayList<>();
        long evictedWeight = 0;
        Ledger.Realisation realisation = ledger.realisation(project, executor, cap);
        for (Project other : lighter) {
            if (realisation != null || evictedWeight + other.weightMilli() >= project.weightMilli()) {
                break;
            }
            ledger.add(other.getExecutor(), other.effectAt(other.getExecutor()), -1);
            evicted.add(other);
            evictedWeight += other.weightMilli();
            realisation = ledger.realisation(project, executor, cap);
        }
        for (Project other : evicted) {
            ledger.add(other.getExecutor(), other.effectAt(other.getExecutor()), 1);
        }
        if (realisation == null) {
            return null;
        }
        List<Project> projects = new ArrayList<>(evicted);
        List<Member> executors = new ArrayList<>();
        evicted.forEach(p -> executors.add(null));
        projects.add(project);
        executors.add(executor);
        List<Transfer> transfers = new ArrayList<>();
        List<Long> steps = new ArrayList<>();
        for (Ledger.Grant grant : realisation.grants()) {
            transfers.add(grant.transfer());
            steps.add(grant.transfer().getSteps() + grant.extraSteps());
        }
        return new CompositeMove("evict", projects, executors, transfers, steps);
    }

    private static CompositeMove ruinAndRecreate(AllocationPlan plan, List<Project> realised, Ledger ledger, long cap, Random random) {
        // Ruin either everything one member carries out, or one to four realised projects anywhere.
        java.util.Set<Project> ruins = new java.util.LinkedHashSet<>();
        if (random.nextBoolean() || realised.isEmpty()) {
            Member ruined = plan.getMembers().get(random.nextInt(plan.getMembers().size()));
            for (Project project : plan.getProjects()) {
                if (project.getExecutor() == ruined) {
                    ruins.add(project);
                }
            }
        } else {
            int count = 1 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                ruins.add(realised.get(random.nextInt(realised.size())));
            }
        }
        if (ruins.isEmpty()) {
            return null;
        }
        Ledger trial = ledger.copy();
        Map<Project, Member> executors = new LinkedHashMap<>();
        java.util.Set<Member> touched = new java.util.LinkedHashSet<>();
        for (Project project : ruins) {
            trial.add(project.getExecutor(), project.effectAt(project.getExecutor()), -1);
            touched.add(project.getExecutor());
            executors.put(project, null);
        }
        List<Project> open = new ArrayList<>(ruins);
        for (Project project : plan.getProjects()) {
            if (!project.realised() && !project.getEligible().isEmpty()) {
                open.add(project);
            }
        }
        Map<Transfer, Long> steps = new LinkedHashMap<>();
        for (Member member : touched) {
            trial.trim(member, steps);
        }
        // The construction's order, each project's place perturbed by a random factor of up to 2.
        Map<Project, Double> key = new HashMap<>();
        for (Project project : open) {
            key.put(project, -(project.npa() ? 1e12 : 0) - project.weightMilli() / (project.price() + 1000.0) * (1.0 + random.nextDouble()));
        }
        open.sort(Comparator.comparingDouble(key::get));
        // Mostly the member needing the least money, as the construction does; sometimes the
        // first member (in random order) that can carry it, so that room elsewhere is kept.
        boolean anyFeasible = random.nextBoolean();
        for (Project project : open) {
            Ledger.Realisation best = null;
            List<Member> candidates = GreedyConstruction.candidates(project);
            if (anyFeasible) {
                java.util.Collections.shuffle(candidates, random);
            }
            for (Member candidate : candidates) {
                Ledger.Realisation option = trial.realisation(project, candidate, cap);
                if (option != null && (best == null || option.euros() < best.euros())) {
                    best = option;
                    if (anyFeasible) {
                        break;
                    }
                }
            }
            if (best == null) {
                continue;
            }
            trial.book(best);
            executors.put(project, best.executor());
            for (Ledger.Grant grant : best.grants()) {
                steps.put(grant.transfer(), steps.getOrDefault(grant.transfer(), grant.transfer().getSteps()) + grant.extraSteps());
            }
        }
        // Money the recreated plan no longer needs goes back, so that donors keep their room.
        executors.forEach((project, executor) -> {
            if (executor != null) {
                touched.add(executor);
            }
        });
        for (Member member : touched) {
            trial.trim(member, steps);
        }
        List<Project> projects = new ArrayList<>();
        List<Member> values = new ArrayList<>();
        executors.forEach((project, executor) -> {
            if (project.getExecutor() != executor) {
                projects.add(project);
                values.add(executor);
            }
        });
        return new CompositeMove("ruinAndRecreate", projects, values, new ArrayList<>(steps.keySet()), new ArrayList<>(steps.values()));
    }

    private static CompositeMove release(AllocationPlan plan, Ledger ledger, Random random) {
        Project project = plan.getProjects().get(random.nextInt(plan.getProjects().size()));
        Member executor = project.getExecutor();
        if (executor == null) {
            return null;
        }
        long[] without = negate(project.effectAt(executor));
        List<Transfer> transfers = new ArrayList<>();
        List<Long> steps = new ArrayList<>();
        long spare = ledger.capacityEuros(executor, without, Long.MAX_VALUE / 4);
        // Take back the widest-level money first: it costs the most in the score.
        List<Transfer> incoming = ledger.transfersInto(executor);
        for (int i = incoming.size() - 1; i >= 0 && spare > 0; i--) {
            Transfer transfer = incoming.get(i);
            long back = Math.min(transfer.getSteps(), spare / transfer.stepEuros());
            if (back > 0) {
                transfers.add(transfer);
                steps.add(transfer.getSteps() - back);
                spare -= back * transfer.stepEuros();
            }
        }
        return new CompositeMove("release", List.of(project), listOfNull(), transfers, steps);
    }

    private static CompositeMove trim(Ledger ledger, Transfer transfer) {
        Transfer reverse = ledger.reverseOf(transfer);
        if (reverse != null && reverse.getSteps() > 0) {
            // Money both ways cancels in every row: take the common part out of both.
            long common = Math.min(transfer.getSteps(), reverse.getSteps());
            return new CompositeMove("cancel", List.of(), List.of(), List.of(transfer, reverse),
                    List.of(transfer.getSteps() - common, reverse.getSteps() - common));
        }
        long spare = ledger.capacityEuros(transfer.to(), null, Long.MAX_VALUE / 4);
        long back = Math.min(transfer.getSteps(), spare / transfer.stepEuros());
        if (back <= 0) {
            return null;
        }
        return new CompositeMove("trim", List.of(), List.of(), List.of(transfer), List.of(transfer.getSteps() - back));
    }

    private static CompositeMove shift(Ledger ledger, long cap, Transfer source, Random random) {
        List<Transfer> incoming = ledger.transfersInto(source.to());
        Transfer target = incoming.get(random.nextInt(incoming.size()));
        if (target == source || target.level().compareTo(source.level()) > 0) {
            return null;
        }
        long capacity = ledger.capacityEuros(target.from(), null, cap);
        long moved = Math.min(source.getSteps(), Math.min(target.maxSteps() - target.getSteps(), capacity / target.stepEuros()));
        if (moved <= 0) {
            return null;
        }
        return new CompositeMove("shift", List.of(), List.of(),
                List.of(source, target), List.of(source.getSteps() - moved, target.getSteps() + moved));
    }

    private static long[] negate(long[] cents) {
        long[] negated = new long[cents.length];
        for (int r = 0; r < cents.length; r++) {
            negated[r] = -cents[r];
        }
        return negated;
    }
}
