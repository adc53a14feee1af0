package nl.solidarity.engine.optaplanner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.solidarity.engine.optaplanner.domain.AllocationPlan;
import nl.solidarity.engine.optaplanner.domain.Contribution;
import nl.solidarity.engine.optaplanner.domain.Fund;
import nl.solidarity.engine.optaplanner.domain.Lock;
import nl.solidarity.engine.optaplanner.domain.Member;
import nl.solidarity.engine.optaplanner.domain.Project;
import nl.solidarity.engine.optaplanner.domain.Support;
import nl.solidarity.engine.optaplanner.domain.SupportSlot;
import nl.solidarity.engine.optaplanner.solver.Ledger;
import nl.solidarity.model.Allocation;
import nl.solidarity.model.AllocationModel;
import nl.solidarity.model.AllocationModel.TaskEntry;
import nl.solidarity.model.AllocationModel.Work;
import nl.solidarity.model.ModelValues;
import nl.solidarity.projection.CorporationRows;

/**
 * Translates between the solver-neutral {@link AllocationModel} and the planning solution, in both
 * directions, and puts the start allocation into the plan.
 *
 * <p>Scaling, so that every score is an exact integer: row effects in cents (each coefficient
 * units·a_(r,j) rounded once), room in cents rounded down, money in cents, homes in thousandths
 * (weight·units·1000 rounded once per task), the fairness share in parts per billion.
 *
 * <p>The start allocation (the narrower scope's, or the empty one) is feasible by contract, but an
 * exact engine holds its rows and locks only within its own numerical tolerance, and the plan's
 * rounding to cents and thousandths can differ by as much again. So that the start scores hard 0:
 * a fund's contributions and supports are balanced to the cent, a support is cut to its bound in
 * cents, a row the start leaves at most {@value #WIDEN_LIMIT_CENTS} cents below its floor has its
 * room widened to the start's level, and a lock bound below the start's value is raised to it.
 */
public final class PlanFactory {
    /** The most a row's room is widened to hold the start: EUR 100, the tolerance of a finished allocation. */
    public static final long WIDEN_LIMIT_CENTS = 10_000L;

    private PlanFactory() {
    }

    /** The plan of an empty start. */
    public static AllocationPlan plan(AllocationModel model) {
        return plan(model, Allocation.empty(model));
    }

    public static AllocationPlan plan(AllocationModel model, Allocation start) {
        int tiers = model.tierCount();
        List<Member> members = new ArrayList<>();
        for (int c = 0; c < model.corporations().size(); c++) {
            CorporationRows rows = model.rows(c);
            long[] room = new long[rows.size()];
            double[] tau = new double[rows.size()];
            double[] fairness = new double[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                double exact = rows.baseline(r) - rows.floor(r);
                room[r] = (long) Math.floor(exact * 100.0);
                tau[r] = rows.perNetTransferredEuro(r);
                fairness[r] = exact >= ModelValues.FAIRNESS_MIN_ROOM ? exact * 100.0 : 0.0;
            }
            members.add(new Member(c, model.corporations().get(c).id(), room, tau, fairness));
        }
        List<Fund> funds = new ArrayList<>();
        Map<Integer, Fund> fundOfRegion = new HashMap<>();
        for (int f = 0; f < model.funds().size(); f++) {
            int region = model.funds().get(f).region();
            Fund fund = new Fund(f, model.instance().regions().get(region).id());
            funds.add(fund);
            fundOfRegion.put(region, fund);
        }
        long maxCents = (long) Math.ceil(model.contributionBound() * 100.0);
        List<SupportSlot> slots = new ArrayList<>();
        List<Support> supports = new ArrayList<>();
        Map<Long, SupportSlot> slotOf = new HashMap<>();
        for (int i = 0; i < model.supports().size(); i++) {
            AllocationModel.Support s = model.supports().get(i);
            SupportSlot slot = new SupportSlot(i, members.get(s.corporation()), funds.get(s.fund()));
            slots.add(slot);
            slotOf.put(key(s.fund(), s.corporation()), slot);
            Support support = new Support(i, slot, maxCents);
            support.setCents(Math.round(start.support()[i] * 100.0));
            supports.add(support);
        }
        List<Contribution> contributions = new ArrayList<>();
        for (int k = 0; k < model.contributions().size(); k++) {
            AllocationModel.Contribution c = model.contributions().get(k);
            Contribution contribution = new Contribution(k, members.get(c.corporation()), funds.get(c.fund()), c.level(), maxCents);
            contribution.setCents(Math.round(start.contribution()[k] * 100.0));
            contributions.add(contribution);
        }

        // Executors of the start, and the locks with their bounds (at least the start's own value).
        Member[] startExecutor = new Member[model.tasks().size()];
        for (int p = 0; p < model.tasks().size(); p++) {
            for (int j : model.tasks().get(p).work()) {
                if (start.share()[j] >= 0.5) {
                    startExecutor[p] = members.get(model.work().get(j).corporation());
                }
            }
        }
        List<Lock> locks = new ArrayList<>();
        Map<Long, Lock> lockOf = new HashMap<>();
        for (int l = 0; l < model.locks().size(); l++) {
            AllocationModel.Lock lock = model.locks().get(l);
            long startUnmet = 0L;
            for (int p : lock.tasks()) {
                if (startExecutor[p] == null) {
                    startUnmet += weightMilli(model.tasks().get(p));
                }
            }
            long bound = Math.max((long) Math.floor(lock.bound() * 1000.0 + 1e-6), startUnmet);
            Lock fact = new Lock(l, model.instance().regions().get(lock.region()).id(), lock.tier(), bound);
            locks.add(fact);
            lockOf.put(key(lock.region(), lock.tier()), fact);
        }

        List<Project> projects = new ArrayList<>();
        for (int p = 0; p < model.tasks().size(); p++) {
            TaskEntry entry = model.tasks().get(p);
            boolean npa = entry.npa();
            List<Member> eligible = new ArrayList<>();
            long[][] effect = new long[entry.work().length][];
            SupportSlot[] slotAt = npa ? new SupportSlot[entry.work().length] : null;
            Fund fund = fundOfRegion.get(entry.region());
            for (int i = 0; i < entry.work().length; i++) {
                Work work = model.work().get(entry.work()[i]);
                Member member = members.get(work.corporation());
                eligible.add(member);
                effect[i] = new long[member.rowCount()];
                for (int r = 0; r < effect[i].length; r++) {
                    effect[i][r] = Math.round(entry.units() * work.rowPerUnit()[r] * 100.0);
                }
                if (npa) {
                    slotAt[i] = slotOf.get(key(fund.index(), work.corporation()));
                }
            }
            int tier = npa ? entry.tier() : -1;
            int rank = npa ? (tier >= 0 ? tier : tiers) : tiers + 1;
            Lock lock = npa && tier >= 0 ? lockOf.get(key(entry.region(), tier)) : null;
            Project project = new Project(p, p, entry.task().id(), entry.task().region(), npa, tier, rank,
                    entry.owner() >= 0 ? members.get(entry.owner()) : null, weightMilli(entry),
                    npa ? Math.round(entry.units() * entry.task().supportPerUnit() * 100.0) : 0L,
                    Math.round(entry.units() * 1000.0),
                    npa ? Math.round(entry.units() * entry.task().unitCost() * 100.0) : 0L,
                    eligible, effect, slotAt, lock);
            project.setExecutor(startExecutor[p]);
            projects.add(project);
        }
        AllocationPlan plan = AllocationPlan.of(tiers, members, funds, slots, locks, projects, contributions, supports);
        fitStart(plan);
        return plan;
    }

    /** Weight · units · 1000 of a task: its tier weight for an NPA task, its weight for a local ambition (localUnmet). */
    static long weightMilli(TaskEntry entry) {
        return Math.round(entry.weight() * entry.units() * 1000.0);
    }

    private static long key(int a, int b) {
        return (long) a << 32 | (b & 0xffffffffL);
    }

    /** Balances funds to the cent, cuts supports to their bound in cents, and widens rows the start holds only within tolerance. */
    private static void fitStart(AllocationPlan plan) {
        Ledger ledger = Ledger.of(plan);
        for (Support support : plan.getSupports()) {
            long over = ledger.support(support) - ledger.bound(support);
            if (over > 0) {
                ledger.cutSupport(support, over);
            }
        }
        for (Fund fund : plan.getFunds()) {
            long in = 0L;
            long out = 0L;
            List<Support> from = new ArrayList<>();
            for (Support support : plan.getSupports()) {
                if (support.fund() == fund) {
                    out += ledger.support(support);
                    from.add(support);
                }
            }
            List<Contribution> into = ledger.contributionsInto(fund);
            for (Contribution contribution : into) {
                in += ledger.contribution(contribution);
            }
            long excess = in - out;
            for (int n = into.size() - 1; n >= 0 && excess > 0; n--) {
                Contribution c = into.get(n);
                long cut = Math.min(excess, ledger.contribution(c));
                ledger.setContribution(c, ledger.contribution(c) - cut);
                excess -= cut;
            }
            for (int n = from.size() - 1; n >= 0 && excess < 0; n--) {
                Support s = from.get(n);
                long cut = Math.min(-excess, ledger.support(s));
                ledger.setSupport(s, ledger.support(s) - cut);
                excess += cut;
            }
        }
        for (Contribution contribution : plan.getContributions()) {
            contribution.setCents(ledger.contribution(contribution));
        }
        for (Support support : plan.getSupports()) {
            support.setCents(ledger.support(support));
        }
        for (Member member : plan.getMembers()) {
            for (int r = 0; r < member.rowCount(); r++) {
                long margin = ledger.margin(member, r);
                if (margin < 0 && -margin <= WIDEN_LIMIT_CENTS) {
                    member.widen(r, -margin);
                }
            }
        }
    }

    /** Shares 0/1 per work variable (1 where the project's executor is that work's corporation), money in euros. */
    public static Allocation allocation(AllocationModel model, AllocationPlan plan) {
        double[] share = new double[model.work().size()];
        for (Project project : plan.getProjects()) {
            if (project.getExecutor() == null) {
                continue;
            }
            for (int j : model.tasks().get(project.task()).work()) {
                if (model.work().get(j).corporation() == project.getExecutor().index()) {
                    share[j] = 1.0;
                }
            }
        }
        double[] contribution = new double[model.contributions().size()];
        for (Contribution c : plan.getContributions()) {
            contribution[c.index()] = c.amount() / 100.0;
        }
        double[] support = new double[model.supports().size()];
        for (Support s : plan.getSupports()) {
            support[s.index()] = s.amount() / 100.0;
        }
        return new Allocation(share, contribution, support);
    }

    /** How far each member's rows were widened for the start, in euros (member index, row). */
    public static double[][] widenedEuros(AllocationPlan plan) {
        double[][] widened = new double[plan.getMembers().size()][];
        for (Member member : plan.getMembers()) {
            widened[member.index()] = new double[member.rowCount()];
            for (int r = 0; r < member.rowCount(); r++) {
                widened[member.index()][r] = member.widenedCents(r) / 100.0;
            }
        }
        return widened;
    }
}
