package nl.solidarity.engine.optaplanner.domain;

import java.util.List;
import nl.solidarity.model.ContributionLevel;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.valuerange.CountableValueRange;
import org.optaplanner.core.api.domain.valuerange.ValueRangeFactory;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * Money that {@code payer} pays into {@code fund} over the agreement period, in cents: one entity
 * per contribution the model allows at the run's scope, with its level (judged from the payer and
 * the fund's region). Paying x cents moves the payer's rows by x·τ (equal yearly instalments).
 */
@PlanningEntity
public class Contribution implements RowTerm, FundTerm {
    private int index;
    private Member payer;
    private Fund fund;
    private ContributionLevel level;
    private long maxCents;

    @PlanningVariable(valueRangeProviderRefs = "contributionCents")
    private Long cents;

    public Contribution() {
    }

    public Contribution(int index, Member payer, Fund fund, ContributionLevel level, long maxCents) {
        this.index = index;
        this.payer = payer;
        this.fund = fund;
        this.level = level;
        this.maxCents = maxCents;
        this.cents = 0L;
    }

    @ValueRangeProvider(id = "contributionCents")
    public CountableValueRange<Long> getCentsRange() {
        return ValueRangeFactory.createLongValueRange(0L, maxCents + 1);
    }

    public Long getCents() {
        return cents;
    }

    public void setCents(Long cents) {
        this.cents = cents;
    }

    public long amount() {
        return cents == null ? 0L : cents;
    }

    public int index() {
        return index;
    }

    public Member payer() {
        return payer;
    }

    @Override
    public Fund fund() {
        return fund;
    }

    public ContributionLevel level() {
        return level;
    }

    public long maxCents() {
        return maxCents;
    }

    @Override
    public long signedCents() {
        return amount();
    }

    @Override
    public List<Load> loads() {
        return amount() == 0 ? List.of() : List.of(new Load(payer, null, amount()));
    }

    @Override
    public String toString() {
        return payer + "->" + fund.region() + ":" + amount();
    }
}
