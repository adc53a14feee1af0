package nl.solidarity.model;

/**
 * The lexicographic objective of allocation.md, in order. Each level is minimised with the
 * earlier ones held at their optimum. {@link #isMoney()} levels are in euros, the others in homes
 * (weighted or not) or, for {@link #FAIRNESS}, a share.
 */
public enum ObjectiveLevel {
    WEIGHTED_UNMET("weightedUnmet", false),
    SUPPORT_NEED("supportNeed", true),
    NATIONAL_TRANSFERS("nationalTransferVolume", true),
    PROVINCIAL_TRANSFERS("provincialTransferVolume", true),
    REGIONAL_TRANSFERS("regionalTransferVolume", true),
    LOCAL_UNMET("localUnmet", false),
    MOVED_UNITS("movedUnits", false),
    FAIRNESS("largestShareOfRoomUsed", false);

    private final String label;
    private final boolean money;

    ObjectiveLevel(String label, boolean money) {
        this.label = label;
        this.money = money;
    }

    public String label() {
        return label;
    }

    public boolean isMoney() {
        return money;
    }

    /** 1-based number as the spec counts levels. */
    public int number() {
        return ordinal() + 1;
    }

    public TransferLevel transferLevel() {
        return switch (this) {
            case NATIONAL_TRANSFERS -> TransferLevel.NATIONAL;
            case PROVINCIAL_TRANSFERS -> TransferLevel.PROVINCIAL;
            case REGIONAL_TRANSFERS -> TransferLevel.REGIONAL;
            default -> null;
        };
    }
}
