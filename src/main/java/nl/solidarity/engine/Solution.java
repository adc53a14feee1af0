package nl.solidarity.engine;

import nl.solidarity.model.Allocation;

/**
 * What an engine returns: the allocation, whether every requested level was proven optimal, and
 * if not, why (for example the level at which the time limit was hit). {@code firstLevelSolved}
 * is false when not even the first level has a solution of its own (the start allocation was kept).
 */
public record Solution(Allocation allocation, boolean proven, String note, boolean firstLevelSolved) {
}
