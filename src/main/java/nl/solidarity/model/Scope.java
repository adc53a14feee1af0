package nl.solidarity.model;

import java.util.Locale;

/** How far solidarity reaches in a run: the transfer levels it allows are those up to its own. */
public enum Scope {
    REGION, PROVINCE, NATIONAL;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean allows(TransferLevel level) {
        return level.ordinal() <= ordinal();
    }

    public static Scope fromJson(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
