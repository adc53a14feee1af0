package nl.solidarity.domain;

import java.util.Locale;

/** How the continuity norms are applied: over the DPM horizon, or strictly in every year. */
public enum NormMode {
    DPM, STRICT;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NormMode fromJson(String text) {
        for (NormMode mode : values()) {
            if (mode.json().equals(text)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown norm mode '" + text + "'");
    }
}
