package nl.solidarity.engine.optaplanner.solver;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.solidarity.engine.optaplanner.domain.AllocationPlan;
import nl.solidarity.engine.optaplanner.domain.Contribution;
import nl.solidarity.engine.optaplanner.domain.Fund;
import nl.solidarity.engine.optaplanner.domain.Lock;
import nl.solidarity.engine.optaplanner.domain.Member;
import nl.solidarity.engine.optaplanner.domain.Project;
import nl.solidarity.engine.optaplanner.domain.Support;
import nl.solidarity.engine.optaplanner.domain.SupportSlot;
import nl.solidarity.model.ContributionLevel;

/**
 * A working copy of a plan's state that the construction and the compound moves reason on, in the
 * score's own arithmetic (cents, thousandths of a home): each member's row effects and net money,
 * every contribution and support, each support slot's bound (the cost of the receiver's realised
 * NPA work in the fund's region), each lock's weighted unmet, and the contribution volume per level.
 *
 * <p>Every change goes through a journal, so a move is composed by changing the ledger, reading
 * off what changed ({@link #moveSince}), and rolling back ({@link #rollback}). The money operations
 * keep the rules that the score checks: a fund's contributions and supports always change by the
 * same amount (balance), support is cut back to its bound whenever work goes away
 * ({@link #restore}), and money is raised only from payers whose own rows still hold afterwards.
 */
public final class Ledger {
    private static final int EXECUTOR = 0;
    private static final int CONTRIBUTION = 1;
    private static final int SUPPORT = 2;

    private final List<Member> members;
    private final List<Project> projects;
    private final List<Contribution> contributions;
    private final List<Support> supports;
    private final List<Fund> funds;
    private final List<Lock> locks;

    private final Member[] executor;
    private final long[][] work;
    private final long[] net;
    private final long[] contribution;
    private final long[] support;
    private final long[] bound;
    private final long[] lockUnmet;
    private final long[] volume = new long[ContributionLevel.values().length];
    private int brokenLocks;
    /** {@link #capacity} and {@link #need} per member, valid until the member's work or money changes. */
    private final long[] capacityCache;
    private final long[] needCache;
    private static final long STALE = Long.MIN_VALUE;

    private final int[][] contributionsOfFund;
    private final int[][] supportsOfFund;
    private final int[][] contributionsOfMember;
    private final int[][] supportsOfMember;
    private final int[][] fundsOfMember;
    private final int[][] contributionIn;
    private final long maxCents;
    /** Per fund, what its members could move at most ({@link #pool}), valid until one of them changes. */
    private final long[] poolCache;

    /** Entries {kind, index, old value}; executors as member index, -1 for none. */
    private final ArrayList<long[]> journal = new ArrayList<>();

    /** The index structure of a plan: which entities belong to which fund and member, in the orders the ledger uses. */
    private record Structure(int[][] contributionsOfFund, int[][] supportsOfFund, int[][] contributionsOfMember,
                             int[][] supportsOfMember, int[][] fundsOfMember, int[][] contributionIn, long maxCents) {
        static Structure of(AllocationPlan plan) {
            List<Contribution> contributions = plan.getContributions();
            List<Support> supports = plan.getSupports();
            int funds = plan.getFunds().size();
            int members = plan.getMembers().size();
            long max = 0L;
            for (Contribution c : contributions) {
                max = Math.max(max, c.maxCents());
            }
            int[][] contributionIn = new int[members][funds];
            List<Set<Integer>> fundSets = new ArrayList<>();
            for (int m = 0; m < members; m++) {
                Arrays.fill(contributionIn[m], -1);
                fundSets.add(new java.util.TreeSet<>());
            }
            for (Contribution c : contributions) {
                contributionIn[c.payer().index()][c.fund().index()] = c.index();
                fundSets.get(c.payer().index()).add(c.fund().index());
            }
            for (Support s : supports) {
                fundSets.get(s.receiver().index()).add(s.fund().index());
            }
            int[][] fundsOfMember = new int[members][];
            for (int m = 0; m < members; m++) {
                fundsOfMember[m] = fundSets.get(m).stream().mapToInt(Integer::intValue).toArray();
            }
            return new Structure(
                    group(funds, contributions.size(), k -> contributions.get(k).fund().index(),
                            Comparator.comparing((Integer k) -> contributions.get(k).level()).thenComparing(k -> k)),
                    group(funds, supports.size(), i -> supports.get(i).fund().index(), Comparator.naturalOrder()),
                    group(members, contributions.size(), k -> contributions.get(k).payer().index(),
                            Comparator.comparing((Integer k) -> contributions.get(k).level()).reversed().thenComparing(k -> k)),
                    group(members, supports.size(), i -> supports.get(i).receiver().index(), Comparator.naturalOrder()),
                    fundsOfMember, contributionIn, max);
        }
    }

    /**
     * The structure of the last plan seen on this thread, keyed by the identity of its project list:
     * the search builds a ledger of the same working solution at every step.
     */
    private static final ThreadLocal<Object[]> LAST_STRUCTURE = ThreadLocal.withInitial(() -> new Object[2]);

    private static Structure structureOf(AllocationPlan plan) {
        Object[] last = LAST_STRUCTURE.get();
        @SuppressWarnings("unchecked")
        java.lang.ref.WeakReference<Object> key = (java.lang.ref.WeakReference<Object>) last[0];
        if (key != null && key.get() == plan.getProjects()) {
            return (Structure) last[1];
        }
        Structure structure = Structure.of(plan);
        last[0] = new java.lang.ref.WeakReference<Object>(plan.getProjects());
        last[1] = structure;
        return structure;
    }

    private Ledger(AllocationPlan plan) {
        this.members = plan.getMembers();
        this.projects = plan.getProjects();
        this.contributions = plan.getContributions();
        this.supports = plan.getSupports();
        this.funds = plan.getFunds();
        this.locks = plan.getLocks();
        this.executor = new Member[projects.size()];
        this.work = new long[members.size()][];
        for (Member member : members) {
            work[member.index()] = new long[member.rowCount()];
        }
        this.net = new long[members.size()];
        this.contribution = new long[contributions.size()];
        this.support = new long[supports.size()];
        this.bound = new long[supports.size()];
        this.lockUnmet = new long[locks.size()];
        this.capacityCache = new long[members.size()];
        this.needCache = new long[members.size()];
        Arrays.fill(capacityCache, STALE);
        Arrays.fill(needCache, STALE);
        Structure structure = structureOf(plan);
        this.contributionsOfFund = structure.contributionsOfFund();
        this.supportsOfFund = structure.supportsOfFund();
        this.contributionsOfMember = structure.contributionsOfMember();
        this.supportsOfMember = structure.supportsOfMember();
        this.fundsOfMember = structure.fundsOfMember();
        this.contributionIn = structure.contributionIn();
        this.maxCents = structure.maxCents();
        this.poolCache = new long[funds.size()];
        Arrays.fill(poolCache, STALE);
    }

    /** The ledger of the plan's current values. */
    public static Ledger of(AllocationPlan plan) {
        Ledger ledger = new Ledger(plan);
        for (Lock lock : ledger.locks) {
            ledger.lockUnmet[lock.index()] = 0L;
        }
        for (Project project : ledger.projects) {
            if (project.lock() != null) {
                ledger.lockUnmet[project.lock().index()] += project.weightMilli();
            }
        }
        for (Lock lock : ledger.locks) {
            if (ledger.lockUnmet[lock.index()] > lock.boundMilli()) {
                ledger.brokenLocks++;
            }
        }
        for (Project project : ledger.projects) {
            ledger.setExecutorRaw(project, project.getExecutor());
        }
        for (Contribution c : ledger.contributions) {
            ledger.setContributionRaw(c, c.amount());
        }
        for (Support s : ledger.supports) {
            ledger.setSupportRaw(s, s.amount());
        }
        return ledger;
    }

    // ---- state ---------------------------------------------------------------------------------

    public Member executor(Project project) {
        return executor[project.index()];
    }

    public long contribution(Contribution c) {
        return contribution[c.index()];
    }

    public long support(Support s) {
        return support[s.index()];
    }

    /** The cost of the realised NPA work that support {@code s} may pay for. */
    public long bound(Support s) {
        return bound[s.index()];
    }

    public long net(Member member) {
        return net[member.index()];
    }

    public long lockUnmet(Lock lock) {
        return lockUnmet[lock.index()];
    }

    /** Contribution volume per level (REGIONAL, PROVINCIAL, NATIONAL), cents. */
    public long[] volumes() {
        return volume.clone();
    }

    public boolean locksHold() {
        return brokenLocks == 0;
    }

    public List<Member> members() {
        return members;
    }

    public List<Project> projects() {
        return projects;
    }

    /** The contributions into {@code fund}, narrowest level first. */
    public List<Contribution> contributionsInto(Fund fund) {
        return Arrays.stream(contributionsOfFund[fund.index()]).mapToObj(contributions::get).toList();
    }

    /** The supports {@code member} may draw. */
    public List<Support> supportsOf(Member member) {
        return Arrays.stream(supportsOfMember[member.index()]).mapToObj(supports::get).toList();
    }

    /** Whether some contribution of {@code payer} goes into a fund that {@code receiver} may draw from. */
    public boolean canPay(Member payer, Member receiver) {
        for (int i : supportsOfMember[receiver.index()]) {
            for (int k : contributionsOfFund[supports.get(i).fund().index()]) {
                if (contributions.get(k).payer() == payer) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Room left in row r of {@code member}, cents (negative: broken). */
    public long margin(Member member, int row) {
        return member.margin(row, work[member.index()][row], net[member.index()]);
    }

    /** Whether every row of {@code member} holds. */
    public boolean fits(Member member) {
        return capacity(member) >= 0;
    }

    /** Whether every row of every member holds, every support is within its bound and every lock holds. */
    public boolean feasible() {
        for (Member member : members) {
            if (!fits(member)) {
                return false;
            }
        }
        for (Support s : supports) {
            if (support[s.index()] > bound[s.index()]) {
                return false;
            }
        }
        return locksHold();
    }

    /**
     * The most cents {@code member} can pay out on top of what it pays now with every row still
     * holding: min over rows with τ &lt; 0 of margin/(−τ), checked on the rounded rows; -1 when a
     * row is broken already.
     */
    public long capacity(Member member) {
        long cached = capacityCache[member.index()];
        if (cached == STALE) {
            long balance = balanceWith(member, null);
            cached = balance >= 0 ? balance : -1L;
            capacityCache[member.index()] = cached;
            needCache[member.index()] = balance >= 0 ? 0L : balance == UNMENDABLE ? -1L : -balance;
        }
        return cached;
    }

    /**
     * The fewest cents {@code member} must receive on top of what it receives now for every row to
     * hold: max over broken rows of −margin/(−τ), checked on the rounded rows; 0 when it fits, -1
     * when a broken row does not rise with money.
     */
    public long need(Member member) {
        capacity(member);
        return needCache[member.index()];
    }

    /** {@link #balanceWith}'s answer when a broken row does not rise with money. */
    private static final long UNMENDABLE = Long.MIN_VALUE + 1;

    /**
     * One pass over the rows of {@code member} with {@code extra} (cents per row, or null) on top
     * of its current work: its capacity (≥ 0) when every row holds, else minus its need, or
     * {@link #UNMENDABLE}. The estimate from the continuous rows is checked, and adjusted, on the
     * rounded ones.
     */
    private long balanceWith(Member member, long[] extra) {
        long current = net[member.index()];
        long[] w = work[member.index()];
        double limit = maxCents;
        double need = 0.0;
        boolean broken = false;
        for (int r = 0; r < w.length; r++) {
            long load = w[r] + (extra == null ? 0L : extra[r]);
            double tau = member.perNetEuroOut(r);
            boolean rowBroken = member.margin(r, load, current) < 0;
            if (rowBroken && tau >= 0) {
                return UNMENDABLE;
            }
            broken |= rowBroken;
            if (tau < 0) {
                double base = member.roomCents(r) + load + current * tau;
                limit = Math.min(limit, (base - 0.5) / -tau);
                if (rowBroken) {
                    need = Math.max(need, (0.5 - base) / -tau);
                }
            }
        }
        if (!broken) {
            long x = (long) Math.max(0.0, Math.floor(limit));
            for (int attempt = 0; attempt < 8 && x > 0 && !fitsWith(member, extra, current + x); attempt++) {
                x = Math.max(0L, x - Math.max(1L, x / 1_000_000L));
            }
            if (!fitsWith(member, extra, current + x)) {
                return 0L;
            }
            // The estimate keeps half a cent in hand; the last cents are checked on the rounded rows.
            for (int attempt = 0; attempt < 2 && x < maxCents && fitsWith(member, extra, current + x + 1); attempt++) {
                x++;
            }
            return x;
        }
        long x = Math.max(1L, (long) Math.ceil(need));
        for (int attempt = 0; attempt < 8 && !fitsWith(member, extra, current - x); attempt++) {
            x += Math.max(1L, x / 1_000_000L);
        }
        if (!fitsWith(member, extra, current - x)) {
            return UNMENDABLE;
        }
        for (int attempt = 0; attempt < 2 && x > 1 && fitsWith(member, extra, current - x + 1); attempt++) {
            x--;
        }
        return -x;
    }

    /** {@link #need} with {@code extra} (cents per row) on top of the member's current work. */
    private long needWith(Member member, long[] extra) {
        long balance = balanceWith(member, extra);
        return balance >= 0 ? 0L : balance == UNMENDABLE ? -1L : -balance;
    }

    /**
     * How much of the room that money can move {@code project} uses up when {@code member} carries
     * it out on top of the current state, in cents: the member's capacity to pay before, minus its
     * capacity after (minus what it must receive when the project does not fit): the measure the
     * greedy choices rank by, since money is interchangeable between the members of a fund. -1
     * when the project cannot be carried out there (money cannot mend a row, or not enough is
     * available; an upper-bound check, see {@link #available}). Only for unrealised projects.
     */
    public long consumption(Project project, Member member) {
        long before = Math.max(0L, capacity(member));
        long balance = balanceWith(member, project.effectAt(member));
        if (balance == UNMENDABLE) {
            return -1L;
        }
        if (balance >= 0) {
            return before - balance;
        }
        long need = -balance;
        SupportSlot slot = project.slotAt(member);
        if (available(member, need, slot == null ? -1 : slot.index(), project.costCents(), 0) < need) {
            return -1L;
        }
        return before + need;
    }

    private boolean fitsWith(Member member, long[] extra, long netCents) {
        long[] w = work[member.index()];
        for (int r = 0; r < w.length; r++) {
            if (member.margin(r, w[r] + (extra == null ? 0L : extra[r]), netCents) < 0) {
                return false;
            }
        }
        return true;
    }

    // ---- journal -------------------------------------------------------------------------------

    public int mark() {
        return journal.size();
    }

    /** Undoes every change made since {@code mark}. */
    public void rollback(int mark) {
        while (journal.size() > mark) {
            long[] entry = journal.remove(journal.size() - 1);
            int index = (int) entry[1];
            switch ((int) entry[0]) {
                case EXECUTOR -> setExecutorRaw(projects.get(index), entry[2] < 0 ? null : members.get((int) entry[2]));
                case CONTRIBUTION -> setContributionRaw(contributions.get(index), entry[2]);
                default -> setSupportRaw(supports.get(index), entry[2]);
            }
        }
    }

    /**
     * What changed since {@code mark}, as one move that sets the new values on the plan's entities
     * (entities whose value ends where the plan has it are left out); null when nothing changed.
     */
    public CompositeMove moveSince(int mark, String kind) {
        Map<Project, Member> executors = new LinkedHashMap<>();
        Map<Contribution, Long> paid = new LinkedHashMap<>();
        Map<Support, Long> drawn = new LinkedHashMap<>();
        for (int e = mark; e < journal.size(); e++) {
            long[] entry = journal.get(e);
            int index = (int) entry[1];
            switch ((int) entry[0]) {
                case EXECUTOR -> {
                    Project p = projects.get(index);
                    if (executor[index] != p.getExecutor()) {
                        executors.put(p, executor[index]);
                    } else {
                        executors.remove(p);
                    }
                }
                case CONTRIBUTION -> {
                    Contribution c = contributions.get(index);
                    if (contribution[index] != c.amount()) {
                        paid.put(c, contribution[index]);
                    } else {
                        paid.remove(c);
                    }
                }
                default -> {
                    Support s = supports.get(index);
                    if (support[index] != s.amount()) {
                        drawn.put(s, support[index]);
                    } else {
                        drawn.remove(s);
                    }
                }
            }
        }
        if (executors.isEmpty() && paid.isEmpty() && drawn.isEmpty()) {
            return null;
        }
        return new CompositeMove(kind, new ArrayList<>(executors.keySet()), new ArrayList<>(executors.values()),
                new ArrayList<>(paid.keySet()), new ArrayList<>(paid.values()),
                new ArrayList<>(drawn.keySet()), new ArrayList<>(drawn.values()));
    }

    // ---- plain changes ---------------------------------------------------------------------------

    public void setExecutor(Project project, Member member) {
        Member old = executor[project.index()];
        if (old == member) {
            return;
        }
        journal.add(new long[] {EXECUTOR, project.index(), old == null ? -1 : old.index()});
        setExecutorRaw(project, member);
    }

    public void setContribution(Contribution c, long cents) {
        if (contribution[c.index()] == cents) {
            return;
        }
        journal.add(new long[] {CONTRIBUTION, c.index(), contribution[c.index()]});
        setContributionRaw(c, cents);
    }

    public void setSupport(Support s, long cents) {
        if (support[s.index()] == cents) {
            return;
        }
        journal.add(new long[] {SUPPORT, s.index(), support[s.index()]});
        setSupportRaw(s, cents);
    }

    private void setExecutorRaw(Project project, Member member) {
        Member old = executor[project.index()];
        if (old == member) {
            return;
        }
        if (old != null) {
            addWork(old, project.effectAt(old), -1);
            SupportSlot slot = project.slotAt(old);
            if (slot != null) {
                bound[slot.index()] -= project.costCents();
            }
        }
        if (member != null) {
            addWork(member, project.effectAt(member), 1);
            SupportSlot slot = project.slotAt(member);
            if (slot != null) {
                bound[slot.index()] += project.costCents();
            }
        }
        Lock lock = project.lock();
        if (lock != null && (old == null) != (member == null)) {
            boolean brokenBefore = lockUnmet[lock.index()] > lock.boundMilli();
            lockUnmet[lock.index()] += member == null ? project.weightMilli() : -project.weightMilli();
            boolean brokenAfter = lockUnmet[lock.index()] > lock.boundMilli();
            brokenLocks += (brokenAfter ? 1 : 0) - (brokenBefore ? 1 : 0);
        }
        executor[project.index()] = member;
    }

    private void stale(Member member) {
        capacityCache[member.index()] = STALE;
        needCache[member.index()] = STALE;
        for (int f : fundsOfMember[member.index()]) {
            poolCache[f] = STALE;
        }
    }

    private void addWork(Member member, long[] effect, int sign) {
        stale(member);
        long[] w = work[member.index()];
        for (int r = 0; r < w.length; r++) {
            w[r] += sign * effect[r];
        }
    }

    private void setContributionRaw(Contribution c, long cents) {
        long delta = cents - contribution[c.index()];
        contribution[c.index()] = cents;
        net[c.payer().index()] += delta;
        stale(c.payer());
        volume[c.level().ordinal()] += delta;
    }

    private void setSupportRaw(Support s, long cents) {
        long delta = cents - support[s.index()];
        support[s.index()] = cents;
        net[s.receiver().index()] -= delta;
        stale(s.receiver());
    }

    // ---- money -----------------------------------------------------------------------------------

    /**
     * Raises {@code cents} for {@code receiver}: first it pays less (its own contributions taken
     * over by others in those funds), then it draws support out of the funds it may draw from (the
     * {@code preferred} fund first), each within its bound. The money comes from support that other
     * receivers of the fund can spare, then from contributions into the fund, narrowest level first,
     * each payer up to what its own rows allow, and then from payers that draw more support
     * themselves in another region where they work (money passed on, one step deep). False, with
     * nothing changed, when it cannot be raised.
     */
    public boolean raise(Member receiver, long cents, Fund preferred) {
        return raise(receiver, cents, preferred, 0);
    }

    /** The deepest a payer may pass money on from another fund: once. */
    private static final int MAX_DEPTH = 1;

    private boolean raise(Member receiver, long cents, Fund preferred, int depth) {
        if (cents <= 0) {
            return cents == 0;
        }
        if (available(receiver, cents, -1, 0L, depth) < cents) {
            return false;
        }
        int mark = mark();
        long remaining = cents;
        // First it pays less: each of its own contributions (widest level first) is taken over by
        // others in that fund, which moves no more money through the funds than before.
        for (int k : contributionsOfMember[receiver.index()]) {
            if (remaining <= 0) {
                break;
            }
            long wanted = Math.min(remaining, contribution[k]);
            if (wanted > 0) {
                Contribution own = contributions.get(k);
                remaining -= replace(own.fund().index(), wanted, receiver, depth,
                        amount -> setContribution(own, contribution[own.index()] - amount));
            }
        }
        // Then it draws support, out of the preferred fund first, each within its bound.
        for (int pass = 0; pass < 2 && remaining > 0; pass++) {
            for (int i : supportsOfMember[receiver.index()]) {
                Support s = supports.get(i);
                boolean isPreferred = preferred != null && s.fund() == preferred;
                if (pass == 0 ? !isPreferred : isPreferred) {
                    continue;
                }
                long wanted = Math.min(remaining, bound[i] - support[i]);
                if (wanted > 0) {
                    remaining -= replace(s.fund().index(), wanted, receiver, depth,
                            amount -> setSupport(s, support[s.index()] + amount));
                }
            }
        }
        if (remaining > 0) {
            rollback(mark);
            return false;
        }
        return true;
    }

    /**
     * Finds up to {@code wanted} cents in fund {@code f} for a change {@code take} that needs them
     * (more support out, or less contribution in, for {@code exclude}): first support that other
     * receivers can spare (it moves over without new money), then new contributions, narrowest
     * level first, each payer up to what its own rows allow, then (below {@link #MAX_DEPTH}) more
     * contributions from payers that raise the money themselves. Returns the cents found.
     */
    private long replace(int f, long wanted, Member exclude, int depth, java.util.function.LongConsumer take) {
        long found = 0L;
        for (int other : supportsOfFund[f]) {
            if (found >= wanted) {
                break;
            }
            Support s = supports.get(other);
            if (s.receiver() == exclude || support[other] == 0) {
                continue;
            }
            long amount = Math.min(wanted - found, Math.min(capacity(s.receiver()), support[other]));
            if (amount > 0) {
                setSupport(s, support[other] - amount);
                take.accept(amount);
                found += amount;
            }
        }
        for (int k : contributionsOfFund[f]) {
            if (found >= wanted) {
                break;
            }
            Contribution c = contributions.get(k);
            if (c.payer() == exclude) {
                continue;
            }
            long amount = Math.min(wanted - found, Math.min(capacity(c.payer()), c.maxCents() - contribution[k]));
            if (amount > 0) {
                setContribution(c, contribution[k] + amount);
                take.accept(amount);
                found += amount;
            }
        }
        if (depth >= MAX_DEPTH) {
            return found;
        }
        for (int k : contributionsOfFund[f]) {
            if (found >= wanted) {
                break;
            }
            Contribution c = contributions.get(k);
            Member payer = c.payer();
            if (payer == exclude) {
                continue;
            }
            long amount = Math.min(wanted - found, Math.min(c.maxCents() - contribution[k],
                    Math.max(0L, capacity(payer)) + passable(payer, f, wanted - found)));
            if (amount <= 0) {
                continue;
            }
            int mark = mark();
            setContribution(c, contribution[k] + amount);
            long need = need(payer);
            if (need < 0 || !raise(payer, need, null, depth + 1)) {
                rollback(mark);
                continue;
            }
            take.accept(amount);
            found += amount;
        }
        return found;
    }

    /**
     * What {@code payer} could draw at most (up to {@code enough}) from funds other than {@code f}
     * where it works: per such support, the least of its bound's slack and what the others in that
     * fund could move. An upper bound, as {@link #available}.
     */
    private long passable(Member payer, int f, long enough) {
        long total = 0L;
        long own = Math.max(0L, capacity(payer));
        for (int i : supportsOfMember[payer.index()]) {
            int g = supports.get(i).fund().index();
            long slack = bound[i] - support[i];
            if (g == f || slack <= 0) {
                continue;
            }
            total += Math.min(slack, fundMoney(g, payer, own, support[i], enough - total, MAX_DEPTH));
            if (total >= enough) {
                return total;
            }
        }
        return total;
    }

    /**
     * What {@link #raise} could raise for {@code receiver} at most (stopping once {@code enough} is
     * reached), without changing anything: per fund it may draw from, the least of its bound's slack
     * and what the others in the fund could move ({@link #pool}), with (below {@link #MAX_DEPTH})
     * what its payers could pass on from other funds; plus what it pays now, as far as others could
     * take that over. Members counted in several places make this an upper bound; it spares the
     * trial bookings (and the members' cached capacities) when the money is not there.
     */
    private long available(Member receiver, long enough, int extraSlot, long extraBound, int depth) {
        long total = 0L;
        long own = Math.max(0L, capacity(receiver));
        for (int i : supportsOfMember[receiver.index()]) {
            long slack = bound[i] + (i == extraSlot ? extraBound : 0L) - support[i];
            if (slack <= 0) {
                continue;
            }
            int f = supports.get(i).fund().index();
            total += Math.min(slack, fundMoney(f, receiver, own, support[i], enough - total, depth));
            if (total >= enough) {
                return total;
            }
        }
        for (int k : contributionsOfMember[receiver.index()]) {
            if (contribution[k] == 0) {
                continue;
            }
            int f = contributions.get(k).fund().index();
            long drawn = 0L;
            for (int i : supportsOfMember[receiver.index()]) {
                if (supports.get(i).fund().index() == f) {
                    drawn = support[i];
                }
            }
            total += Math.min(contribution[k], fundMoney(f, receiver, own, drawn, enough - total, depth));
            if (total >= enough) {
                return total;
            }
        }
        return total;
    }

    /** What the others in fund {@code f} could move for {@code receiver} (its own terms taken out), at least 0. */
    private long fundMoney(int f, Member receiver, long own, long drawn, long enough, int depth) {
        long money = pool(f) - Math.min(own, drawn);
        int k = contributionIn[receiver.index()][f];
        if (k >= 0) {
            money -= Math.min(own, contributions.get(k).maxCents() - contribution[k]);
        }
        money = Math.max(0L, money);
        if (money < enough && depth < MAX_DEPTH) {
            for (int p : contributionsOfFund[f]) {
                Contribution c = contributions.get(p);
                if (c.payer() != receiver) {
                    money += Math.min(c.maxCents() - contribution[p], passable(c.payer(), f, enough - money));
                    if (money >= enough) {
                        break;
                    }
                }
            }
        }
        return money;
    }

    /**
     * What the members of fund {@code f} could move at most: per support, what its receiver can
     * spare of it; per contribution, what its payer can still pay (a member in both counted twice).
     */
    private long pool(int f) {
        long cached = poolCache[f];
        if (cached == STALE) {
            cached = 0L;
            for (int i : supportsOfFund[f]) {
                if (support[i] > 0) {
                    cached += Math.min(Math.max(0L, capacity(supports.get(i).receiver())), support[i]);
                }
            }
            for (int k : contributionsOfFund[f]) {
                Contribution c = contributions.get(k);
                cached += Math.min(Math.max(0L, capacity(c.payer())), c.maxCents() - contribution[k]);
            }
            poolCache[f] = cached;
        }
        return cached;
    }

    /** Lowers support {@code s} by {@code cents} and the contributions into its fund by as much, widest level first. */
    public void cutSupport(Support s, long cents) {
        long take = Math.min(cents, support[s.index()]);
        if (take <= 0) {
            return;
        }
        setSupport(s, support[s.index()] - take);
        int[] into = contributionsOfFund[s.fund().index()];
        long left = take;
        for (int n = into.length - 1; n >= 0 && left > 0; n--) {
            Contribution c = contributions.get(into[n]);
            long cut = Math.min(left, contribution[c.index()]);
            if (cut > 0) {
                setContribution(c, contribution[c.index()] - cut);
                left -= cut;
            }
        }
    }

    /**
     * Lowers contribution {@code c} by {@code cents} and the supports out of its fund by as much:
     * first from receivers that can spare it, then from the largest supports; every receiver whose
     * rows then break is added to {@code broken}.
     */
    public void cutContribution(Contribution c, long cents, Collection<Member> broken) {
        long take = Math.min(cents, contribution[c.index()]);
        if (take <= 0) {
            return;
        }
        setContribution(c, contribution[c.index()] - take);
        int[] out = supportsOfFund[c.fund().index()];
        long left = take;
        for (int i : out) {
            if (left <= 0) {
                break;
            }
            long spare = Math.min(support[i], capacity(supports.get(i).receiver()));
            long cut = Math.min(left, spare);
            if (cut > 0) {
                setSupport(supports.get(i), support[i] - cut);
                left -= cut;
            }
        }
        while (left > 0) {
            int largest = -1;
            for (int i : out) {
                if (support[i] > 0 && (largest < 0 || support[i] > support[largest])) {
                    largest = i;
                }
            }
            if (largest < 0) {
                break;
            }
            long cut = Math.min(left, support[largest]);
            setSupport(supports.get(largest), support[largest] - cut);
            left -= cut;
            if (!fits(supports.get(largest).receiver())) {
                broken.add(supports.get(largest).receiver());
            }
        }
    }

    /**
     * Makes every row, support bound and fund balance hold again after a change that touched the
     * given members (nulls are ignored): support beyond its bound is cut back (its payers only gain),
     * a member whose rows are broken gets the money it needs raised ({@code preferred} fund first) or,
     * failing that, pays less itself (whose receivers are then restored in turn). False when that
     * is impossible; the caller then rolls back.
     */
    public boolean restore(Collection<Member> touched, Fund preferred) {
        Deque<Member> queue = new ArrayDeque<>();
        for (Member member : touched) {
            if (member != null && !queue.contains(member)) {
                queue.add(member);
            }
        }
        int guard = 4 * members.size() + 16;
        while (!queue.isEmpty()) {
            if (guard-- <= 0) {
                return false;
            }
            Member member = queue.poll();
            for (int i : supportsOfMember[member.index()]) {
                if (support[i] > bound[i]) {
                    cutSupport(supports.get(i), support[i] - bound[i]);
                }
            }
            if (fits(member)) {
                continue;
            }
            long need = need(member);
            if (need >= 0 && raise(member, need, preferred)) {
                continue;
            }
            List<Member> broken = new ArrayList<>();
            for (int k : contributionsOfMember[member.index()]) {
                if (fits(member)) {
                    break;
                }
                long paid = contribution[k];
                if (paid == 0) {
                    continue;
                }
                long wanted = need(member);
                cutContribution(contributions.get(k), wanted >= 0 ? Math.min(paid, wanted) : paid, broken);
            }
            if (!fits(member)) {
                return false;
            }
            for (Member other : broken) {
                if (!queue.contains(other)) {
                    queue.add(other);
                }
            }
        }
        return true;
    }

    /**
     * Takes back money {@code member} does not need: while its rows have room to spare, its support
     * is lowered (out of the funds with the widest-level contributions first), and with it the
     * contributions that paid for it (widest level first).
     */
    public void trim(Member member) {
        long spare = capacity(member);
        if (spare <= 0) {
            return;
        }
        List<Integer> drawing = new ArrayList<>();
        for (int i : supportsOfMember[member.index()]) {
            if (support[i] > 0) {
                drawing.add(i);
            }
        }
        drawing.sort(Comparator.comparingInt((Integer i) -> -widestPaidLevel(supports.get(i).fund())).thenComparing(i -> i));
        for (int i : drawing) {
            if (spare <= 0) {
                break;
            }
            cutSupport(supports.get(i), Math.min(spare, support[i]));
            spare = capacity(member);
        }
    }

    private int widestPaidLevel(Fund fund) {
        int widest = -1;
        for (int k : contributionsOfFund[fund.index()]) {
            if (contribution[k] > 0) {
                widest = Math.max(widest, contributions.get(k).level().ordinal());
            }
        }
        return widest;
    }

    /**
     * Moves money in a fund from contribution {@code from} to contribution {@code to}, as much as
     * {@code to}'s payer can carry; returns the cents moved.
     */
    public long shift(Contribution from, Contribution to) {
        if (from.fund() != to.fund() || from == to) {
            return 0L;
        }
        long amount = Math.min(contribution[from.index()], Math.min(capacity(to.payer()), to.maxCents() - contribution[to.index()]));
        if (amount <= 0) {
            return 0L;
        }
        setContribution(from, contribution[from.index()] - amount);
        setContribution(to, contribution[to.index()] + amount);
        return amount;
    }

    /**
     * Money that goes round without changing anyone's net position is taken out: a member that both
     * pays into and draws from one fund pays and draws the smaller amount less; then every cycle
     * member → fund → member → … → the first member loses its smallest amount on every step.
     * Returns whether anything changed.
     */
    public boolean cancelRoundTrips() {
        boolean changed = false;
        for (Fund fund : funds) {
            for (int i : supportsOfFund[fund.index()]) {
                for (int k : contributionsOfFund[fund.index()]) {
                    if (contributions.get(k).payer() == supports.get(i).receiver()) {
                        long both = Math.min(contribution[k], support[i]);
                        if (both > 0) {
                            setContribution(contributions.get(k), contribution[k] - both);
                            setSupport(supports.get(i), support[i] - both);
                            changed = true;
                        }
                    }
                }
            }
        }
        while (cancelOneCycle()) {
            changed = true;
        }
        return changed;
    }

    /** Depth-first search over members (0..n−1) and funds (n..n+f−1) along positive amounts; cancels the first cycle found. */
    private boolean cancelOneCycle() {
        int n = members.size();
        int nodes = n + funds.size();
        int[] state = new int[nodes];
        int[] viaEdge = new int[nodes];
        int[] from = new int[nodes];
        for (int start = 0; start < n; start++) {
            if (state[start] != 0) {
                continue;
            }
            Deque<int[]> stack = new ArrayDeque<>();
            stack.push(new int[] {start, 0});
            state[start] = 1;
            while (!stack.isEmpty()) {
                int[] top = stack.peek();
                int node = top[0];
                int[] edges = node < n ? contributionsOfMember[node] : supportsOfFund[node - n];
                boolean advanced = false;
                while (top[1] < edges.length) {
                    int edge = edges[top[1]++];
                    long amount = node < n ? contribution[edge] : support[edge];
                    if (amount <= 0) {
                        continue;
                    }
                    int next = node < n ? n + contributions.get(edge).fund().index() : supports.get(edge).receiver().index();
                    int code = node < n ? edge : -(edge + 1);
                    if (state[next] == 1) {
                        cancelCycle(node, code, next, viaEdge, from, n);
                        return true;
                    }
                    if (state[next] == 0) {
                        state[next] = 1;
                        viaEdge[next] = code;
                        from[next] = node;
                        stack.push(new int[] {next, 0});
                        advanced = true;
                        break;
                    }
                }
                if (!advanced) {
                    state[node] = 2;
                    stack.pop();
                }
            }
        }
        return false;
    }

    private void cancelCycle(int node, int closing, int target, int[] viaEdge, int[] from, int n) {
        List<Integer> cycle = new ArrayList<>();
        cycle.add(closing);
        for (int at = node; at != target; at = from[at]) {
            cycle.add(viaEdge[at]);
        }
        long smallest = Long.MAX_VALUE;
        for (int code : cycle) {
            smallest = Math.min(smallest, code >= 0 ? contribution[code] : support[-code - 1]);
        }
        for (int code : cycle) {
            if (code >= 0) {
                setContribution(contributions.get(code), contribution[code] - smallest);
            } else {
                setSupport(supports.get(-code - 1), support[-code - 1] - smallest);
            }
        }
    }

    // ---- projects with their money -------------------------------------------------------------

    /**
     * Sets the executor of {@code project} ({@code member}, or null to leave it unrealised) and
     * restores the rows of the old and the new executor with money ({@link #restore}); false, with
     * nothing changed, when that is impossible.
     */
    public boolean assign(Project project, Member member) {
        int mark = mark();
        Member old = executor[project.index()];
        setExecutor(project, member);
        SupportSlot slot = member == null ? null : project.slotAt(member);
        Set<Member> touched = new LinkedHashSet<>();
        touched.add(member);
        touched.add(old);
        if (restore(touched, slot == null ? null : slot.fund())) {
            return true;
        }
        rollback(mark);
        return false;
    }

    /**
     * What carrying out {@code project} by {@code member} on top of the current state would cost
     * in money, without changing the ledger: {regional, provincial, national contribution volume
     * raised, net money the member draws}, in cents; null when it cannot be carried out there.
     */
    public long[] priceAt(Project project, Member member) {
        if (executor[project.index()] == null) {
            // Realising an unrealised project only adds work and raises a bound: decide the easy
            // cases (fits as it is, or the money is not there) without trial bookings.
            long need = needWith(member, project.effectAt(member));
            if (need < 0) {
                return null;
            }
            if (need == 0) {
                return new long[PRICE_SIZE];
            }
            SupportSlot slot = project.slotAt(member);
            if (available(member, need, slot == null ? -1 : slot.index(), project.costCents(), 0) < need) {
                return null;
            }
        }
        int mark = mark();
        long[] before = volumes();
        long netBefore = net[member.index()];
        if (!assign(project, member)) {
            return null;
        }
        long[] price = Arrays.copyOf(volumes(), PRICE_SIZE);
        price[PRICE_SIZE - 1] = netBefore - net[member.index()];
        rollback(mark);
        for (int l = 0; l < before.length; l++) {
            price[l] -= before[l];
        }
        return price;
    }

    private static final int PRICE_SIZE = ContributionLevel.values().length + 1;

    /**
     * Orders prices: first the money the executor draws (the room it takes from others), then the
     * contribution volume raised, national before provincial before regional (as the objective).
     */
    public static int comparePrices(long[] a, long[] b) {
        for (int l = a.length - 1; l >= 0; l--) {
            if (a[l] != b[l]) {
                return Long.compare(a[l], b[l]);
            }
        }
        return 0;
    }

    /** Whether a price is nothing at all: the project fits where it goes. */
    public static boolean free(long[] price) {
        for (long v : price) {
            if (v > 0) {
                return false;
            }
        }
        return true;
    }

    private static int[][] group(int groups, int size, java.util.function.IntUnaryOperator groupOf, Comparator<Integer> order) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            lists.add(new ArrayList<>());
        }
        for (int i = 0; i < size; i++) {
            lists.get(groupOf.applyAsInt(i)).add(i);
        }
        int[][] result = new int[groups][];
        for (int g = 0; g < groups; g++) {
            List<Integer> list = lists.get(g);
            list.sort(order);
            result[g] = list.stream().mapToInt(Integer::intValue).toArray();
        }
        return result;
    }
}
