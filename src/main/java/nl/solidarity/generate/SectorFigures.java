package nl.solidarity.generate;

/**
 * The published sector figures the generator draws around (sources in docs/data.md), and the few
 * figures that had to be chosen or calibrated (marked so).
 */
public final class SectorFigures {
    private SectorFigures() {
    }

    /** Homes owned by corporations: about 2.3 million (Aedes / Rabobank). */
    public static final double HOMES = 2_300_000;
    /** WSW-guaranteed debt end 2023: EUR 88.6 bn (WSW). */
    public static final double DEBT = 88.6e9;
    /** Average interest rate on the loan portfolio 2023: 2.79% (WSW / Aedes). */
    public static final double INTEREST_RATE = 0.0279;
    /** Operating cash flow after interest per home: a little over EUR 1,200 (Finance Ideas, 2022). */
    public static final double CASH_FLOW_AFTER_INTEREST_PER_HOME = 1_200;

    /** Chosen: beleidswaarde per home in 2024 (not published for the sector as a whole). */
    public static final double POLICY_VALUE_PER_HOME = 95_000;
    /**
     * Calibrated: the instandhoudingsopgave per home per year that the operating cash flow does not
     * already carry (part of the EUR 1,359 a year of improvement, Aw 2022), chosen so that the
     * sector as a whole can carry its task but not every region.
     */
    public static final double CONTINUITY_COST_PER_HOME = 1_150;

    /** NPA targets to 2030: social new build, mid-rent new build, natural-gas free, insulated. */
    public static final double NPA_NEW_BUILD_SOCIAL = 250_000;
    public static final double NPA_NEW_BUILD_MIDDLE = 50_000;
    public static final double NPA_GAS_FREE = 450_000;
    public static final double NPA_INSULATION = 675_000;

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
