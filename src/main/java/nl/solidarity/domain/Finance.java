package nl.solidarity.domain;

/** A corporation's financial position at the end of the base year. */
public record Finance(
        double policyValue,
        double debt,
        double operatingCashFlow,
        double interestRate,
        ContinuityCost continuityCost) {
}
