package nl.solidarity.generate;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The published sector figures the generator draws around (sources in docs/data.md), and the few
 * figures that had to be chosen or calibrated (marked so).
 */
public final class SectorFigures {
    private SectorFigures() {
    }

    private static Map<Integer, Double> yearly(int first, double... homes) {
        Map<Integer, Double> line = new TreeMap<>();
        for (int i = 0; i < homes.length; i++) {
            line.put(first + i, homes[i]);
        }
        return Collections.unmodifiableMap(line);
    }

    /** Homes owned by corporations: about 2.3 million (Aedes / Rabobank). */
    public static final double HOMES = 2_300_000;
    /** WSW-guaranteed debt end 2023: EUR 88.6 bn (WSW). */
    public static final double DEBT = 88.6e9;
    /** Average interest rate on the loan portfolio 2023: 2.79% (WSW / Aedes). */
    public static final double INTEREST_RATE = 0.0279;
    /** Operating cash flow after interest per home: a little over EUR 1,200 (Finance Ideas, 2022). */
    public static final double CASH_FLOW_AFTER_INTEREST_PER_HOME = 1_200;

    /** Chosen: beleidswaarde per home in the base year (not published for the sector as a whole). */
    public static final double POLICY_VALUE_PER_HOME = 95_000;
    /**
     * Calibrated: the instandhoudingsopgave per home per year that the operating cash flow does not
     * already carry (part of the EUR 1,359 a year of improvement, Aw 2022), chosen so that the
     * sector as a whole can carry its task but not every region.
     */
    public static final double CONTINUITY_COST_PER_HOME = 910;

    /** NPA 2024, social new build per calendar year from 2026: 26,000, 28,000, 29,000, then 30,000 a year to 2035. */
    public static final Map<Integer, Double> NPA_NEW_BUILD_SOCIAL = yearly(2026, 26_000, 28_000, 29_000,
            30_000, 30_000, 30_000, 30_000, 30_000, 30_000, 30_000);
    /** NPA 2024, mid-rent new build per calendar year from 2026: 3,000 a year to 2028, then 5,000 a year. */
    public static final Map<Integer, Double> NPA_NEW_BUILD_MIDDLE = yearly(2026, 3_000, 3_000, 3_000,
            5_000, 5_000, 5_000, 5_000, 5_000, 5_000, 5_000);
    /** NPA 2024: 450,000 homes natural-gas free by 2034. */
    public static final double NPA_GAS_FREE_2034 = 450_000;
    /** Chosen (not published): homes of corporations already natural-gas free at the end of 2025. */
    public static final double GAS_FREE_DONE_2025 = 150_000;
    /** Chosen: the insulation that NPA 2024's heat-demand path asks over 2026–2034 (see docs/data.md). */
    public static final double INSULATION_2026_2034 = 450_000;
    /** The sustainability tasks run over these calendar years (the NPA 2024 horizon is 2034). */
    public static final int SUSTAINABILITY_FIRST_YEAR = 2026;
    public static final int SUSTAINABILITY_LAST_YEAR = 2034;

    /** New-build cost per home: about EUR 289k implied by "EUR 26 bn = 90,000 homes" (Aedes 2025, derived). */
    public static final double NEW_BUILD_COST = 289_000;
    /** Chosen: beleidswaarde of a new social home and its first-year net cash flow (rent EUR 582 a month less costs). */
    public static final double NEW_BUILD_SOCIAL_VALUE = 120_000;
    public static final double NEW_BUILD_SOCIAL_CASH_FLOW = 4_000;
    /** Chosen: mid-rent homes cost a little more, carry more value and more rent. */
    public static final double NEW_BUILD_MIDDLE_COST = 300_000;
    public static final double NEW_BUILD_MIDDLE_VALUE = 210_000;
    public static final double NEW_BUILD_MIDDLE_CASH_FLOW = 8_500;
    /** Insulation to the standard: about EUR 35k per home (Aedes 2025, derived). */
    public static final double INSULATION_COST = 35_000;
    /** Natural-gas free: EUR 16k (heat network) to EUR 52k (full) per home (Ymere; Aedes 2018). */
    public static final double GAS_FREE_COST_LOW = 16_000;
    public static final double GAS_FREE_COST_HIGH = 52_000;
}
