package nl.solidarity.cli;

import nl.solidarity.domain.Instance;
import nl.solidarity.io.InvalidInputException;
import nl.solidarity.levy.LevyBase;
import nl.solidarity.levy.LevyOptions;
import picocli.CommandLine.Option;

/** The levy options of {@code levy} and {@code solve --levy}; unset ones come from the instance's levy block. */
public final class LevyOptionsMixin {
    @Option(names = "--cap", paramLabel = "X", description = "Levy cap per corporation as a share of its yearly operating cash flow, 0–1 (0.01 = 1%%). Default: the instance's levy.capShare.")
    Double cap;

    @Option(names = "--credit-factor", paramLabel = "K", description = "Share of what a corporation paid into the solidarity funds, less what it received from them, credited against its levy, 0–1. Default: the instance's levy.creditFactor.")
    Double creditFactor;

    @Option(names = "--years", paramLabel = "N", description = "Levy years: the first N years of the agreement period. Default: the instance's levy.years, else the whole period.")
    Integer years;

    @Option(names = "--base", paramLabel = "KEY", description = "cashflow (policy letter 2023) or btiv2015 (half homes, half WOZ value). Default: cashflow.")
    LevyBase base;

    boolean anySet() {
        return cap != null || creditFactor != null || years != null || base != null;
    }

    LevyOptions resolve(Instance instance) throws InvalidInputException {
        return LevyOptions.resolve(instance, cap, creditFactor, years, base);
    }
}
