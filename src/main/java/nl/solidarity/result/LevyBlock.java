package nl.solidarity.result;

import java.util.List;

/** The levy block of a result (levy.md, result.md). {@code rate} is a share of the levy base. */
public record LevyBlock(
        double need,
        double raised,
        double uncovered,
        double rate,
        double capShare,
        double creditFactor,
        int years,
        String base,
        List<CorporationLevy> corporations,
        List<SupportedTask> supported) {

    /** One corporation's part; {@code rhoMax} null when no row falls with paying; {@code exempt} a reason or null. */
    public record CorporationLevy(String id, double base, Double rhoMax, double gross, double credit, double levy, String exempt) {
    }

    public record SupportedTask(String task, double units, double amount) {
    }
}
