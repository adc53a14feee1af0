package nl.solidarity.engine.optaplanner.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.solidarity.engine.optaplanner.domain.AllocationPlan;
import nl.solidarity.engine.optaplanner.domain.BoundTerm;
import nl.solidarity.engine.optaplanner.domain.Claim;
import nl.solidarity.engine.optaplanner.domain.Contribution;
import nl.solidarity.engine.optaplanner.domain.FundTerm;
import nl.solidarity.engine.optaplanner.domain.Load;
import nl.solidarity.engine.optaplanner.domain.Member;
import nl.solidarity.engine.optaplanner.domain.Project;
import nl.solidarity.engine.optaplanner.domain.RowTerm;
import nl.solidarity.model.ContributionLevel;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;

/**
 * The model's rows, locks and lexicographic levels as Bavet constraint streams, one method per
 * rule, each penalising with exactly one unit of one score level (the match weight carries the
 * amount) so that the levels stay lexicographic in the model's order (see {@link AllocationPlan}).
 * The score's level count depends on the number of tiers, so there is one subclass per tier count.
 */
public abstract class AllocationConstraintProvider implements ConstraintProvider {
    public static final String ROW_SHORTFALL = "rowShortfall";
    public static final String FUND_BALANCE = "fundBalance";
    public static final String SUPPORT_BOUND = "supportBound";
    public static final String LOCK_EXCESS = "lockExcess";
    public static final String SUPPORT_NEED = "supportNeed";
    public static final String NATIONAL_VOLUME = "nationalContributionVolume";
    public static final String PROVINCIAL_VOLUME = "provincialContributionVolume";
    public static final String REGIONAL_VOLUME = "regionalContributionVolume";
    public static final String LOCAL_UNMET = "localUnmet";
    public static final String MOVED_UNITS = "movedUnits";
    public static final String FAIRNESS = "largestShareOfRoomUsed";

    /** Shared building blocks, so that Bavet can share the nodes of the two streams over row states. */
    private static final Function<RowTerm, Iterable<Load>> LOADS = RowTerm::loads;
    private static final Function<Load, Member> MEMBER = Load::member;
    private static final Function<BoundTerm, Iterable<Claim>> CLAIMS = BoundTerm::claims;

    private final int tiers;

    protected AllocationConstraintProvider(int tiers) {
        this.tiers = tiers;
    }

    /** The provider class for {@code tiers} priority tiers. */
    public static Class<? extends AllocationConstraintProvider> classFor(int tiers) {
        return switch (tiers) {
            case 1 -> OneTier.class;
            case 2 -> TwoTiers.class;
            case 3 -> ThreeTiers.class;
            case 4 -> FourTiers.class;
            default -> throw new IllegalArgumentException("the optaplanner engine supports 1 to "
                    + AllocationPlan.MAX_TIERS + " priority tiers, not " + tiers);
        };
    }

    public static String tierName(int tier) {
        return "unmetOfTier" + (tier + 1);
    }

    public int tiers() {
        return tiers;
    }

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        List<Constraint> constraints = new ArrayList<>();
        constraints.add(rowShortfall(factory));
        constraints.add(fundBalance(factory));
        constraints.add(supportBound(factory));
        constraints.add(lockExcess(factory));
        for (int k = 0; k < tiers; k++) {
            constraints.add(unmetOfTier(factory, k));
        }
        constraints.add(supportNeed(factory));
        constraints.add(nationalContributionVolume(factory));
        constraints.add(provincialContributionVolume(factory));
        constraints.add(regionalContributionVolume(factory));
        constraints.add(localUnmet(factory));
        constraints.add(movedUnits(factory));
        constraints.add(largestShareOfRoomUsed(factory));
        return constraints.toArray(Constraint[]::new);
    }

    /** One unit of hard level {@code level}. */
    BendableLongScore hard(int level) {
        return BendableLongScore.ofHard(AllocationPlan.HARD_LEVELS, AllocationPlan.softLevels(tiers), level, 1L);
    }

    /** One unit of soft level {@code level}. */
    BendableLongScore soft(int level) {
        return BendableLongScore.ofSoft(AllocationPlan.HARD_LEVELS, AllocationPlan.softLevels(tiers), level, 1L);
    }

    private BiConstraintStream<Member, RowState> rowStates(ConstraintFactory factory) {
        return factory.forEach(RowTerm.class)
                .flattenLast(LOADS)
                .groupBy(MEMBER, RowState.collector());
    }

    /**
     * Hard 0, cents: per member, Σ_r max(0, −(room_r + work_r + round(net·τ_r))), how far its norm
     * rows fall below min(0, s0) under its projects and its money (the baseline rule).
     */
    Constraint rowShortfall(ConstraintFactory factory) {
        return rowStates(factory)
                .filter((member, state) -> state.shortfallCents() > 0)
                .penalizeLong(hard(0), (member, state) -> state.shortfallCents())
                .justifyWith((member, state, score) -> new Justification(ROW_SHORTFALL, member.id(), state.shortfallCents(), "cents"))
                .asConstraint(ROW_SHORTFALL);
    }

    /** Hard 0, cents: per fund, |Σ contributions − Σ supports| (every fund pays out what it receives). */
    Constraint fundBalance(ConstraintFactory factory) {
        return factory.forEach(FundTerm.class)
                .groupBy(FundTerm::fund, ConstraintCollectors.sumLong(FundTerm::signedCents))
                .filter((fund, balance) -> balance != 0)
                .penalizeLong(hard(0), (fund, balance) -> Math.abs(balance))
                .justifyWith((fund, balance, score) -> new Justification(FUND_BALANCE, fund.region(), balance, "cents"))
                .asConstraint(FUND_BALANCE);
    }

    /**
     * Hard 0, cents: per support slot, max(0, support − Σ cost of the receiver's realised NPA
     * projects in the fund's region) (fund money buys work in its region and nothing else).
     */
    Constraint supportBound(ConstraintFactory factory) {
        return factory.forEach(BoundTerm.class)
                .flattenLast(CLAIMS)
                .groupBy(Claim::slot, ConstraintCollectors.sumLong(Claim::cents))
                .filter((slot, excess) -> excess > 0)
                .penalizeLong(hard(0), (slot, excess) -> excess)
                .justifyWith((slot, excess, score) -> new Justification(SUPPORT_BOUND, slot.toString(), excess, "cents"))
                .asConstraint(SUPPORT_BOUND);
    }

    /**
     * Hard 1, thousandths of a weighted home: per lock, max(0, Σ weight·units of its unrealised
     * projects − bound) (own region first: no region does worse in any tier than at the narrower scope).
     */
    Constraint lockExcess(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Project.class)
                .filter(p -> p.lock() != null && !p.realised())
                .groupBy(Project::lock, ConstraintCollectors.sumLong(Project::weightMilli))
                .filter((lock, unmet) -> unmet > lock.boundMilli())
                .penalizeLong(hard(1), (lock, unmet) -> unmet - lock.boundMilli())
                .justifyWith((lock, unmet, score) -> new Justification(LOCK_EXCESS, lock.toString(), unmet - lock.boundMilli(), "milli-homes"))
                .asConstraint(LOCK_EXCESS);
    }

    /** Soft {@code tier}, thousandths of a weighted home: weight · units of every unrealised NPA project of the tier. */
    Constraint unmetOfTier(ConstraintFactory factory, int tier) {
        return factory.forEachIncludingNullVars(Project.class)
                .filter(p -> p.npa() && p.tier() == tier && !p.realised())
                .penalizeLong(soft(tier), Project::weightMilli)
                .justifyWith((p, score) -> new Justification(tierName(tier), p.id(), p.weightMilli(), "milli-homes"))
                .asConstraint(tierName(tier));
    }

    /** Soft K, cents: units · max(0, cost − value) of every unrealised NPA project (what projectsteun would cover). */
    Constraint supportNeed(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Project.class)
                .filter(p -> p.npa() && !p.realised() && p.supportCents() > 0)
                .penalizeLong(soft(tiers), Project::supportCents)
                .justifyWith((p, score) -> new Justification(SUPPORT_NEED, p.id(), p.supportCents(), "cents"))
                .asConstraint(SUPPORT_NEED);
    }

    /** Soft K+1, cents: contributions into the funds of regions in provinces where the payer is not active. */
    Constraint nationalContributionVolume(ConstraintFactory factory) {
        return volume(factory, ContributionLevel.NATIONAL, tiers + 1, NATIONAL_VOLUME);
    }

    /** Soft K+2, cents: contributions into the funds of other regions of a province where the payer is active. */
    Constraint provincialContributionVolume(ConstraintFactory factory) {
        return volume(factory, ContributionLevel.PROVINCIAL, tiers + 2, PROVINCIAL_VOLUME);
    }

    /** Soft K+3, cents: contributions into the funds of regions where the payer is active. */
    Constraint regionalContributionVolume(ConstraintFactory factory) {
        return volume(factory, ContributionLevel.REGIONAL, tiers + 3, REGIONAL_VOLUME);
    }

    private Constraint volume(ConstraintFactory factory, ContributionLevel level, int softLevel, String name) {
        return factory.forEach(Contribution.class)
                .filter(c -> c.level() == level && c.amount() > 0)
                .penalizeLong(soft(softLevel), Contribution::amount)
                .justifyWith((c, score) -> new Justification(name, c.toString(), c.amount(), "cents"))
                .asConstraint(name);
    }

    /** Soft K+4, thousandths of a weighted home: weight · units of every unrealised local ambition. */
    Constraint localUnmet(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Project.class)
                .filter(p -> !p.npa() && !p.realised() && p.weightMilli() > 0)
                .penalizeLong(soft(tiers + 4), Project::weightMilli)
                .justifyWith((p, score) -> new Justification(LOCAL_UNMET, p.id(), p.weightMilli(), "milli-homes"))
                .asConstraint(LOCAL_UNMET);
    }

    /** Soft K+5, thousandths of a home: units of every project carried out by someone other than its owner. */
    Constraint movedUnits(ConstraintFactory factory) {
        return factory.forEach(Project.class)
                .filter(Project::moved)
                .penalizeLong(soft(tiers + 5), Project::unitsMilli)
                .justifyWith((p, score) -> new Justification(MOVED_UNITS, p.id(), p.unitsMilli(), "milli-homes"))
                .asConstraint(MOVED_UNITS);
    }

    /**
     * Soft K+6, parts per billion: the largest share of room used over every member and every row
     * with at least EUR 1,000 of room, max(0, max −(work_r + round(net·τ_r)) / room_r).
     */
    Constraint largestShareOfRoomUsed(ConstraintFactory factory) {
        return rowStates(factory)
                .groupBy(ConstraintCollectors.max((Member member, RowState state) -> state.largestSharePpb()))
                .filter(share -> share != null && share > 0)
                .penalizeLong(soft(tiers + 6), share -> share)
                .justifyWith((share, score) -> new Justification(FAIRNESS, "all corporations", share, "ppb"))
                .asConstraint(FAIRNESS);
    }

    /** The constraints of an instance with one priority tier. */
    public static final class OneTier extends AllocationConstraintProvider {
        public OneTier() {
            super(1);
        }
    }

    /** The constraints of an instance with two priority tiers. */
    public static final class TwoTiers extends AllocationConstraintProvider {
        public TwoTiers() {
            super(2);
        }
    }

    /** The constraints of an instance with three priority tiers (the default priorities). */
    public static final class ThreeTiers extends AllocationConstraintProvider {
        public ThreeTiers() {
            super(3);
        }
    }

    /** The constraints of an instance with four priority tiers. */
    public static final class FourTiers extends AllocationConstraintProvider {
        public FourTiers() {
            super(4);
        }
    }
}
