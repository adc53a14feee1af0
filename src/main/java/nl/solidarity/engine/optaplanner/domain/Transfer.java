package nl.solidarity.engine.optaplanner.domain;

import java.util.List;
import nl.solidarity.model.TransferLevel;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.valuerange.CountableValueRange;
import org.optaplanner.core.api.domain.valuerange.ValueRangeFactory;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * Money on one allowed donor→recipient pair over the agreement period, in whole steps of
 * {@code stepEuros}. Paying x euros moves the donor's rows by x·τ_donor and the recipient's by
 * −x·τ_recipient (the model's one payment profile: equal yearly instalments).
 */
@PlanningEntity
public class Transfer implements Contributor {
    private int pair;
    private Member from;
    private Member to;
    private TransferLevel level;
    private long stepEuros;
    private long maxSteps;

    @PlanningVariable(valueRangeProviderRefs = "transferSteps")
    private Long steps;

    public Transfer() {
    }

    public Transfer(int pair, Member from, Member to, TransferLevel level, long stepEuros, long maxSteps) {
        this.pair = pair;
        this.from = from;
        this.to = to;
        this.level = level;
        this.stepEuros = stepEuros;
        this.maxSteps = maxSteps;
        this.steps = 0L;
    }

    @ValueRangeProvider(id = "transferSteps")
    public CountableValueRange<Long> getStepRange() {
        return ValueRangeFactory.createLongValueRange(0L, maxSteps + 1);
    }

    public Long getSteps() {
        return steps;
    }

    public void setSteps(Long steps) {
        this.steps = steps;
    }

    public int pair() {
        return pair;
    }

    public Member from() {
        return from;
    }

    public Member to() {
        return to;
    }

    public TransferLevel level() {
        return level;
    }

    public long stepEuros() {
        return stepEuros;
    }

    public long maxSteps() {
        return maxSteps;
    }

    public long amountEuros() {
        return steps == null ? 0L : steps * stepEuros;
    }

    @Override
    public List<Load> loads() {
        long euros = amountEuros();
        if (euros == 0) {
            return List.of();
        }
        return List.of(new Load(from, from.transferEffectCents(euros)), new Load(to, to.transferEffectCents(-euros)));
    }

    @Override
    public String toString() {
        return from + "->" + to + ":" + amountEuros();
    }
}
