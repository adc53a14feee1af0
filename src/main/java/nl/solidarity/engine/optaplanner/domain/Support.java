package nl.solidarity.engine.optaplanner.domain;

import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.valuerange.CountableValueRange;
import org.optaplanner.core.api.domain.valuerange.ValueRangeFactory;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * Money that the receiver of {@code slot} draws from the slot's fund over the agreement period, in
 * cents: one entity per support the model allows (a corporation with eligible NPA work in the
 * fund's region). Receiving x cents moves the receiver's rows by −x·τ.
 */
@PlanningEntity
public class Support implements RowTerm, FundTerm, BoundTerm {
    private int index;
    private SupportSlot slot;
    private long maxCents;

    @PlanningVariable(valueRangeProviderRefs = "supportCents")
    private Long cents;

    public Support() {
    }

    public Support(int index, SupportSlot slot, long maxCents) {
        this.index = index;
        this.slot = slot;
        this.maxCents = maxCents;
        this.cents = 0L;
    }

    @ValueRangeProvider(id = "supportCents")
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

    public SupportSlot slot() {
        return slot;
    }

    public Member receiver() {
        return slot.receiver();
    }

    @Override
    public Fund fund() {
        return slot.fund();
    }

    @Override
    public long signedCents() {
        return -amount();
    }

    @Override
    public List<Load> loads() {
        return amount() == 0 ? List.of() : List.of(new Load(slot.receiver(), null, -amount()));
    }

    @Override
    public List<Claim> claims() {
        return amount() == 0 ? List.of() : List.of(new Claim(slot, amount()));
    }

    @Override
    public String toString() {
        return slot + ":" + amount();
    }
}
