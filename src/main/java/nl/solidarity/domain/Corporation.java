package nl.solidarity.domain;

import java.util.List;

/**
 * A housing corporation. Exactly one of {@code finance} and {@code headroom} is non-null;
 * {@code operatingCashFlow} is only used with {@code headroom} (the levy base).
 */
public record Corporation(
        String id,
        String name,
        List<String> regions,
        Integer homes,
        Double wozValue,
        Finance finance,
        Double headroom,
        Double operatingCashFlow,
        NormOverride norms) {

    public Corporation {
        regions = List.copyOf(regions);
    }

    public boolean hasFinance() {
        return finance != null;
    }

    /** The base-year operating cash flow that the levy is based on, or null when there is none. */
    public Double levyBaseCashFlow() {
        return finance != null ? Double.valueOf(finance.operatingCashFlow()) : operatingCashFlow;
    }
}
