package nl.solidarity.model;

import java.util.Locale;

/** How far solidarity reaches in a run: the contribution levels it allows are those up to its own. */
public enum Scope {
    REGION, PROVINCE, NATIONAL;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean allows(ContributionLevel level) {
        return level.ordinal() <= ordinal();
    }

    public static Scope fromJson(String text) {
        for (Scope scope : values()) {
            if (scope.json().equals(text)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("unknown scope '" + text + "'");
    }
}
