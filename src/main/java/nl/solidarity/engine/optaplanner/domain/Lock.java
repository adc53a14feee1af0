package nl.solidarity.engine.optaplanner.domain;

/**
 * The own-region-first lock of one region and tier (a problem fact): the weighted unmet homes of
 * the region's NPA projects in the tier may be at most {@code boundMilli} thousandths of a home.
 */
public record Lock(int index, String region, int tier, long boundMilli) {
    @Override
    public String toString() {
        return "lock " + region + " tier " + (tier + 1);
    }
}
