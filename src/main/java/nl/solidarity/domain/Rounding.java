package nl.solidarity.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How results round what they state: money to cents, homes to 1e-6. Both go through
 * {@link BigDecimal}, so that no amount is too large to round (a 64-bit integer of cents would
 * stop at EUR 9.2e16) and −0.0 never appears.
 */
public final class Rounding {
    private Rounding() {
    }

    /** Money rounded to cents: results carry no false precision and stay byte-stable. */
    public static double cents(double euros) {
        return round(euros, 2);
    }

    /** Homes rounded to 1e-6: below any meaning, above solver noise. */
    public static double units(double units) {
        return round(units, 6);
    }

    private static double round(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return value;
        }
        double rounded = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
        return rounded == 0.0 ? 0.0 : rounded;
    }
}
