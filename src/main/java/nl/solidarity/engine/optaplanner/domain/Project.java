package nl.solidarity.engine.optaplanner.domain;

import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One indivisible task of projects mode. Its planning variable is the executor: one of the
 * eligible members, or null when the project stays unrealised. The score weights are scaled to
 * exact integers: homes in thousandths (milli-homes), money in whole euros.
 */
@PlanningEntity
public class Project implements Contributor {
    private int task;
    private String id;
    private boolean npa;
    private Member owner;
    private long weightMilli;
    private long supportEuros;
    private long unitsMilli;
    private List<Member> eligible;
    private long[][] effectCents;

    @PlanningVariable(valueRangeProviderRefs = "eligibleExecutors", nullable = true)
    private Member executor;

    public Project() {
    }

    /**
     * @param weightMilli  priority · units · 1000 (levels 1 and 6)
     * @param supportEuros units · max(0, cost − value) (level 2)
     * @param effectCents  per eligible member (same order), units · a_r per row, in cents
     */
    public Project(int task, String id, boolean npa, Member owner, long weightMilli, long supportEuros, long unitsMilli,
                   List<Member> eligible, long[][] effectCents) {
        this.task = task;
        this.id = id;
        this.npa = npa;
        this.owner = owner;
        this.weightMilli = weightMilli;
        this.supportEuros = supportEuros;
        this.unitsMilli = unitsMilli;
        this.eligible = eligible;
        this.effectCents = effectCents;
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

    public int task() {
        return task;
    }

    public String id() {
        return id;
    }

    public boolean npa() {
        return npa;
    }

    public Member owner() {
        return owner;
    }

    public long weightMilli() {
        return weightMilli;
    }

    public long supportEuros() {
        return supportEuros;
    }

    public long unitsMilli() {
        return unitsMilli;
    }

    public boolean realised() {
        return executor != null;
    }

    /** Carried out by someone other than the corporation that holds it (level 7). */
    public boolean moved() {
        return executor != null && owner != null && executor != owner;
    }

    /** The row effect, in cents, of this project carried out by {@code member} (an eligible one). */
    public long[] effectAt(Member member) {
        for (int i = 0; i < eligible.size(); i++) {
            if (eligible.get(i) == member) {
                return effectCents[i];
            }
        }
        throw new IllegalArgumentException(member + " is not eligible for project " + id);
    }

    @Override
    public List<Load> loads() {
        return executor == null ? List.of() : List.of(new Load(executor, effectAt(executor)));
    }

    @Override
    public String toString() {
        return id + "@" + executor;
    }
}
