package nl.solidarity.engine;

import nl.solidarity.model.Allocation;

/**
 * What an engine returns: the allocation, whether every requested level was proven optimal, and
 * if not, why (for example the level at which the time limit was hit). {@code firstLevelSolved}
 * is false when not even the first level has a solution of its own (the start allocation was kept).
 * {@code marginalRoom} is the marginal value of room from the LP's duals, or null (projects mode, local search).
 */
public record Solution(Allocation allocation, boolean proven, String note, boolean firstLevelSolved, MarginalRoom marginalRoom) {
    /** A solution without duals (local search, or projects mode). */
    public Solution(Allocation allocation, boolean proven, String note, boolean firstLevelSolved) {
        this(allocation, proven, note, firstLevelSolved, null);
    }
}
