package nl.solidarity.projection;

/**
 * Investment room: the most a corporation can spend, h/P a year over the agreement period, with
 * every row still enforced. {@code amount} is null when no row falls with spending (unbounded);
 * the binding row is then null too.
 */
public record Headroom(Double amount, Norm bindingNorm, Integer bindingYear) {
}
