package nl.solidarity.engine.optaplanner.solver;

import java.util.ArrayList;
import java.util.List;
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
 * Small plans built by hand, so that the ledger's and the moves' arithmetic can be followed on
 * paper. Every member has one row with τ = −1 (a euro paid out lowers the row by a euro, as for a
 * corporation with a plain headroom figure), every amount is in cents, and every project is an NPA
 * project of tier 1 in the one fund's region, cost = the support it may draw.
 */
final class PlanFixture {
    static final long MAX = 1_000_000_000L;

    final List<Member> members = new ArrayList<>();
    final Fund fund = new Fund(0, "r");
    final List<SupportSlot> slots = new ArrayList<>();
    final List<Support> supports = new ArrayList<>();
    final List<Contribution> contributions = new ArrayList<>();
    final List<Project> projects = new ArrayList<>();
    final List<Lock> locks = new ArrayList<>();

    /** A member with one row of {@code roomCents} and τ = −1, with a support slot in the fund and a contribution of {@code level}. */
    Member member(String id, long roomCents, ContributionLevel level) {
        Member member = new Member(members.size(), id, new long[] {roomCents}, new double[] {-1.0}, new double[] {roomCents});
        members.add(member);
        SupportSlot slot = new SupportSlot(slots.size(), member, fund);
        slots.add(slot);
        supports.add(new Support(slot.index(), slot, MAX));
        contributions.add(new Contribution(contributions.size(), member, fund, level, MAX));
        return member;
    }

    /**
     * An NPA project of tier 1 ({@code weightMilli}) that lowers the row of each eligible member by
     * {@code effectCents} (the same at each) and costs {@code costCents}; owned by the first eligible member.
     */
    Project project(String id, long weightMilli, long effectCents, long costCents, Lock lock, Member... eligible) {
        long[][] effect = new long[eligible.length][];
        SupportSlot[] at = new SupportSlot[eligible.length];
        for (int i = 0; i < eligible.length; i++) {
            effect[i] = new long[] {-effectCents};
            at[i] = slots.get(eligible[i].index());
        }
        Project project = new Project(projects.size(), projects.size(), id, "r", true, 0, 0, eligible[0], weightMilli,
                costCents / 2, weightMilli, costCents, List.of(eligible), effect, at, lock);
        projects.add(project);
        return project;
    }

    Lock lock(long boundMilli) {
        Lock lock = new Lock(locks.size(), "r", 0, boundMilli);
        locks.add(lock);
        return lock;
    }

    Support support(Member member) {
        return supports.get(member.index());
    }

    Contribution contribution(Member member) {
        return contributions.get(member.index());
    }

    AllocationPlan plan() {
        return AllocationPlan.of(1, members, List.of(fund), slots, locks, projects, contributions, supports);
    }
}
