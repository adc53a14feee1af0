package nl.solidarity.engine.optaplanner.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.solidarity.engine.optaplanner.domain.AllocationPlan;
import nl.solidarity.engine.optaplanner.domain.Contribution;
import nl.solidarity.engine.optaplanner.domain.Member;
import nl.solidarity.engine.optaplanner.domain.Project;
import nl.solidarity.engine.optaplanner.domain.Support;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Moves that change projects and money together, composed on a {@link Ledger} of the plan at the
 * start of each step (OptaPlanner asks for a fresh random iterator every step and undoes every
 * move it evaluates, so the ledger stays valid for the whole step). Every move keeps the rows,
 * the support bounds, the fund balances and the locks, or is not proposed:
 * <ul>
 *   <li>evict: realise an unrealised project at a random eligible member by leaving lighter
 *       projects (a later tier, or less weight in the same tier) of that member, or of members
 *       that can pay into its funds, unrealised, with the money then needed;</li>
 *   <li>ruin and recreate: leave everything one or two members carry out (or one to four realised
 *       projects anywhere, or two to eight of one region) unrealised, take back the money no longer needed, and re-insert every unrealised
 *       project greedily in a perturbed order of the objective;</li>
 *   <li>make room: a quarter of the ruin-and-recreate picks aim at one unrealised project, leaving
 *       random realised projects of the same or a later rank unrealised until it can be carried
 *       out, and then re-insert the rest;</li>
 *   <li>fund: carry out a project at another eligible member, with the money needed there;</li>
 *   <li>swap: two realised projects exchange executors, with the money both then need;</li>
 *   <li>release: leave a realised project unrealised and take back the money its executor then does not need;</li>
 *   <li>trim: take back the support a member does not need, and the contributions that paid for it;</li>
 *   <li>shift: move money in a fund from a contribution to one of the same or a narrower level;</li>
 *   <li>settle: cancel money paid into and drawn from the same fund, and money that goes round.</li>
 * </ul>
 */
public final class FundedMoveFactory implements MoveIteratorFactory<AllocationPlan, CompositeMove> {

    @Override
    public long getSize(ScoreDirector<AllocationPlan> scoreDirector) {
        AllocationPlan plan = scoreDirector.getWorkingSolution();
        return (long) plan.getProjects().size() + plan.getContributions().size() + plan.getSupports().size();
    }

    @Override
    public Iterator<CompositeMove> createOriginalMoveIterator(ScoreDirector<AllocationPlan> scoreDirector) {
        // solver-config/optaplanner.xml selects these moves in RANDOM order only; an ORIGINAL order
        // would mean enumerating every compound move, which the factory never does.
        throw new IllegalStateException("funded moves are only selected at random (selectionOrder RANDOM)");
    }

    @Override
    public Iterator<CompositeMove> createRandomMoveIterator(ScoreDirector<AllocationPlan> scoreDirector, Random random) {
        return new Moves(scoreDirector.getWorkingSolution(), random);
    }

    /** The moves of one step. */
    static final class Moves implements Iterator<CompositeMove> {
        private final AllocationPlan plan;
        private final Random random;
        private final Ledger ledger;
        private final List<Project> movable = new ArrayList<>();
        private final List<Project> unrealised = new ArrayList<>();
        private final List<Project> realised = new ArrayList<>();
        private final List<Contribution> paying = new ArrayList<>();
        private final List<Member> drawing = new ArrayList<>();

        Moves(AllocationPlan plan, Random random) {
            this.plan = plan;
            this.random = random;
            this.ledger = Ledger.of(plan);
            for (Project project : plan.getProjects()) {
                if (!project.isPinned()) {
                    movable.add(project);
                    (project.realised() ? realised : unrealised).add(project);
                }
            }
            for (Contribution contribution : plan.getContributions()) {
                if (contribution.amount() > 0) {
                    paying.add(contribution);
                }
            }
            Set<Member> receivers = new LinkedHashSet<>();
            for (Support support : plan.getSupports()) {
                if (support.amount() > 0) {
                    receivers.add(support.receiver());
                }
            }
            drawing.addAll(receivers);
        }

        @Override
        public boolean hasNext() {
            return !movable.isEmpty();
        }

        @Override
        public CompositeMove next() {
            // A few attempts per call: many random picks of a kind do not apply or cannot be paid for.
            for (int attempt = 0; attempt < 20; attempt++) {
                // Out of 20: evict 3, ruin and recreate 9, fund 1, swap 2, release 2, trim 1, shift 1, settle 1.
                int kind = random.nextInt(20);
                CompositeMove move;
                if (kind < 3) {
                    move = unrealised.isEmpty() ? null : evict(unrealised.get(random.nextInt(unrealised.size())));
                } else if (kind < 12) {
                    move = ruinAndRecreate();
                } else if (kind < 13) {
                    move = fund(movable.get(random.nextInt(movable.size())));
                } else if (kind < 15) {
                    move = realised.size() < 2 ? null
                            : swap(realised.get(random.nextInt(realised.size())), realised.get(random.nextInt(realised.size())));
                } else if (kind < 17) {
                    move = realised.isEmpty() ? null : release(realised.get(random.nextInt(realised.size())));
                } else if (kind < 18) {
                    move = drawing.isEmpty() ? null : trim(drawing.get(random.nextInt(drawing.size())));
                } else if (kind < 19) {
                    move = paying.isEmpty() ? null : shift(paying.get(random.nextInt(paying.size())));
                } else {
                    move = settle();
                }
                if (move != null) {
                    return move;
                }
            }
            // Nothing applied: a move that changes nothing, which OptaPlanner skips as not doable.
            return new CompositeMove("none", List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }

        /** The ledger's changes since {@code mark} as a move (null when they break a lock or change nothing), rolled back. */
        private CompositeMove finish(int mark, String kind) {
            CompositeMove move = ledger.locksHold() ? ledger.moveSince(mark, kind) : null;
            ledger.rollback(mark);
            return move;
        }

        CompositeMove evict(Project project) {
            Member executor = project.getEligible().get(random.nextInt(project.getEligible().size()));
            List<Project> lighter = new ArrayList<>();
            for (Project other : realised) {
                Member at = ledger.executor(other);
                if (project.heavierThan(other) && (at == executor || ledger.canPay(at, executor))) {
                    lighter.add(other);
                }
            }
            lighter.sort(Comparator.comparingInt(Project::rank).reversed()
                    .thenComparingLong(Project::weightMilli).thenComparingInt(Project::index));
            int mark = ledger.mark();
            boolean done = ledger.assign(project, executor);
            List<Project> evicted = new ArrayList<>();
            long sameRankWeight = 0;
            for (Project other : lighter) {
                if (done) {
                    break;
                }
                if (other.rank() == project.rank()) {
                    if (sameRankWeight + other.weightMilli() >= project.weightMilli()) {
                        continue;
                    }
                    sameRankWeight += other.weightMilli();
                }
                evicted.add(other);
                ledger.rollback(mark);
                boolean released = true;
                for (Project gone : evicted) {
                    released &= ledger.assign(gone, null);
                }
                done = released && ledger.assign(project, executor);
            }
            if (!done) {
                ledger.rollback(mark);
                return null;
            }
            for (Project gone : evicted) {
                ledger.trim(gone.getExecutor());
            }
            return finish(mark, "evict");
        }

        CompositeMove ruinAndRecreate() {
            if (realised.isEmpty()) {
                return null;
            }
            int mode = random.nextInt(4);
            if (mode == 2 && !unrealised.isEmpty()) {
                return makeRoom(unrealised.get(random.nextInt(unrealised.size())));
            }
            Set<Project> ruins = new LinkedHashSet<>();
            if (mode == 3) {
                // Two to eight projects of one region, where the members' room is interchangeable through its fund.
                String region = realised.get(random.nextInt(realised.size())).region();
                List<Project> local = new ArrayList<>();
                for (Project project : realised) {
                    if (project.region().equals(region)) {
                        local.add(project);
                    }
                }
                Collections.shuffle(local, random);
                ruins.addAll(local.subList(0, Math.min(local.size(), 2 + random.nextInt(7))));
            } else if (mode == 0) {
                // Everything one member carries out, or (half of the time) two members: work can then change hands between them.
                Member ruined = realised.get(random.nextInt(realised.size())).getExecutor();
                Member also = random.nextBoolean() ? realised.get(random.nextInt(realised.size())).getExecutor() : ruined;
                for (Project project : realised) {
                    if (project.getExecutor() == ruined || project.getExecutor() == also) {
                        ruins.add(project);
                    }
                }
            } else {
                int count = 1 + random.nextInt(4);
                for (int i = 0; i < count; i++) {
                    ruins.add(realised.get(random.nextInt(realised.size())));
                }
            }
            int mark = ledger.mark();
            Set<Member> touched = new LinkedHashSet<>();
            for (Project project : ruins) {
                touched.add(ledger.executor(project));
                ledger.setExecutor(project, null);
            }
            // The ruined executors keep their money until the end: the recreated work may need it,
            // and support beyond a bound that shrank is cut back (or moved) only then.
            if (!recreate(new ArrayList<>(ruins), touched)) {
                ledger.rollback(mark);
                return null;
            }
            return finish(mark, "ruinAndRecreate");
        }

        /**
         * Ruin and recreate aimed at one unrealised project: realised projects of the same or a
         * later rank, the least dense first (in a randomly perturbed order), are left unrealised until the target can be carried out at
         * a random eligible member (at most 12 of them); the target goes first, and then every
         * open project is re-inserted as in {@link #ruinAndRecreate}. This is how one large
         * project takes the place of several smaller ones that together weigh less.
         */
        CompositeMove makeRoom(Project target) {
            Member executor = target.getEligible().get(random.nextInt(target.getEligible().size()));
            List<Project> victims = new ArrayList<>();
            for (Project other : realised) {
                if (other.rank() >= target.rank()) {
                    victims.add(other);
                }
            }
            // The least dense first (weighted homes per euro of price), each perturbed by a random factor of up to 2.
            Map<Project, Double> key = new HashMap<>();
            for (Project victim : victims) {
                key.put(victim, GreedyConstruction.value(victim) / (victim.price() + 1000.0) * (1.0 + random.nextDouble()));
            }
            victims.sort(Comparator.comparingInt(Project::rank).reversed().thenComparingDouble(key::get).thenComparingInt(Project::index));
            int mark = ledger.mark();
            Set<Member> touched = new LinkedHashSet<>();
            List<Project> ruins = new ArrayList<>();
            boolean placed = ledger.priceAt(target, executor) != null && ledger.assign(target, executor);
            for (int n = 0; n < victims.size() && n < 12 && !placed; n++) {
                Project victim = victims.get(n);
                touched.add(ledger.executor(victim));
                ledger.setExecutor(victim, null);
                ruins.add(victim);
                placed = ledger.priceAt(target, executor) != null && ledger.assign(target, executor);
            }
            if (!placed) {
                ledger.rollback(mark);
                return null;
            }
            touched.add(executor);
            if (!recreate(ruins, touched)) {
                ledger.rollback(mark);
                return null;
            }
            return finish(mark, "makeRoom");
        }

        /**
         * Re-inserts the given ruined projects and every unrealised project greedily (see
         * {@link GreedyConstruction#insertDensest}, with random perturbation), then restores the
         * rows and bounds of every member touched ({@link Ledger#restore}), takes back money not
         * needed and cancels round trips. False when the touched members cannot be restored.
         */
        private boolean recreate(List<Project> ruins, Set<Member> touched) {
            List<Project> open = new ArrayList<>(ruins);
            open.addAll(unrealised);
            // Half of the time each project goes to the first member (in random order) that can
            // carry it, not the one where it uses up the least room, so that room elsewhere is kept.
            GreedyConstruction.insertDensest(ledger, open, random, random.nextBoolean());
            for (Project project : open) {
                Member at = ledger.executor(project);
                if (at != null) {
                    touched.add(at);
                }
            }
            if (!ledger.restore(touched, null)) {
                return false;
            }
            touched.forEach(ledger::trim);
            ledger.cancelRoundTrips();
            return true;
        }

        CompositeMove fund(Project project) {
            Member executor = project.getEligible().get(random.nextInt(project.getEligible().size()));
            Member old = ledger.executor(project);
            if (executor == old) {
                return null;
            }
            int mark = ledger.mark();
            if (!ledger.assign(project, executor)) {
                return null;
            }
            if (old != null) {
                ledger.trim(old);
            }
            return finish(mark, "fund");
        }

        /**
         * Two realised projects exchange executors (each must be eligible at the other's), and the
         * money of both executors is restored: work changes hands, and with it who needs money.
         */
        CompositeMove swap(Project first, Project second) {
            Member a = ledger.executor(first);
            Member b = ledger.executor(second);
            if (first == second || a == b || !first.getEligible().contains(b) || !second.getEligible().contains(a)) {
                return null;
            }
            int mark = ledger.mark();
            ledger.setExecutor(first, b);
            ledger.setExecutor(second, a);
            if (!ledger.restore(List.of(a, b), null)) {
                ledger.rollback(mark);
                return null;
            }
            ledger.trim(a);
            ledger.trim(b);
            ledger.cancelRoundTrips();
            return finish(mark, "swap");
        }

        CompositeMove release(Project project) {
            Member executor = ledger.executor(project);
            int mark = ledger.mark();
            if (!ledger.assign(project, null)) {
                return null;
            }
            ledger.trim(executor);
            return finish(mark, "release");
        }

        CompositeMove trim(Member member) {
            int mark = ledger.mark();
            ledger.trim(member);
            return finish(mark, "trim");
        }

        CompositeMove shift(Contribution source) {
            List<Contribution> into = ledger.contributionsInto(source.fund());
            Contribution target = into.get(random.nextInt(into.size()));
            if (target == source || target.payer() == source.payer() || target.level().compareTo(source.level()) > 0) {
                return null;
            }
            int mark = ledger.mark();
            ledger.shift(source, target);
            return finish(mark, "shift");
        }

        CompositeMove settle() {
            int mark = ledger.mark();
            ledger.cancelRoundTrips();
            return finish(mark, "settle");
        }
    }
}
