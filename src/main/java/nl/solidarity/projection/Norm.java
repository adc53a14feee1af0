package nl.solidarity.projection;

/** The norm a row measures. Declaration order is the tie-break order within one year. */
public enum Norm {
    ICR, LTV, HEADROOM
}
