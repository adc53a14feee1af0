package nl.solidarity.engine.optaplanner.domain;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;

/**
 * The planning solution: members, funds, support slots and locks (facts); projects, contributions
 * and supports (entities). Score: {@value #HARD_LEVELS} hard levels and K + {@value #LEVELS_AFTER_TIERS}
 * soft levels for an instance with K priority tiers:
 * <pre>
 *   hard 0: money rules in cents (norm rows, fund balance, support bound)
 *   hard 1: own-region-first locks, in thousandths of a weighted home
 *   soft 0 … K−1: unmet of tier 1 … K (thousandths of a weighted home)
 *   soft K: supportNeed (cents)
 *   soft K+1, K+2, K+3: national, provincial, regional contribution volume (cents)
 *   soft K+4: localUnmet (thousandths of a weighted home)
 *   soft K+5: movedUnits (thousandths of a home)
 *   soft K+6: fairness, the largest share of room used (parts per billion)
 * </pre>
 * The number of score levels is fixed per solution class by its annotation, so there is one
 * subclass per tier count ({@link #classFor(int)}), up to {@value #MAX_TIERS} (an instance has four
 * task types and every tier names at least one).
 */
@PlanningSolution
public abstract class AllocationPlan {
    private BendableLongScore score;
    public static final int HARD_LEVELS = 2;
    public static final int LEVELS_AFTER_TIERS = 7;
    public static final int MAX_TIERS = 4;

    @ProblemFactCollectionProperty
    private List<Member> members;
    @ProblemFactCollectionProperty
    private List<Fund> funds;
    @ProblemFactCollectionProperty
    private List<SupportSlot> slots;
    @ProblemFactCollectionProperty
    private List<Lock> locks;
    @PlanningEntityCollectionProperty
    private List<Project> projects;
    @PlanningEntityCollectionProperty
    private List<Contribution> contributions;
    @PlanningEntityCollectionProperty
    private List<Support> supports;

    protected AllocationPlan() {
    }

    /** A new plan for an instance with {@code tiers} priority tiers. */
    public static AllocationPlan of(int tiers, List<Member> members, List<Fund> funds, List<SupportSlot> slots,
                                    List<Lock> locks, List<Project> projects, List<Contribution> contributions,
                                    List<Support> supports) {
        AllocationPlan plan = switch (tiers) {
            case 1 -> new OneTier();
            case 2 -> new TwoTiers();
            case 3 -> new ThreeTiers();
            case 4 -> new FourTiers();
            default -> throw new IllegalArgumentException(unsupported(tiers));
        };
        plan.members = members;
        plan.funds = funds;
        plan.slots = slots;
        plan.locks = locks;
        plan.projects = projects;
        plan.contributions = contributions;
        plan.supports = supports;
        return plan;
    }

    /** The solution class for {@code tiers} priority tiers. */
    public static Class<? extends AllocationPlan> classFor(int tiers) {
        return switch (tiers) {
            case 1 -> OneTier.class;
            case 2 -> TwoTiers.class;
            case 3 -> ThreeTiers.class;
            case 4 -> FourTiers.class;
            default -> throw new IllegalArgumentException(unsupported(tiers));
        };
    }

    public static int softLevels(int tiers) {
        return tiers + LEVELS_AFTER_TIERS;
    }

    private static String unsupported(int tiers) {
        return "the optaplanner engine supports 1 to " + MAX_TIERS + " priority tiers, not " + tiers;
    }

    /** The number of priority tiers this plan's score has levels for. */
    public abstract int tiers();

    /**
     * The score; each subclass overrides this getter only to annotate it with its number of soft
     * levels, which an annotation needs as a constant.
     */
    public BendableLongScore getScore() {
        return score;
    }

    public void setScore(BendableLongScore score) {
        this.score = score;
    }

    public List<Member> getMembers() {
        return members;
    }

    public List<Fund> getFunds() {
        return funds;
    }

    public List<SupportSlot> getSlots() {
        return slots;
    }

    public List<Lock> getLocks() {
        return locks;
    }

    public List<Project> getProjects() {
        return projects;
    }

    public List<Contribution> getContributions() {
        return contributions;
    }

    public List<Support> getSupports() {
        return supports;
    }

    /** One priority tier: 8 soft levels. */
    @PlanningSolution
    public static class OneTier extends AllocationPlan {
        @Override
        public int tiers() {
            return 1;
        }

        @Override
        @PlanningScore(bendableHardLevelsSize = HARD_LEVELS, bendableSoftLevelsSize = 1 + LEVELS_AFTER_TIERS)
        public BendableLongScore getScore() {
            return super.getScore();
        }
    }

    /** Two priority tiers: 9 soft levels. */
    @PlanningSolution
    public static class TwoTiers extends AllocationPlan {
        @Override
        public int tiers() {
            return 2;
        }

        @Override
        @PlanningScore(bendableHardLevelsSize = HARD_LEVELS, bendableSoftLevelsSize = 2 + LEVELS_AFTER_TIERS)
        public BendableLongScore getScore() {
            return super.getScore();
        }
    }

    /** Three priority tiers (the default priorities): 10 soft levels. */
    @PlanningSolution
    public static class ThreeTiers extends AllocationPlan {
        @Override
        public int tiers() {
            return 3;
        }

        @Override
        @PlanningScore(bendableHardLevelsSize = HARD_LEVELS, bendableSoftLevelsSize = 3 + LEVELS_AFTER_TIERS)
        public BendableLongScore getScore() {
            return super.getScore();
        }
    }

    /** Four priority tiers (one per task type): 11 soft levels. */
    @PlanningSolution
    public static class FourTiers extends AllocationPlan {
        @Override
        public int tiers() {
            return 4;
        }

        @Override
        @PlanningScore(bendableHardLevelsSize = HARD_LEVELS, bendableSoftLevelsSize = 4 + LEVELS_AFTER_TIERS)
        public BendableLongScore getScore() {
            return super.getScore();
        }
    }
}
