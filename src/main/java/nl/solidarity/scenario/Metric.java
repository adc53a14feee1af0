package nl.solidarity.scenario;

import java.util.Optional;
import nl.solidarity.domain.TaskType;

/**
 * One line of the comparison. The order here is the order of the table; a new figure (the levy's,
 * for instance) is one constant here and one line in {@link RunSummary#of}.
 */
public enum Metric {
    REALISED_NEW_BUILD_SOCIAL("realised.NEW_BUILD_SOCIAL", "realised social new build", Unit.HOMES),
    REALISED_NEW_BUILD_MIDDLE("realised.NEW_BUILD_MIDDLE", "realised mid-rent new build", Unit.HOMES),
    REALISED_GAS_FREE("realised.GAS_FREE", "realised natural-gas free", Unit.HOMES),
    REALISED_INSULATION("realised.INSULATION", "realised insulation", Unit.HOMES),
    WEIGHTED_UNMET_REGION("weightedUnmet.region", "weightedUnmet, scope region", Unit.WEIGHTED),
    SUPPORT_NEED_REGION("supportNeed.region", "supportNeed, scope region", Unit.MONEY),
    WEIGHTED_UNMET_PROVINCE("weightedUnmet.province", "weightedUnmet, scope province", Unit.WEIGHTED),
    SUPPORT_NEED_PROVINCE("supportNeed.province", "supportNeed, scope province", Unit.MONEY),
    WEIGHTED_UNMET_NATIONAL("weightedUnmet.national", "weightedUnmet, scope national", Unit.WEIGHTED),
    SUPPORT_NEED_NATIONAL("supportNeed.national", "supportNeed, scope national", Unit.MONEY),
    TRANSFERS_REGIONAL("transfers.regional", "transfers regional", Unit.MONEY),
    TRANSFERS_PROVINCIAL("transfers.provincial", "transfers provincial", Unit.MONEY),
    TRANSFERS_NATIONAL("transfers.national", "transfers national", Unit.MONEY),
    CORPORATIONS_SHORT("corporations.short", "corporations short", Unit.COUNT),
    CORPORATIONS_IN_BREACH("corporations.baselineBreach", "  of which in baseline breach", Unit.COUNT),
    LEVY_NEED("levy.need", "levy need", Unit.MONEY),
    LEVY_RAISED("levy.raised", "levy raised", Unit.MONEY),
    LEVY_RATE("levy.rate", "levy rate", Unit.RATE),
    LEVY_UNCOVERED("levy.uncovered", "levy uncovered", Unit.MONEY);

    /** How a value is shown: homes, weighted homes, euros (shown in millions), a count, a rate. */
    public enum Unit { HOMES, WEIGHTED, MONEY, COUNT, RATE }

    /** The level-1 and level-2 metric of one scope. */
    public record ScopePair(Metric weightedUnmet, Metric supportNeed) {
    }

    private final String key;
    private final String label;
    private final Unit unit;

    Metric(String key, String label, Unit unit) {
        this.key = key;
        this.label = label;
        this.unit = unit;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }

    public static Metric realised(TaskType type) {
        return valueOf("REALISED_" + type.name());
    }

    static Optional<ScopePair> ofScope(String scope) {
        return switch (scope) {
            case "region" -> Optional.of(new ScopePair(WEIGHTED_UNMET_REGION, SUPPORT_NEED_REGION));
            case "province" -> Optional.of(new ScopePair(WEIGHTED_UNMET_PROVINCE, SUPPORT_NEED_PROVINCE));
            case "national" -> Optional.of(new ScopePair(WEIGHTED_UNMET_NATIONAL, SUPPORT_NEED_NATIONAL));
            default -> Optional.empty();
        };
    }
}
