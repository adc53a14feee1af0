package nl.solidarity.engine.optaplanner.domain;

/** One decision's effect on the norm rows of one member, in cents per row. */
public record Load(Member member, long[] cents) {
}
