package nl.solidarity.engine.optaplanner.solver;

import java.util.ArrayList;
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
 *   <li>release: leave a realised project unrealised and take back the money its executor no longer needs;</li>
 *   <li>trim: lower one transfer by what its recipient does not need;</li>
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
        throw new UnsupportedOperationException("funded moves are only selected at random");
    }

    @Override
    public Iterator<CompositeMove> createRandomMoveIterator(ScoreDirector<AllocationPlan> scoreDirector, Random random) {
        AllocationPlan plan = scoreDirector.getWorkingSolution();
        Ledger ledger = Ledger.of(plan);
        long cap = GreedyConstruction.transferCap(plan);
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
                    int kind = random.nextInt(10);
                    CompositeMove move;
                    if (kind < 5 || paying.isEmpty()) {
                        move = fund(plan, ledger, cap, random);
                    } else if (kind < 7) {
                        move = release(plan, ledger, random);
                    } else if (kind < 9) {
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
