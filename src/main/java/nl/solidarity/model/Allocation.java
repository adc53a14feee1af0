package nl.solidarity.model;

/**
 * A solution of an {@link AllocationModel}: {@code share[j]} is the fraction of work variable j's
 * task that its corporation carries out (homes = share · units), {@code transfer[k]} the euros
 * over the agreement period on pair k.
 */
public record Allocation(double[] share, double[] transfer) {
}
