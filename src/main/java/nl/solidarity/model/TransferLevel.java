package nl.solidarity.model;

import java.util.Locale;
import java.util.Set;
import nl.solidarity.domain.Corporation;

/** The level of a transfer, a property of the pair of corporations (allocation.md). */
public enum TransferLevel {
    REGIONAL, PROVINCIAL, NATIONAL;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TransferLevel fromJson(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }

    /** Regional when a and b share a region; provincial when some of their regions share a province. */
    public static TransferLevel between(Corporation a, Corporation b, java.util.Map<String, String> provinceOfRegion) {
        for (String region : a.regions()) {
            if (b.regions().contains(region)) {
                return REGIONAL;
            }
        }
        Set<String> provincesOfA = new java.util.HashSet<>();
        for (String region : a.regions()) {
            provincesOfA.add(provinceOfRegion.get(region));
        }
        for (String region : b.regions()) {
            if (provincesOfA.contains(provinceOfRegion.get(region))) {
                return PROVINCIAL;
            }
        }
        return NATIONAL;
    }
}
