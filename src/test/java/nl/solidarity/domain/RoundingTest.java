package nl.solidarity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Rounding to cents and to 1e-6 homes never goes through a 64-bit integer, so no amount is too large to round. */
class RoundingTest {
    @Test
    void amountsBeyondALongOfCentsRoundAsTheyAre() {
        // 9.3e16 euros is 9.3e18 cents: more than Long.MAX_VALUE (9.22e18).
        assertEquals(9.3e16, Rounding.cents(9.3e16));
        assertEquals(-1e300, Rounding.cents(-1e300));
        assertEquals(1e17 + 16, Rounding.cents(1e17 + 16));
        assertEquals(1e13, Rounding.units(1e13));
    }

    @Test
    void smallAmountsRoundHalfEvenToCentsAndNeverToMinusZero() {
        assertEquals(0.12, Rounding.cents(0.123));
        assertEquals(-1234.57, Rounding.cents(-1234.5678));
        assertEquals(0.0, Rounding.cents(-0.004));
        assertEquals("0.0", Double.toString(Rounding.cents(-0.004)));
        assertEquals(1.000001, Rounding.units(1.0000014));
    }
}
