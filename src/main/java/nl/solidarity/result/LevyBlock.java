package nl.solidarity.result;

import java.util.List;
import java.util.Map;

/** The levy block of a result. {@code rate} is a share of the levy base. */
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
        List<SupportedTask> supported,
        Summary summary) {

    /** One corporation's part; {@code rhoMax} null when no row falls with paying; {@code exempt} a reason or null. */
    public record CorporationLevy(String id, double base, Double rhoMax, double gross, double credit, double levy, String exempt) {
    }

    public record SupportedTask(String task, double units, double amount) {
    }

    /**
     * Why the levy raises what it raises: how many pay, how many are exempt and why, how many pay
     * less than the rate because their rows allow no more (and how much that costs), how many are
     * covered by their credit, the cap that would cover the need (null when even a cap of 1 cannot),
     * and where the need is.
     */
    public record Summary(int payers, Map<String, Integer> exempt, LimitedByContinuity limitedByContinuity,
                          int coveredByCredit, Double capNeeded, Map<String, Double> needByRegion,
                          Map<String, Double> needByProvince) {
    }

    public record LimitedByContinuity(int count, double shortfall) {
    }
}
