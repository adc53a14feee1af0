package nl.solidarity.model;

import java.util.Locale;

/** units: homes are divisible (an LP); projects: each task is one indivisible project (a MIP). */
public enum Mode {
    UNITS, PROJECTS;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
