package nl.solidarity.engine.optaplanner.domain;

/** The solidarity fund of one region (a problem fact): contributions go in, support comes out. */
public record Fund(int index, String region) {
    @Override
    public String toString() {
        return "fund " + region;
    }
}
