package nl.solidarity.levy;

import java.util.Locale;

/**
 * How the levy is keyed over the corporations that pay it.
 * <ul>
 *   <li>{@code cashflow}: each corporation's own operating cash flow (policy letter 2023, docs/levy.md);</li>
 *   <li>{@code btiv2015}: the key of the 2015 decree (BTIV art. 115–116): half by number of homes,
 *       half by WOZ value, applied to the payers' total operating cash flow.</li>
 * </ul>
 */
public enum LevyBase {
    CASHFLOW, BTIV2015;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The base named in a result file or on the command line, or null when the name is unknown. */
    public static LevyBase fromJson(String name) {
        for (LevyBase base : values()) {
            if (base.json().equals(name)) {
                return base;
            }
        }
        return null;
    }
}
