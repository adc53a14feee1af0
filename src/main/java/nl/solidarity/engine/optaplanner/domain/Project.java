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

    private double price = -1.0;

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

    /**
     * What the project costs in money terms at its cheapest eligible member: the euros that member
     * would have to receive to undo the project's effect on its rows, max over rows r with
     * effect_r &lt; 0 and τ_r &lt; 0 of −effect_r / (−τ_r). Finance corporations gain value and
     * cash flow with a project, so this, not the onrendabele top, is what ranks projects by cost.
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
        return executor == null ? List.of() : List.of(new Load(executor, effectAt(executor)));
    }

    @Override
    public String toString() {
        return id + "@" + executor;
    }
}
