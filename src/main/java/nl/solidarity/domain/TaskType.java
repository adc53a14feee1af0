package nl.solidarity.domain;

/** The four task types of the national performance agreements (NPA). */
public enum TaskType {
    NEW_BUILD_SOCIAL(1.0),
    NEW_BUILD_MIDDLE(0.5),
    GAS_FREE(0.2),
    INSULATION(0.2);

    private final double v1Weight;

    TaskType(double v1Weight) {
        this.v1Weight = v1Weight;
    }

    /**
     * The weight of the first version of the instance format, kept for a single-object
     * {@code priorities} that leaves the type out.
     */
    public double v1Weight() {
        return v1Weight;
    }

    /** Sustainability work lies in the owner's own stock: only the owner can carry it out. */
    public boolean isSustainability() {
        return this == GAS_FREE || this == INSULATION;
    }
}
