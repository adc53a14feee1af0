package nl.solidarity.engine.optaplanner.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Why a constraint matched: the rule, what it is about (a corporation, a fund, a lock, a project),
 * and the amount it was penalised by in the rule's own unit.
 */
public record Justification(String rule, String subject, long amount, String unit) implements ConstraintJustification {
    @Override
    public String toString() {
        return rule + ": " + subject + " " + amount + " " + unit;
    }
}
