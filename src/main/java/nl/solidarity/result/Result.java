package nl.solidarity.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A result file (result.md), field for field in the order it is written. Money in euros (cents),
 * homes to 1e-6. {@code statusDetail} says why a result is FEASIBLE rather than OPTIMAL.
 */
public record Result(
        String format,
        String instance,
        String mode,
        String scope,
        String engine,
        String status,
        @JsonInclude(JsonInclude.Include.NON_NULL) String statusDetail,
        Objective objective,
        Map<String, ScopeOptimum> scopes,
        List<Assignment> assignments,
        List<Transfer> transfers,
        List<Unmet> unmet,
        List<CorporationUse> corporations,
        LevyBlock levy,
        double solveSeconds) {

    public static final String FORMAT = "solidarity-result/1";

    public Result withLevy(LevyBlock levyBlock) {
        return new Result(format, instance, mode, scope, engine, status, statusDetail, objective, scopes,
                assignments, transfers, unmet, corporations, levyBlock, solveSeconds);
    }

    public record Objective(double weightedUnmet, double supportNeed, TransferVolume transferVolume,
                            double localUnmet, double movedUnits, double largestShareOfRoomUsed) {
    }

    public record TransferVolume(double regional, double provincial, double national) {
    }

    public record ScopeOptimum(double weightedUnmet, double supportNeed) {
    }

    public record Assignment(String task, String corporation, double units) {
    }

    public record Transfer(String from, String to, double amount, String level) {
    }

    public record Unmet(String task, double units, double supportNeed, boolean npa) {
    }

    public record BaselineBreach(String norm, int year, double slack) {
    }

    public record CorporationUse(String id, Double headroom, String bindingNorm, Integer bindingYear,
                                 List<BaselineBreach> baselineBreaches, double used) {
    }
}
