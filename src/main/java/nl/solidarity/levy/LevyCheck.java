package nl.solidarity.levy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.solidarity.domain.Instance;
import nl.solidarity.result.LevyBlock;
import nl.solidarity.result.Result;

/**
 * Re-checks a result's levy block by computing it again from the result's own allocation with the
 * parameters the block states. Numbers agree as the spec README defines it: within 1e-6 relative,
 * or EUR 1 absolute (the rates: 1e-9 absolute, levy.md finds them to 1e-9). That the norms hold
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
            if (!agree(e.units(), s.units(), 1e-3)) {
                violations.add(where + ".units: the result says " + s.units() + ", recomputed " + e.units());
            }
            money(violations, where + ".amount", e.amount(), s.amount());
        }
        supported.keySet().forEach(id -> violations.add("levy.supported[" + id + "]: not supported when recomputed"));
        return violations;
    }

    private static void money(List<String> violations, String field, double expected, double stated) {
        if (!agree(expected, stated, 1.0)) {
            violations.add(field + ": the result says " + stated + ", recomputed " + expected);
        }
    }

    private static void rate(List<String> violations, String field, double expected, double stated) {
        if (!agree(expected, stated, 1e-9)) {
            violations.add(field + ": the result says " + stated + ", recomputed " + expected);
        }
    }

    /** Agreement (spec README): within 1e-6 relative or the absolute tolerance, whichever is larger. */
    static boolean agree(double expected, double actual, double absolute) {
        return Math.abs(expected - actual) <= Math.max(absolute, 1e-6 * Math.max(Math.abs(expected), Math.abs(actual)));
    }
}
