package nl.solidarity.engine;

/**
 * The marginal value of room in units mode, read from the duals of the LP (docs/explanations.md):
 * for corporation c (instance order), {@code homesPerMillion[c]} weighted homes of tier
 * {@code tier[c]} (0-based) that one more EUR 1 m received by c from outside, paid in P equal
 * instalments like fund support, would realise at the margin. The tier is the first tier level of
 * c's component whose optimum leaves homes unrealised; {@code tier[c]} is -1 (and the value NaN)
 * where no such level was solved or c is not in a component that has one.
 */
public record MarginalRoom(int[] tier, double[] homesPerMillion) {
}
