package nl.solidarity.levy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.solidarity.domain.Agreement;
import nl.solidarity.domain.Instance;
import nl.solidarity.result.LevyBlock;
import nl.solidarity.result.Result;

/**
 * Re-checks a result's levy block by computing it again from the result's own allocation with the
 * parameters the block states, the summary included. Numbers agree within 1e-6 relative or EUR 1
 * absolute, whichever is larger (the rates, ρmax and capNeeded: 1e-9 absolute, the precision the
 * rate is found to); counts exactly (docs/levy.md). That the norms hold
 * with the levy paid is the simulation's part of {@code Verifier}.
 */
public final class LevyCheck {
    private LevyCheck() {
    }

    public static List<String> check(Instance instance, Result result) {
        List<String> violations = new ArrayList<>();
        LevyBlock stated = result.levy();
        if (stated == null) {
            return violations;
        }
        LevyBase base = LevyBase.fromJson(stated.base());
        if (base == null) {
            violations.add("levy.base: unknown base '" + stated.base() + "' (cashflow or btiv2015)");
        }
        if (!(stated.capShare() >= 0 && stated.capShare() <= 1)) {
            violations.add("levy.capShare: must be between 0 and 1, is " + stated.capShare());
        }
        if (!(stated.creditFactor() >= 0 && stated.creditFactor() <= 1)) {
            violations.add("levy.creditFactor: must be between 0 and 1, is " + stated.creditFactor());
        }
        if (stated.years() < 1 || stated.years() > instance.agreementYears()) {
            violations.add("levy.years: must be between 1 and " + instance.agreementYears() + ", is " + stated.years());
        }
        if (!violations.isEmpty()) {
            return violations;
        }
        LevyOptions options = new LevyOptions(stated.capShare(), stated.creditFactor(), stated.years(), base);
        violations.addAll(options.keyProblems(instance).stream().map(p -> "levy: " + p).toList());
        if (!violations.isEmpty()) {
            return violations;
        }
        LevyBlock expected = LevyCalculator.compute(instance, result, options);
        money(violations, "levy.need", expected.need(), stated.need());
        money(violations, "levy.raised", expected.raised(), stated.raised());
        money(violations, "levy.uncovered", expected.uncovered(), stated.uncovered());
        rate(violations, "levy.rate", expected.rate(), stated.rate());

        Map<String, LevyBlock.CorporationLevy> byId = new HashMap<>();
        stated.corporations().forEach(c -> byId.put(c.id(), c));
        double sum = 0.0;
        for (LevyBlock.CorporationLevy e : expected.corporations()) {
            LevyBlock.CorporationLevy s = byId.remove(e.id());
            String where = "levy.corporations[" + e.id() + "]";
            if (s == null) {
                violations.add(where + ": missing");
                continue;
            }
            sum += s.levy();
            money(violations, where + ".base", e.base(), s.base());
            money(violations, where + ".gross", e.gross(), s.gross());
            money(violations, where + ".credit", e.credit(), s.credit());
            money(violations, where + ".levy", e.levy(), s.levy());
            if (e.rhoMax() == null || s.rhoMax() == null) {
                if (!Objects.equals(e.rhoMax(), s.rhoMax())) {
                    violations.add(where + ".rhoMax: the result says " + s.rhoMax() + ", recomputed " + e.rhoMax());
                }
            } else {
                rate(violations, where + ".rhoMax", e.rhoMax(), s.rhoMax());
            }
            if (!Objects.equals(e.exempt(), s.exempt())) {
                violations.add(where + ".exempt: the result says " + s.exempt() + ", recomputed " + e.exempt());
            }
            if (s.levy() < 0 || s.levy() > s.gross() + 1.0) {
                violations.add(where + ".levy: " + s.levy() + " is not between 0 and its gross " + s.gross());
            }
        }
        byId.keySet().forEach(id -> violations.add("levy.corporations[" + id + "]: not a corporation of the instance"));
        money(violations, "levy.raised (the sum of the levies)", sum, stated.raised());

        Map<String, LevyBlock.SupportedTask> supported = new HashMap<>();
        stated.supported().forEach(t -> supported.put(t.task(), t));
        for (LevyBlock.SupportedTask e : expected.supported()) {
            LevyBlock.SupportedTask s = supported.remove(e.task());
            String where = "levy.supported[" + e.task() + "]";
            if (s == null) {
                violations.add(where + ": missing");
                continue;
            }
            if (!Agreement.agree(e.units(), s.units(), 1e-3)) {
                violations.add(where + ".units: the result says " + s.units() + ", recomputed " + e.units());
            }
            money(violations, where + ".amount", e.amount(), s.amount());
        }
        supported.keySet().forEach(id -> violations.add("levy.supported[" + id + "]: not supported when recomputed"));
        summary(violations, expected.summary(), stated.summary());
        return violations;
    }

    /** The summary, field by field: counts exactly, money and the cap as agreement defines. */
    private static void summary(List<String> violations, LevyBlock.Summary expected, LevyBlock.Summary stated) {
        if (stated == null) {
            violations.add("levy.summary: missing");
            return;
        }
        count(violations, "levy.summary.payers", expected.payers(), stated.payers());
        Map<String, Integer> exempt = stated.exempt() == null ? Map.of() : stated.exempt();
        for (Map.Entry<String, Integer> e : expected.exempt().entrySet()) {
            Integer s = exempt.get(e.getKey());
            if (s == null) {
                violations.add("levy.summary.exempt." + e.getKey() + ": missing");
            } else {
                count(violations, "levy.summary.exempt." + e.getKey(), e.getValue(), s);
            }
        }
        exempt.keySet().stream().filter(k -> !expected.exempt().containsKey(k))
                .forEach(k -> violations.add("levy.summary.exempt." + k + ": not an exemption reason"));
        if (stated.limitedByContinuity() == null) {
            violations.add("levy.summary.limitedByContinuity: missing");
        } else {
            count(violations, "levy.summary.limitedByContinuity.count", expected.limitedByContinuity().count(),
                    stated.limitedByContinuity().count());
            money(violations, "levy.summary.limitedByContinuity.shortfall", expected.limitedByContinuity().shortfall(),
                    stated.limitedByContinuity().shortfall());
        }
        count(violations, "levy.summary.coveredByCredit", expected.coveredByCredit(), stated.coveredByCredit());
        if (expected.capNeeded() == null || stated.capNeeded() == null) {
            if (!Objects.equals(expected.capNeeded(), stated.capNeeded())) {
                violations.add("levy.summary.capNeeded: the result says " + stated.capNeeded() + ", recomputed " + expected.capNeeded());
            }
        } else {
            rate(violations, "levy.summary.capNeeded", expected.capNeeded(), stated.capNeeded());
        }
        amounts(violations, "levy.summary.needByRegion", expected.needByRegion(), stated.needByRegion());
        amounts(violations, "levy.summary.needByProvince", expected.needByProvince(), stated.needByProvince());
    }

    private static void amounts(List<String> violations, String field, Map<String, Double> expected, Map<String, Double> stated) {
        Map<String, Double> left = new HashMap<>(stated == null ? Map.of() : stated);
        for (Map.Entry<String, Double> e : expected.entrySet()) {
            Double s = left.remove(e.getKey());
            if (s == null) {
                violations.add(field + "." + e.getKey() + ": missing (recomputed " + e.getValue() + ")");
            } else {
                money(violations, field + "." + e.getKey(), e.getValue(), s);
            }
        }
        left.keySet().stream().sorted().forEach(k -> violations.add(field + "." + k + ": no need there when recomputed"));
    }

    private static void count(List<String> violations, String field, int expected, int stated) {
        if (expected != stated) {
            violations.add(field + ": the result says " + stated + ", recomputed " + expected);
        }
    }

    private static void money(List<String> violations, String field, double expected, double stated) {
        if (!Agreement.agree(expected, stated, 1.0)) {
            violations.add(field + ": the result says " + stated + ", recomputed " + expected);
        }
    }

    private static void rate(List<String> violations, String field, double expected, double stated) {
        if (!Agreement.agree(expected, stated, 1e-9)) {
            violations.add(field + ": the result says " + stated + ", recomputed " + expected);
        }
    }
}
