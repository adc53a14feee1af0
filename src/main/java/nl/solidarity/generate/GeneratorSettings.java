package nl.solidarity.generate;

import nl.solidarity.domain.NormMode;

/**
 * What {@link InstanceGenerator} draws from. The defaults describe the Dutch corporation sector
 * (docs/data.md says where each figure comes from); {@code scale} multiplies the task volume that
 * the national agreements ask per home of stock.
 *
 * @param seed                 the random seed: the same settings give the same instance
 * @param name                 the instance name
 * @param corporations         number of corporations
 * @param regions              number of woondeal regions
 * @param provinces            number of provinces the regions are spread over (1–12)
 * @param homes                total homes owned by all corporations
 * @param newBuildPerRegion    new-build projects per region (sustainability tasks come one per
 *                             corporation, region and type on top)
 * @param scale                task volume relative to the national targets per home of stock
 * @param multiRegionShare     share of corporations active in more than one region
 * @param headroomShare        share of corporations that state a headroom instead of a finance block
 * @param stressedShare        share of corporations with a heavy debt (little or no room)
 * @param localShare           share of new-build projects that are local ambitions ({@code npa: false})
 * @param policyValuePerHome   mean beleidswaarde per home in the base year (calibrated)
 * @param continuityCostPerHome mean instandhoudingsopgave per home per year, base-year prices (calibrated)
 * @param normMode             the norm mode of the instance
 * @param sizeSpread           sigma of the lognormal corporation size within a region (1: the
 *                             sector's mix of a few large and many small corporations)
 * @param firstProvince        index in {@link RegionCatalogue#PROVINCES} of the first province used
 *                             (the provinces used follow it in catalogue order, wrapping round)
 * @param stressedDebtFactor   how many times the usual debt per home a stressed corporation carries
 * @param debtSpread           sigma of the lognormal debt per home between corporations (the spread of
 *                             financial positions; calibrated)
 * @param pressureTilt         how strongly debt per home grows, and cash flow per home falls, with the
 *                             building pressure of a corporation's home region (1: in proportion;
 *                             calibrated): it puts the room where the task is not
 * @param creditFactor         the instance's {@code levy.creditFactor} (calibrated)
 * @param npaTargets           whether the instance carries the NPA 2024 yearly lines as {@code targets}
 *                             (only the national instance: a region's own line is not published)
 */
public record GeneratorSettings(
        long seed,
        String name,
        int corporations,
        int regions,
        int provinces,
        long homes,
        int newBuildPerRegion,
        double scale,
        double multiRegionShare,
        double headroomShare,
        double stressedShare,
        double localShare,
        double policyValuePerHome,
        double continuityCostPerHome,
        NormMode normMode,
        double sizeSpread,
        int firstProvince,
        double stressedDebtFactor,
        double debtSpread,
        double pressureTilt,
        double creditFactor,
        boolean npaTargets) {

    /** Homes per corporation in the sector: 2.3 million homes over 279 corporations. */
    public static final double HOMES_PER_CORPORATION = 2_300_000.0 / 279;

    public GeneratorSettings {
        if (corporations < 1) {
            throw new IllegalArgumentException("corporations: must be >= 1, got " + corporations);
        }
        if (regions < 1 || regions > corporations) {
            throw new IllegalArgumentException("regions: must be between 1 and the number of corporations ("
                    + corporations + "), got " + regions);
        }
        if (provinces < 1 || provinces > RegionCatalogue.PROVINCES.size() || provinces > regions) {
            throw new IllegalArgumentException("provinces: must be between 1 and min(12, regions), got " + provinces);
        }
        if (homes < corporations) {
            throw new IllegalArgumentException("homes: must be at least one per corporation, got " + homes);
        }
        if (newBuildPerRegion < 0) {
            throw new IllegalArgumentException("newBuildPerRegion: must be >= 0, got " + newBuildPerRegion);
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale: must be > 0, got " + scale);
        }
        requireShare("multiRegionShare", multiRegionShare);
        requireShare("headroomShare", headroomShare);
        requireShare("stressedShare", stressedShare);
        requireShare("localShare", localShare);
        if (!(stressedDebtFactor >= 1 && stressedDebtFactor <= 10)) {
            throw new IllegalArgumentException("stressedDebtFactor: must be between 1 and 10, got " + stressedDebtFactor);
        }
        if (firstProvince < 0 || firstProvince >= RegionCatalogue.PROVINCES.size()) {
            throw new IllegalArgumentException("firstProvince: must be between 0 and 11, got " + firstProvince);
        }
        if (!(debtSpread >= 0 && debtSpread <= 2)) {
            throw new IllegalArgumentException("debtSpread: must be between 0 and 2, got " + debtSpread);
        }
        if (!(pressureTilt >= 0 && pressureTilt <= 4)) {
            throw new IllegalArgumentException("pressureTilt: must be between 0 and 4, got " + pressureTilt);
        }
        requireShare("creditFactor", creditFactor);
        if (!(sizeSpread >= 0 && sizeSpread <= 4)) {
            throw new IllegalArgumentException("sizeSpread: must be between 0 and 4, got " + sizeSpread);
        }
    }

    private static void requireShare(String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(field + ": must be between 0 and 1, got " + value);
        }
    }

    /** The calibrated sector: 279 corporations in 35 woondeal regions over the 12 provinces. */
    public static GeneratorSettings national(long seed) {
        return new GeneratorSettings(seed, "Synthetic national instance: 279 corporations, 35 woondeal regions, 12 provinces",
                279, 35, 12, 2_300_000, 8, 1.0, MULTI_REGION_SHARE, 0.03, 0.05, 0.05,
                SectorFigures.POLICY_VALUE_PER_HOME, SectorFigures.CONTINUITY_COST_PER_HOME, NormMode.DPM, 1.0, 0, 2.0,
                DEBT_SPREAD, PRESSURE_TILT, CREDIT_FACTOR, true);
    }

    /** Calibrated (docs/data.md): share of corporations active in more than one region. */
    public static final double MULTI_REGION_SHARE = 0.3;
    /** Calibrated (docs/data.md): sigma of the debt per home between corporations. */
    public static final double DEBT_SPREAD = 0.3;
    /** Calibrated (docs/data.md): elasticity of debt and cash flow per home to the building pressure. */
    public static final double PRESSURE_TILT = 0.6;
    /** Calibrated (docs/data.md): the levy's credit factor. */
    public static final double CREDIT_FACTOR = 1.0;

    /** A sector-like instance of the given size, the national profile scaled down. */
    public static GeneratorSettings sized(long seed, int corporations, int regions, int provinces) {
        return national(seed).resized(seed, corporations, regions, provinces)
                .withName("Synthetic instance: " + corporations + " corporations, " + regions
                        + " regions, " + provinces + " provinces (seed " + seed + ")")
                .withTargets(false);
    }

    /**
     * These settings for another seed and size: the homes follow the sector's homes per corporation,
     * the name stays; the NPA targets stay only with the same number of corporations (a smaller
     * sector plans a share of the national line, which the line itself would misreport).
     */
    public GeneratorSettings resized(long newSeed, int newCorporations, int newRegions, int newProvinces) {
        return edit(b -> {
            b.seed = newSeed;
            b.corporations = newCorporations;
            b.regions = newRegions;
            b.provinces = newProvinces;
            b.homes = Math.round(newCorporations * HOMES_PER_CORPORATION);
            b.npaTargets = npaTargets && newCorporations == corporations;
        });
    }

    public GeneratorSettings withName(String value) {
        return edit(b -> b.name = value);
    }

    public GeneratorSettings withScale(double value) {
        return edit(b -> b.scale = value);
    }

    public GeneratorSettings withNewBuildPerRegion(int value) {
        return edit(b -> b.newBuildPerRegion = value);
    }

    public GeneratorSettings withNormMode(NormMode value) {
        return edit(b -> b.normMode = value);
    }

    public GeneratorSettings withHomes(long value) {
        return edit(b -> b.homes = value);
    }

    public GeneratorSettings withSizeSpread(double value) {
        return edit(b -> b.sizeSpread = value);
    }

    public GeneratorSettings withFirstProvince(int value) {
        return edit(b -> b.firstProvince = value);
    }

    public GeneratorSettings withStressedDebtFactor(double value) {
        return edit(b -> b.stressedDebtFactor = value);
    }

    public GeneratorSettings withContinuityCostPerHome(double value) {
        return edit(b -> b.continuityCostPerHome = value);
    }

    public GeneratorSettings withCreditFactor(double value) {
        return edit(b -> b.creditFactor = value);
    }

    public GeneratorSettings withTargets(boolean value) {
        return edit(b -> b.npaTargets = value);
    }

    public GeneratorSettings withShares(double multiRegion, double headroom, double stressed, double local) {
        return edit(b -> {
            b.multiRegionShare = multiRegion;
            b.headroomShare = headroom;
            b.stressedShare = stressed;
            b.localShare = local;
        });
    }

    public GeneratorSettings withFinancialSpread(double debt, double tilt) {
        return edit(b -> {
            b.debtSpread = debt;
            b.pressureTilt = tilt;
        });
    }

    /** These settings with {@code change} applied: every wither goes through here, so a new setting is added in one place. */
    private GeneratorSettings edit(java.util.function.Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return draft.settings();
    }

    /** The settings while a wither changes some of them; validated when they become settings again. */
    private static final class Draft {
        long seed;
        String name;
        int corporations;
        int regions;
        int provinces;
        long homes;
        int newBuildPerRegion;
        double scale;
        double multiRegionShare;
        double headroomShare;
        double stressedShare;
        double localShare;
        double policyValuePerHome;
        double continuityCostPerHome;
        NormMode normMode;
        double sizeSpread;
        int firstProvince;
        double stressedDebtFactor;
        double debtSpread;
        double pressureTilt;
        double creditFactor;
        boolean npaTargets;

        Draft(GeneratorSettings s) {
            seed = s.seed;
            name = s.name;
            corporations = s.corporations;
            regions = s.regions;
            provinces = s.provinces;
            homes = s.homes;
            newBuildPerRegion = s.newBuildPerRegion;
            scale = s.scale;
            multiRegionShare = s.multiRegionShare;
            headroomShare = s.headroomShare;
            stressedShare = s.stressedShare;
            localShare = s.localShare;
            policyValuePerHome = s.policyValuePerHome;
            continuityCostPerHome = s.continuityCostPerHome;
            normMode = s.normMode;
            sizeSpread = s.sizeSpread;
            firstProvince = s.firstProvince;
            stressedDebtFactor = s.stressedDebtFactor;
            debtSpread = s.debtSpread;
            pressureTilt = s.pressureTilt;
            creditFactor = s.creditFactor;
            npaTargets = s.npaTargets;
        }

        GeneratorSettings settings() {
            return new GeneratorSettings(seed, name, corporations, regions, provinces, homes, newBuildPerRegion, scale, multiRegionShare, headroomShare, stressedShare, localShare, policyValuePerHome, continuityCostPerHome, normMode, sizeSpread, firstProvince, stressedDebtFactor, debtSpread, pressureTilt, creditFactor, npaTargets);
        }
    }
}
