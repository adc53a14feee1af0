package nl.solidarity.engine.optaplanner.domain;

import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One indivisible task of projects mode. Its planning variable is the executor: one of the eligible
 * members, or null when the project stays unrealised. A task that no corporation may carry out is
 * pinned unrealised, so that the score still counts it and equals the model's levels.
 *
 * <p>Scaled integers: homes in thousandths (weighted by the task type's tier weight for the tier
 * levels and localUnmet), money in cents, row effects in cents (rounded once per coefficient).
 */
@PlanningEntity
public class Project implements RowTerm, BoundTerm {
    private int index;
    private int task;
    private String id;
    private String region;
    private boolean npa;
    private int tier;
    private Member owner;
    private long weightMilli;
    private long supportCents;
    private long unitsMilli;
    private long costCents;
    private List<Member> eligible;
    private long[][] effectCents;
    private SupportSlot[] slots;
    private Lock lock;
    private int rank;

    private double price = -1.0;

    @PlanningVariable(valueRangeProviderRefs = "eligibleExecutors", nullable = true)
    private Member executor;

    public Project() {
    }

    /**
     * @param region       the task's region
     * @param tier         the priority tier (0-based) of an NPA task, -1 for none
     * @param weightMilli  tier weight · units · 1000 (the tier level of an NPA task, localUnmet of a local ambition)
     * @param supportCents units · max(0, cost − value) · 100 of an NPA task (supportNeed)
     * @param costCents    units · unitCost · 100 of an NPA task, 0 for a local ambition (the support bound)
     * @param effectCents  per eligible member (same order): units · a_r per row, in cents
     * @param slots        per eligible member: the slot its support in the task's region counts against (null for local ambitions)
     * @param rank         the order of priority: the tier for NPA tasks in a tier, then NPA tasks in no tier, then local ambitions
     */
    public Project(int index, int task, String id, String region, boolean npa, int tier, int rank, Member owner, long weightMilli,
                   long supportCents, long unitsMilli, long costCents, List<Member> eligible, long[][] effectCents,
                   SupportSlot[] slots, Lock lock) {
        this.index = index;
        this.task = task;
        this.id = id;
        this.region = region;
        this.npa = npa;
        this.tier = tier;
        this.rank = rank;
        this.owner = owner;
        this.weightMilli = weightMilli;
        this.supportCents = supportCents;
        this.unitsMilli = unitsMilli;
        this.costCents = costCents;
        this.eligible = List.copyOf(eligible);
        this.effectCents = effectCents;
        this.slots = slots;
        this.lock = lock;
    }

    @ValueRangeProvider(id = "eligibleExecutors")
    public List<Member> getEligible() {
        return eligible;
    }

    public Member getExecutor() {
        return executor;
    }

    public void setExecutor(Member executor) {
        this.executor = executor;
    }

    /** No corporation may carry it out: it stays unrealised whatever the search does. */
    @PlanningPin
    public boolean isPinned() {
        return eligible.isEmpty();
    }

    public int index() {
        return index;
    }

    public int task() {
        return task;
    }

    public String id() {
        return id;
    }

    /** The region of the task (its fund's, for NPA work). */
    public String region() {
        return region;
    }

    public boolean npa() {
        return npa;
    }

    public int tier() {
        return tier;
    }

    public int rank() {
        return rank;
    }

    public Member owner() {
        return owner;
    }

    public long weightMilli() {
        return weightMilli;
    }

    public long supportCents() {
        return supportCents;
    }

    public long unitsMilli() {
        return unitsMilli;
    }

    public long costCents() {
        return costCents;
    }

    public Lock lock() {
        return lock;
    }

    public boolean realised() {
        return executor != null;
    }

    /** Carried out by someone other than the corporation that holds it (movedUnits). */
    public boolean moved() {
        return executor != null && owner != null && executor != owner;
    }

    /** Whether this project comes first in the lexicographic order: a lower rank, or the same rank and more weight. */
    public boolean heavierThan(Project other) {
        return rank != other.rank ? rank < other.rank : weightMilli > other.weightMilli;
    }

    private int position(Member member) {
        for (int i = 0; i < eligible.size(); i++) {
            if (eligible.get(i) == member) {
                return i;
            }
        }
        throw new IllegalArgumentException(member + " is not eligible for project " + id);
    }

    /** The row effect, in cents, of this project carried out by {@code member} (an eligible one). */
    public long[] effectAt(Member member) {
        return effectCents[position(member)];
    }

    /** The support slot whose bound this project's cost raises when {@code member} carries it out, or null. */
    public SupportSlot slotAt(Member member) {
        return slots == null ? null : slots[position(member)];
    }

    /**
     * What the project costs in money terms at its cheapest eligible member: the euros that member
     * would have to receive to undo the project's effect on its rows, max over rows with effect &lt; 0
     * and τ &lt; 0 of −effect_r / (−τ_r). A corporation with finance gains value and rent with a
     * project, so this, not the onrendabele top, ranks projects by what they need.
     */
    public double price() {
        if (price < 0) {
            double cheapest = Double.MAX_VALUE;
            for (int i = 0; i < eligible.size(); i++) {
                Member member = eligible.get(i);
                double euros = 0.0;
                for (int r = 0; r < member.rowCount(); r++) {
                    double tau = member.perNetEuroOut(r);
                    if (effectCents[i][r] < 0 && tau < 0) {
                        euros = Math.max(euros, -effectCents[i][r] / (-tau * 100.0));
                    }
                }
                cheapest = Math.min(cheapest, euros);
            }
            price = eligible.isEmpty() ? 0.0 : cheapest;
        }
        return price;
    }

    @Override
    public List<Load> loads() {
        return executor == null ? List.of() : List.of(new Load(executor, effectAt(executor), 0L));
    }

    @Override
    public List<Claim> claims() {
        SupportSlot slot = executor == null ? null : slotAt(executor);
        return slot == null || costCents == 0 ? List.of() : List.of(new Claim(slot, -costCents));
    }

    @Override
    public String toString() {
        return id + "@" + executor;
    }
}
