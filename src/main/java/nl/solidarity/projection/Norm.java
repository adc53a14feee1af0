package nl.solidarity.projection;

/**
 * The norm a row measures. Declaration order is the tie-break order within one year: {@code ICR},
 * {@code LTV}, {@code ICR-HORIZON}, {@code LTV-HORIZON} ({@code HEADROOM} rows stand alone).
 */
public enum Norm {
    ICR("ICR"), LTV("LTV"), ICR_HORIZON("ICR-HORIZON"), LTV_HORIZON("LTV-HORIZON"), HEADROOM("HEADROOM");

    private final String label;

    Norm(String label) {
        this.label = label;
    }

    /** The name results and reports print. */
    public String label() {
        return label;
    }

    public static Norm fromLabel(String label) {
        for (Norm norm : values()) {
            if (norm.label.equals(label)) {
                return norm;
            }
        }
        throw new IllegalArgumentException("unknown norm '" + label + "'");
    }

    @Override
    public String toString() {
        return label;
    }
}
