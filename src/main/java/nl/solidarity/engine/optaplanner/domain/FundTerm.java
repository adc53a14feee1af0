package nl.solidarity.engine.optaplanner.domain;

/** Money into a fund (positive, a contribution) or out of it (negative, a support). */
public interface FundTerm {
    Fund fund();

    long signedCents();
}
