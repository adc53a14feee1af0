package nl.solidarity.engine.optaplanner.solver;

import nl.solidarity.engine.optaplanner.domain.Contributor;
import nl.solidarity.engine.optaplanner.domain.Load;
import nl.solidarity.engine.optaplanner.domain.Project;
import nl.solidarity.engine.optaplanner.domain.Transfer;
import nl.solidarity.model.TransferLevel;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * allocation.md's rows and lexicographic levels 1–7 as Bavet constraint streams, one method per
 * rule. Level 8 (fairness: the largest share of room used) is a maximum over all rows of all
 * members; it is not expressed here (see docs/optaplanner.md).
 */
public final class AllocationConstraintProvider implements ConstraintProvider {
    public static final String ROW_SHORTFALL = "rowShortfall";
    public static final String WEIGHTED_UNMET = "weightedUnmet";
    public static final String SUPPORT_NEED = "supportNeed";
    public static final String NATIONAL_TRANSFERS = "nationalTransferVolume";
    public static final String PROVINCIAL_TRANSFERS = "provincialTransferVolume";
    public static final String REGIONAL_TRANSFERS = "regionalTransferVolume";
    public static final String LOCAL_UNMET = "localUnmet";
    public static final String MOVED_UNITS = "movedUnits";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            rowShortfall(factory),
            weightedUnmet(factory),
            supportNeed(factory),
            nationalTransferVolume(factory),
            provincialTransferVolume(factory),
            regionalTransferVolume(factory),
            localUnmet(factory),
            movedUnits(factory)
        };
    }

    /** Hard: per member, the euros by which its rows fall below min(0, s0) under all loads on it. */
    Constraint rowShortfall(ConstraintFactory factory) {
        return factory.forEach(Contributor.class)
                .flattenLast(Contributor::loads)
                .groupBy(Load::member, RowShortfall.collector())
                .filter((member, euros) -> euros > 0)
                .penalizeLong(ConstraintWeights.ROW_SHORTFALL, (member, euros) -> euros)
                .asConstraint(ROW_SHORTFALL);
    }

    /** Level 1: priority · units of every unrealised NPA project. */
    Constraint weightedUnmet(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Project.class)
                .filter(p -> p.npa() && !p.realised())
                .penalizeLong(ConstraintWeights.WEIGHTED_UNMET, Project::weightMilli)
                .asConstraint(WEIGHTED_UNMET);
    }

    /** Level 2: the onrendabele top of every unrealised NPA project. */
    Constraint supportNeed(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Project.class)
                .filter(p -> p.npa() && !p.realised())
                .penalizeLong(ConstraintWeights.SUPPORT_NEED, Project::supportEuros)
                .asConstraint(SUPPORT_NEED);
    }

    /** Level 3: euros transferred between corporations that share no province. */
    Constraint nationalTransferVolume(ConstraintFactory factory) {
        return transferVolume(factory, TransferLevel.NATIONAL)
                .penalizeLong(ConstraintWeights.NATIONAL_TRANSFERS, Transfer::amountEuros)
                .asConstraint(NATIONAL_TRANSFERS);
    }

    /** Level 4: euros transferred within a province, between different regions. */
    Constraint provincialTransferVolume(ConstraintFactory factory) {
        return transferVolume(factory, TransferLevel.PROVINCIAL)
                .penalizeLong(ConstraintWeights.PROVINCIAL_TRANSFERS, Transfer::amountEuros)
                .asConstraint(PROVINCIAL_TRANSFERS);
    }

    /** Level 5: euros transferred within a region. */
    Constraint regionalTransferVolume(ConstraintFactory factory) {
        return transferVolume(factory, TransferLevel.REGIONAL)
                .penalizeLong(ConstraintWeights.REGIONAL_TRANSFERS, Transfer::amountEuros)
                .asConstraint(REGIONAL_TRANSFERS);
    }

    /** Level 6: priority · units of every unrealised local ambition. */
    Constraint localUnmet(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Project.class)
                .filter(p -> !p.npa() && !p.realised())
                .penalizeLong(ConstraintWeights.LOCAL_UNMET, Project::weightMilli)
                .asConstraint(LOCAL_UNMET);
    }

    /** Level 7: homes carried out by a corporation other than their owner. */
    Constraint movedUnits(ConstraintFactory factory) {
        return factory.forEach(Project.class)
                .filter(Project::moved)
                .penalizeLong(ConstraintWeights.MOVED_UNITS, Project::unitsMilli)
                .asConstraint(MOVED_UNITS);
    }

    private static org.optaplanner.core.api.score.stream.uni.UniConstraintStream<Transfer> transferVolume(
            ConstraintFactory factory, TransferLevel level) {
        return factory.forEach(Transfer.class).filter(t -> t.level() == level && t.amountEuros() > 0);
    }
}
