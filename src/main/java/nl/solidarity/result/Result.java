package nl.solidarity.result;

import java.util.List;
import java.util.Map;

/**
 * A result file, version 2, field for field in the order it is written. Money in euros (cents),
 * homes to 1e-6. {@code statusDetail} says why a result is FEASIBLE rather than OPTIMAL (null
 * otherwise). {@code tiers} lists the task types of each priority tier, innermost first; every
 * {@code unmetByTier} follows that order.
 */
public record Result(
        String format,
        String instance,
        String instanceDigest,
        String mode,
        String scope,
        String engine,
        String status,
        String statusDetail,
        Options options,
        List<List<String>> tiers,
        Objective objective,
        Map<String, ScopeValues> scopes,
        List<Assignment> assignments,
        List<Contribution> contributions,
        List<Support> support,
        List<Unmet> unmet,
        List<CorporationUse> corporations,
        List<Yearly> yearly,
        LevyBlock levy,
        double solveSeconds) {

    public static final String FORMAT = "solidarity-result/2";
    /** The first version's tag: such a file is refused with a request to solve again. */
    public static final String FORMAT_V1 = "solidarity-result/1";

    public Result withLevy(LevyBlock levyBlock) {
        return new Result(format, instance, instanceDigest, mode, scope, engine, status, statusDetail, options, tiers,
                objective, scopes, assignments, contributions, support, unmet, corporations, yearly, levyBlock, solveSeconds);
    }

    /** What the run was asked: time limit, threads, seed, and the program's version. */
    public record Options(double seconds, int threads, long seed, String version) {
    }

    public record Objective(List<Double> unmetByTier, double weightedUnmet, double supportNeed,
                            ContributionVolume contributionVolume, double localUnmet, double movedUnits, Fairness fairness) {
    }

    public record ContributionVolume(double regional, double provincial, double national) {
    }

    /** The fairness level: its name and value (see docs/model.md). */
    public record Fairness(String name, double value) {
    }

    /** The tier values and supportNeed of one scope, in total and per region (every region of the instance). */
    public record ScopeValues(List<Double> unmetByTier, double weightedUnmet, double supportNeed,
                              Map<String, RegionValues> regions) {
    }

    public record RegionValues(List<Double> unmetByTier, double supportNeed) {
    }

    public record Assignment(String task, String corporation, double units) {
    }

    /** Money a corporation pays into a region's solidarity fund over the agreement period. */
    public record Contribution(String corporation, String region, double amount, String level) {
    }

    /** Money a corporation receives from a region's solidarity fund over the agreement period. */
    public record Support(String region, String corporation, double amount) {
    }

    public record Unmet(String task, double units, double supportNeed, boolean npa) {
    }

    public record BaselineBreach(String norm, int year, double slack) {
    }

    public record CorporationUse(String id, Double headroom, String bindingNorm, Integer bindingYear,
                                 List<BaselineBreach> baselineBreaches, double used, double gives, double receives) {
    }

    /** Homes planned (the instance's tasks) and realised per calendar year of completion and NPA task type. */
    public record Yearly(int year, String type, double planned, double realised) {
    }
}
