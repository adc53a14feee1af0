package nl.solidarity.domain;

/** A corporation's own norms; a null field keeps the instance-wide value. */
public record NormOverride(Double icrMin, Double ltvMax, Double temporaryIcrMin, Double temporaryLtvMax, NormMode mode) {
}
