package nl.solidarity.engine.optaplanner;

import nl.solidarity.domain.Instance;

/** {@link ScarceRegions} for the tests of the solver package. */
public final class ScarceRegionsAccess {
    private ScarceRegionsAccess() {
    }

    public static Instance generate(long seed, int regionCount, int corporationCount, int taskCount) {
        return ScarceRegions.generate(seed, regionCount, corporationCount, taskCount);
    }
}
