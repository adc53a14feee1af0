package nl.solidarity.engine.optaplanner.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.solidarity.engine.optaplanner.domain.AllocationPlan;
import nl.solidarity.engine.optaplanner.domain.Load;
import nl.solidarity.engine.optaplanner.domain.Member;
import nl.solidarity.engine.optaplanner.domain.Project;
import nl.solidarity.engine.optaplanner.domain.Transfer;

/**
 * The current load on every member's rows (cents, as the score sees them), and the money
 * arithmetic the construction heuristic and the funded moves share. A member's row r holds when
 * room_r + load_r ≥ 0.
 */
public final class Ledger {
    private final long[][] load;
    private final List<List<Transfer>> transfersInto;

    private Ledger(int members) {
        this.load = new long[members][];
        this.transfersInto = new ArrayList<>();
        for (int m = 0; m < members; m++) {
            transfersInto.add(new ArrayList<>());
        }
    }

    public static Ledger of(AllocationPlan plan) {
        Ledger ledger = new Ledger(plan.getMembers().size());
        for (Member member : plan.getMembers()) {
            ledger.load[member.index()] = new long[member.rowCount()];
        }
        for (Project project : plan.getProjects()) {
            project.loads().forEach(l -> ledger.add(l, 1));
        }
        for (Transfer transfer : plan.getTransfers()) {
            transfer.loads().forEach(l -> ledger.add(l, 1));
            ledger.transfersInto.get(transfer.to().index()).add(transfer);
        }
        // Cheapest money first: regional before provincial before national (levels 3–5 minimise
        // the wider levels first); the pair order breaks ties, so the order is deterministic.
        ledger.transfersInto.forEach(list -> list.sort(Comparator.comparing(Transfer::level).thenComparingInt(Transfer::pair)));
        return ledger;
    }

    /** An independent copy of the loads, for trying out a sequence of bookings. */
    public Ledger copy() {
        Ledger copy = new Ledger(load.length);
        for (int m = 0; m < load.length; m++) {
            copy.load[m] = load[m].clone();
        }
        copy.transfersInto.clear();
        copy.transfersInto.addAll(transfersInto);
        return copy;
    }

    public void add(Load l, int sign) {
        long[] row = load[l.member().index()];
        for (int r = 0; r < row.length; r++) {
            row[r] += sign * l.cents()[r];
        }
    }

    public void add(Member member, long[] cents, int sign) {
        add(new Load(member, cents), sign);
    }

    /** The transfer on the opposite pair (recipient to donor), or null when that pair is not allowed. */
    public Transfer reverseOf(Transfer transfer) {
        for (Transfer candidate : transfersInto(transfer.from())) {
            if (candidate.from() == transfer.to()) {
                return candidate;
            }
        }
        return null;
    }

    /** Whether {@code donor} may pay {@code recipient} (an allowed pair). */
    public boolean donates(Member donor, Member recipient) {
        for (Transfer transfer : transfersInto(recipient)) {
            if (transfer.from() == donor) {
                return true;
            }
        }
        return false;
    }

    public List<Transfer> transfersInto(Member member) {
        return transfersInto.get(member.index());
    }

    /** Whether the member's rows hold with {@code extra} added on top of its current load. */
    public boolean fits(Member member, long[] extra) {
        long[] row = load[member.index()];
        for (int r = 0; r < row.length; r++) {
            if (member.roomCents(r) + row[r] + at(extra, r) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The smallest margin room + load over the member's rows, in cents (its tightest row). */
    public long tightestMargin(Member member, long[] extra) {
        long[] row = load[member.index()];
        long tightest = Long.MAX_VALUE;
        for (int r = 0; r < row.length; r++) {
            tightest = Math.min(tightest, member.roomCents(r) + row[r] + at(extra, r));
        }
        return tightest;
    }

    /**
     * Euros the member can pay out (net) with {@code extra} on its rows and every row still holding:
     * min over rows with τ_r &lt; 0 of (room_r + load_r) / (−τ_r), rounded down; 0 when a row is already broken.
     */
    public long capacityEuros(Member member, long[] extra, long cap) {
        long[] row = load[member.index()];
        double capacity = cap;
        for (int r = 0; r < row.length; r++) {
            long margin = member.roomCents(r) + row[r] + at(extra, r);
            if (margin < 0) {
                return 0L;
            }
            double tau = member.perNetEuroOut(r);
            if (tau < 0) {
                capacity = Math.min(capacity, margin / (-tau * 100.0));
            }
        }
        return (long) Math.floor(capacity);
    }

    /**
     * Euros the member must receive so that its rows hold with {@code extra} on top: max over
     * broken rows of deficit_r / (−τ_r), rounded up; −1 when a broken row does not rise with money.
     */
    public long needEuros(Member member, long[] extra) {
        long[] row = load[member.index()];
        double need = 0.0;
        for (int r = 0; r < row.length; r++) {
            long deficit = -(member.roomCents(r) + row[r] + at(extra, r));
            if (deficit > 0) {
                double tau = member.perNetEuroOut(r);
                if (tau >= 0) {
                    return -1L;
                }
                need = Math.max(need, deficit / (-tau * 100.0));
            }
        }
        return (long) Math.ceil(need);
    }

    /** Extra steps per transfer into {@code recipient} that together bring at least {@code euros}. */
    public record Grant(Transfer transfer, long extraSteps) {
    }

    /**
     * Raises {@code euros} for the recipient from its donors, cheapest level first, each donor up
     * to what its own rows allow; null when the donors together cannot raise it.
     */
    public List<Grant> raise(Member recipient, long euros, long transferCap) {
        List<Grant> grants = new ArrayList<>();
        long remaining = euros;
        for (Transfer transfer : transfersInto(recipient)) {
            if (remaining <= 0) {
                break;
            }
            long capacity = capacityEuros(transfer.from(), null, transferCap);
            long stepsLeft = transfer.maxSteps() - transfer.getSteps();
            long maxSteps = Math.min(stepsLeft, capacity / transfer.stepEuros());
            long wanted = (remaining + transfer.stepEuros() - 1) / transfer.stepEuros();
            long steps = Math.min(maxSteps, wanted);
            if (steps > 0) {
                grants.add(new Grant(transfer, steps));
                remaining -= steps * transfer.stepEuros();
            }
        }
        return remaining <= 0 ? grants : null;
    }

    /** An absent extra load is zero on every row. */
    private static long at(long[] extra, int row) {
        return extra == null ? 0L : extra[row];
    }

    /** A way to carry out a project at one member: the money it must receive and from whom. */
    public record Realisation(Project project, Member executor, long euros, List<Grant> grants) {
    }

    /**
     * How {@code project} can be carried out at {@code executor} on top of the current loads: with
     * no money when it fits, otherwise with the least money its donors can raise; null when they cannot.
     */
    public Realisation realisation(Project project, Member executor, long transferCap) {
        long[] effect = project.effectAt(executor);
        if (fits(executor, effect)) {
            return new Realisation(project, executor, 0L, List.of());
        }
        long need = needEuros(executor, effect);
        if (need < 0) {
            return null;
        }
        List<Grant> grants = raise(executor, need, transferCap);
        return grants == null ? null : new Realisation(project, executor, need, grants);
    }

    /** Books a realisation (and the money of its grants) into the loads. */
    public void book(Realisation realisation) {
        add(realisation.executor(), realisation.project().effectAt(realisation.executor()), 1);
        for (Grant grant : realisation.grants()) {
            long euros = grant.extraSteps() * grant.transfer().stepEuros();
            add(grant.transfer().from(), grant.transfer().from().transferEffectCents(euros), 1);
            add(grant.transfer().to(), grant.transfer().to().transferEffectCents(-euros), 1);
        }
    }

    /**
     * Takes back money the recipient does not need: widest level first, each transfer into it is
     * lowered by what its rows can spare (the recipient "paying back" keeps every row holding).
     * {@code steps} holds the amounts decided so far (absent: the transfer's current steps) and
     * receives the lowered ones; the loads are updated.
     */
    public void trim(Member recipient, java.util.Map<Transfer, Long> steps) {
        List<Transfer> incoming = transfersInto(recipient);
        for (int i = incoming.size() - 1; i >= 0; i--) {
            Transfer transfer = incoming.get(i);
            long current = steps.getOrDefault(transfer, transfer.getSteps());
            if (current == 0) {
                continue;
            }
            long spare = capacityEuros(recipient, null, Long.MAX_VALUE / 4);
            long back = Math.min(current, spare / transfer.stepEuros());
            if (back <= 0) {
                continue;
            }
            long euros = back * transfer.stepEuros();
            add(recipient, recipient.transferEffectCents(euros), 1);
            add(transfer.from(), transfer.from().transferEffectCents(-euros), 1);
            steps.put(transfer, current - back);
        }
    }
}
