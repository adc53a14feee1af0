package nl.solidarity.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One level of the lexicographic objective. With K priority tiers the order is: unmet of tier 1
 * … tier K, supportNeed, the national, provincial and regional contribution volumes, localUnmet,
 * movedUnits, fairness. Each level is minimised with the earlier ones held at their optimum.
 *
 * @param kind what the level measures
 * @param tier the tier index (0-based) for {@link Kind#TIER}, otherwise -1
 */
public record Level(Kind kind, int tier) {
    /**
     * A level is held at its optimum f* within max(r·|f*|, 1e-6): relative, with an absolute floor
     * of 1e-6 in the level's unit (weighted homes, or EUR 1 when money is in millions), so that a
     * level whose optimum is 0 is not fixed at exactly 0. The engines use r = {@link #RELATIVE_TOLERANCE},
     * so that what later levels may trade away stays below the agreement of two computations
     * (EUR 1, 0.001 homes) in every region; where the LP solver runs into numerical trouble on
     * bounds that tight, they solve again with the loosest tolerance allowed, {@link #RELATIVE_TOLERANCE_LOOSE}.
     */
    public static final double RELATIVE_TOLERANCE = 1e-8;
    public static final double RELATIVE_TOLERANCE_LOOSE = 1e-7;
    public static final double ABSOLUTE_TOLERANCE = 1e-6;

    /** The tolerance around an optimum, in the optimum's own unit (homes, or millions of euros). */
    public static double tolerance(double optimum) {
        return tolerance(optimum, RELATIVE_TOLERANCE);
    }

    public static double tolerance(double optimum, double relative) {
        return Math.max(relative * Math.abs(optimum), ABSOLUTE_TOLERANCE);
    }

    public enum Kind {
        TIER(false), SUPPORT_NEED(true), NATIONAL_VOLUME(true), PROVINCIAL_VOLUME(true), REGIONAL_VOLUME(true),
        LOCAL_UNMET(false), MOVED_UNITS(false), FAIRNESS(false);

        private final boolean money;

        Kind(boolean money) {
            this.money = money;
        }
    }

    public static final Level SUPPORT_NEED = new Level(Kind.SUPPORT_NEED, -1);
    public static final Level NATIONAL_VOLUME = new Level(Kind.NATIONAL_VOLUME, -1);
    public static final Level PROVINCIAL_VOLUME = new Level(Kind.PROVINCIAL_VOLUME, -1);
    public static final Level REGIONAL_VOLUME = new Level(Kind.REGIONAL_VOLUME, -1);
    public static final Level LOCAL_UNMET = new Level(Kind.LOCAL_UNMET, -1);
    public static final Level MOVED_UNITS = new Level(Kind.MOVED_UNITS, -1);
    public static final Level FAIRNESS = new Level(Kind.FAIRNESS, -1);

    public static Level tier(int k) {
        return new Level(Kind.TIER, k);
    }

    /** Every level in order for an instance with {@code tiers} priority tiers. */
    public static List<Level> all(int tiers) {
        List<Level> levels = new ArrayList<>(through(tiers));
        levels.addAll(List.of(NATIONAL_VOLUME, PROVINCIAL_VOLUME, REGIONAL_VOLUME, LOCAL_UNMET, MOVED_UNITS, FAIRNESS));
        return levels;
    }

    /** The tier levels and supportNeed: what a narrower scope is solved for. */
    public static List<Level> through(int tiers) {
        List<Level> levels = new ArrayList<>();
        for (int k = 0; k < tiers; k++) {
            levels.add(tier(k));
        }
        levels.add(SUPPORT_NEED);
        return levels;
    }

    /** Money levels are in euros; the others in (weighted) homes or, for fairness, a share. */
    public boolean isMoney() {
        return kind.money;
    }

    /** The contribution level whose volume this level measures, or null. */
    public ContributionLevel volumeOf() {
        return switch (kind) {
            case NATIONAL_VOLUME -> ContributionLevel.NATIONAL;
            case PROVINCIAL_VOLUME -> ContributionLevel.PROVINCIAL;
            case REGIONAL_VOLUME -> ContributionLevel.REGIONAL;
            default -> null;
        };
    }

    public String label() {
        return switch (kind) {
            case TIER -> "unmet of tier " + (tier + 1);
            case SUPPORT_NEED -> "supportNeed";
            case NATIONAL_VOLUME -> "national contribution volume";
            case PROVINCIAL_VOLUME -> "provincial contribution volume";
            case REGIONAL_VOLUME -> "regional contribution volume";
            case LOCAL_UNMET -> "localUnmet";
            case MOVED_UNITS -> "movedUnits";
            case FAIRNESS -> "fairness";
        };
    }
}
