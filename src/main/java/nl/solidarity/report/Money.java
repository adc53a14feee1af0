package nl.solidarity.report;

import java.util.Locale;

/** Formats euros for people: millions with one or two decimals, as the sector reports them. */
public final class Money {
    private Money() {
    }

    /** Euros as millions with two decimals, e.g. {@code 531.52}. */
    public static String millions(double euros) {
        double m = euros / 1e6;
        if (Math.abs(m) < 0.005) {
            m = 0.0;
        }
        return String.format(Locale.ROOT, "%,.2f", m);
    }

    /** Homes with one decimal (units mode can split a task). */
    public static String homes(double units) {
        double u = Math.abs(units) < 0.05 ? 0.0 : units;
        return String.format(Locale.ROOT, "%,.1f", u);
    }
}
