package nl.solidarity.engine.optaplanner.domain;

/** Cents drawn on a support slot (positive, the support itself) or covered by it (negative, a realised project's cost). */
public record Claim(SupportSlot slot, long cents) {
}
