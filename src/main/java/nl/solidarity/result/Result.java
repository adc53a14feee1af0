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
        Explanations explanations,
        LevyBlock levy,
        double solveSeconds) {

    public static final String FORMAT = "solidarity-result/2";
    /** The first version's tag: such a file is refused with a request to solve again. */
    public static final String FORMAT_V1 = "solidarity-result/1";

    public Result withLevy(LevyBlock levyBlock) {
        return new Result(format, instance, instanceDigest, mode, scope, engine, status, statusDetail, options, tiers,
                objective, scopes, assignments, contributions, support, unmet, corporations, yearly, explanations, levyBlock,
                solveSeconds);
    }

    public Result withExplanations(Explanations stated) {
        return new Result(format, instance, instanceDigest, mode, scope, engine, status, statusDetail, options, tiers,
                objective, scopes, assignments, contributions, support, unmet, corporations, yearly, stated, levy, solveSeconds);
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

    /**
     * Why tasks stay unrealised or move, and which rows bind (docs/explanations.md): one entry per
     * unrealised task and per moved assignment, and one per corporation with a binding row.
     */
    public record Explanations(List<TaskExplanation> tasks, List<CorporationExplanation> corporations) {
    }

    /**
     * {@code kind} is {@code unrealised} or {@code moved}; {@code corporation} the one that carries out a
     * moved task (null for unrealised); {@code reason} a code of the closed list, with the facts its
     * predicate names: {@code subject} the corporation it is about, {@code norm}/{@code year} a row of
     * it, {@code region}/{@code tier} where its room went, {@code competitor} a realised task,
     * {@code scope} the scope that would allow help. Fields a reason does not use are null.
     */
    public record TaskExplanation(String task, String kind, String corporation, double units, String reason, String subject,
                                  String norm, Integer year, String region, Integer tier, String competitor, String scope,
                                  String sentence) {
    }

    /** A corporation's rows within EUR 100 of their floor, and the marginal value of its room (units mode). */
    public record CorporationExplanation(String id, List<BindingRow> bindingRows, Marginal marginal) {
    }

    public record BindingRow(String norm, int year, double slack, double floor) {
    }

    /**
     * At the margin, one more EUR 1 m received by the corporation (in P equal instalments) realises
     * {@code homesPerMillion} weighted homes of tier {@code tier} (1-based), in {@code regions}.
     */
    public record Marginal(int tier, double homesPerMillion, List<String> regions, String sentence) {
    }
}
