package nl.solidarity.engine.optaplanner.domain;

/**
 * One decision's effect on one member's rows: {@code workCents} per row (a realised project; null
 * for money) and {@code netCents}, money paid out (positive, a contribution) or received
 * (negative, a support).
 */
public record Load(Member member, long[] workCents, long netCents) {
}
