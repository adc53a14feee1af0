package nl.solidarity.engine.optaplanner.solver;

import nl.solidarity.engine.optaplanner.domain.AllocationPlan;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;

/**
 * One unit of every score level. Each constraint penalises with exactly one of these, so the
 * levels stay lexicographic as allocation.md orders them; the match weight carries the amount
 * (euros, or thousandths of a home).
 */
public final class ConstraintWeights {
    /** Hard: one euro of norm-row shortfall below min(0, s0). */
    public static final BendableLongScore ROW_SHORTFALL = hard();
    /** Level 1: one thousandth of a priority-weighted unrealised NPA home. */
    public static final BendableLongScore WEIGHTED_UNMET = soft(0);
    /** Level 2: one euro of onrendabele top left unrealised. */
    public static final BendableLongScore SUPPORT_NEED = soft(1);
    /** Levels 3–5: one euro transferred at that level. */
    public static final BendableLongScore NATIONAL_TRANSFERS = soft(2);
    public static final BendableLongScore PROVINCIAL_TRANSFERS = soft(3);
    public static final BendableLongScore REGIONAL_TRANSFERS = soft(4);
    /** Level 6: one thousandth of a priority-weighted unrealised local-ambition home. */
    public static final BendableLongScore LOCAL_UNMET = soft(5);
    /** Level 7: one thousandth of a home carried out away from its owner. */
    public static final BendableLongScore MOVED_UNITS = soft(6);

    private ConstraintWeights() {
    }

    private static BendableLongScore hard() {
        return BendableLongScore.ofHard(AllocationPlan.HARD_LEVELS, AllocationPlan.SOFT_LEVELS, 0, 1L);
    }

    private static BendableLongScore soft(int level) {
        return BendableLongScore.ofSoft(AllocationPlan.HARD_LEVELS, AllocationPlan.SOFT_LEVELS, level, 1L);
    }
}
