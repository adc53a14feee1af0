package nl.solidarity.model;

/**
 * A solution of an {@link AllocationModel}: {@code share[j]} is the fraction of work variable j's
 * task that its corporation carries out (homes = share · units); {@code contribution[k]} the euros
 * paid into a fund over the agreement period on contribution variable k, {@code support[i]} the
 * euros received from a fund on support variable i.
 */
public record Allocation(double[] share, double[] contribution, double[] support) {

    /** Nothing carried out, nothing paid: feasible for every model by the baseline rule. */
    public static Allocation empty(AllocationModel model) {
        return new Allocation(new double[model.work().size()], new double[model.contributions().size()],
                new double[model.supports().size()]);
    }
}
