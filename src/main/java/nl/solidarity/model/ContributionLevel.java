package nl.solidarity.model;

import java.util.Locale;
import java.util.Map;
import nl.solidarity.domain.Corporation;

/**
 * The level of a contribution to a region's solidarity fund, judged from the payer and the fund's
 * region alone: regional when the payer is active in the region, provincial when it is active in
 * another region of the same province, national otherwise.
 */
public enum ContributionLevel {
    REGIONAL, PROVINCIAL, NATIONAL;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ContributionLevel fromJson(String text) {
        for (ContributionLevel level : values()) {
            if (level.json().equals(text)) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown contribution level '" + text + "'");
    }

    public static ContributionLevel of(Corporation payer, String fundRegion, Map<String, String> provinceOfRegion) {
        if (payer.regions().contains(fundRegion)) {
            return REGIONAL;
        }
        String province = provinceOfRegion.get(fundRegion);
        for (String region : payer.regions()) {
            if (province != null && province.equals(provinceOfRegion.get(region))) {
                return PROVINCIAL;
            }
        }
        return NATIONAL;
    }
}
