package nl.solidarity.domain;

/** The four task types of the national performance agreements (NPA). */
public enum TaskType {
    NEW_BUILD_SOCIAL(1.0),
    NEW_BUILD_MIDDLE(0.5),
    GAS_FREE(0.2),
    INSULATION(0.2);

    private final double defaultPriority;

    TaskType(double defaultPriority) {
        this.defaultPriority = defaultPriority;
    }

    public double defaultPriority() {
        return defaultPriority;
    }

    /** Sustainability work lies in the owner's own stock: only the owner can carry it out. */
    public boolean isSustainability() {
        return this == GAS_FREE || this == INSULATION;
    }
}
