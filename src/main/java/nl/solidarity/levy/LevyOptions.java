package nl.solidarity.levy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.io.InvalidInputException;

/**
 * The levy parameters of one computation: the cap per corporation as a share of its yearly
 * operating cash flow, the credit factor for voluntary solidarity, the number of levy years Y
 * (the first Y years of the agreement period) and the key.
 */
public record LevyOptions(double capShare, double creditFactor, int years, LevyBase base) {

    /** The instance's own {@code levy} block, with the whole agreement period when it names no years. */
    public static LevyOptions of(Instance instance) {
        return new LevyOptions(instance.levy().capShare(), instance.levy().creditFactor(),
                instance.levy().yearsOr(instance.agreementYears()), LevyBase.CASHFLOW);
    }

    /**
     * The instance's levy block with the command-line overrides (each null when not given), checked:
     * one line per problem naming the option.
     */
    public static LevyOptions resolve(Instance instance, Double cap, Double creditFactor, Integer years, LevyBase base)
            throws InvalidInputException {
        LevyOptions defaults = of(instance);
        LevyOptions options = new LevyOptions(
                cap != null ? cap : defaults.capShare(),
                creditFactor != null ? creditFactor : defaults.creditFactor(),
                years != null ? years : defaults.years(),
                base != null ? base : defaults.base());
        List<String> problems = new ArrayList<>();
        if (!(options.capShare() >= 0 && options.capShare() <= 1)) {
            problems.add("--cap: must be a share between 0 and 1 (0.01 is 1%), got " + format(options.capShare()));
        }
        if (!(options.creditFactor() >= 0 && options.creditFactor() <= 1)) {
            problems.add("--credit-factor: must be between 0 and 1, got " + format(options.creditFactor()));
        }
        if (options.years() < 1 || options.years() > instance.agreementYears()) {
            problems.add("--years: must be between 1 and the agreement period of " + instance.agreementYears()
                    + " years, got " + options.years());
        }
        problems.addAll(options.keyProblems(instance));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return options;
    }

    /**
     * The 2015 key needs the number of homes and the WOZ value of every corporation that can pay
     * (has a cash-flow base); a key with a guessed value would shift the levy onto the others.
     */
    public List<String> keyProblems(Instance instance) {
        List<String> problems = new ArrayList<>();
        if (base != LevyBase.BTIV2015) {
            return problems;
        }
        for (Corporation c : instance.corporations()) {
            if (c.levyBaseCashFlow() == null) {
                continue;
            }
            if (c.homes() == null || c.homes() <= 0) {
                problems.add("--base btiv2015: corporation " + c.id() + " has no 'homes' (needed for the 2015 key: half by homes)");
            }
            if (c.wozValue() == null || !(c.wozValue() > 0)) {
                problems.add("--base btiv2015: corporation " + c.id() + " has no 'wozValue' (needed for the 2015 key: half by WOZ value)");
            }
        }
        return problems;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%s", value);
    }
}
