package nl.solidarity.scenario;

import java.util.Comparator;
import java.util.List;
import nl.solidarity.domain.TaskType;

/**
 * One line of the comparison: its key (csv and json), its label (table and markdown), its unit and
 * its place in the table. Most lines are fixed constants; the per-scope lines are made for each
 * scope, and the tier lines for each tier a run has, named by the task types in the tier (a
 * scenario that moves a type to another tier has other tiers than the base, and a tier line is
 * only compared with the same tier). A new figure is one constant or factory here and one line in
 * {@link RunSummary#of}.
 *
 * @param rank the place in the table: lines are sorted by rank, then by key
 */
public record Metric(String key, String label, Unit unit, int rank) {

    /** How a value is shown: homes, weighted homes, euros (shown in millions), a count, a rate. */
    public enum Unit { HOMES, WEIGHTED, MONEY, COUNT, RATE }

    /** Table order: by rank, then key. */
    public static final Comparator<Metric> ORDER = Comparator.comparingInt(Metric::rank).thenComparing(Metric::key);

    private static final List<String> SCOPES = List.of("region", "province", "national");

    public static final Metric CONTRIBUTIONS_REGIONAL = new Metric("contributions.regional", "contributions regional", Unit.MONEY, 4000);
    public static final Metric CONTRIBUTIONS_PROVINCIAL = new Metric("contributions.provincial", "contributions provincial", Unit.MONEY, 4001);
    public static final Metric CONTRIBUTIONS_NATIONAL = new Metric("contributions.national", "contributions national", Unit.MONEY, 4002);
    public static final Metric MOVED_UNITS = new Metric("movedUnits", "homes moved to another corporation", Unit.HOMES, 4100);
    public static final Metric CORPORATIONS_SHORT = new Metric("corporations.short", "corporations short", Unit.COUNT, 5000);
    public static final Metric CORPORATIONS_IN_BREACH = new Metric("corporations.baselineBreach", "  of which in baseline breach", Unit.COUNT, 5001);
    public static final Metric LEVY_NEED = new Metric("levy.need", "levy need", Unit.MONEY, 6000);
    public static final Metric LEVY_RAISED = new Metric("levy.raised", "levy raised", Unit.MONEY, 6001);
    public static final Metric LEVY_RATE = new Metric("levy.rate", "levy rate", Unit.RATE, 6002);
    public static final Metric LEVY_UNCOVERED = new Metric("levy.uncovered", "levy uncovered", Unit.MONEY, 6003);
    public static final Metric LEVY_CAP_NEEDED = new Metric("levy.capNeeded", "levy cap that would cover the need", Unit.RATE, 6004);
    public static final Metric LEVY_PAYERS = new Metric("levy.payers", "levy payers", Unit.COUNT, 6005);
    public static final Metric LEVY_EXEMPT_SHORT = new Metric("levy.exempt.own-region-short", "  exempt: own region short", Unit.COUNT, 6006);
    public static final Metric LEVY_LIMITED = new Metric("levy.limitedByContinuity", "  held back by their norms", Unit.COUNT, 6007);

    /** NPA homes of the type realised at the run's scope. */
    public static Metric realised(TaskType type) {
        String label = switch (type) {
            case NEW_BUILD_SOCIAL -> "realised social new build";
            case NEW_BUILD_MIDDLE -> "realised mid-rent new build";
            case GAS_FREE -> "realised natural-gas free";
            case INSULATION -> "realised insulation";
        };
        return new Metric("realised." + type.name(), label, Unit.HOMES, 1000 + type.ordinal());
    }

    /**
     * Weighted unmet homes of the tier with these types at the scope. The tier's place among the
     * run's tiers orders the line ({@code tier}, 0 innermost); the key names the types, so that the
     * line of a tier is compared only with the same tier in another run.
     */
    public static Metric tierUnmet(String scope, int tier, List<String> types) {
        String joined = String.join("+", types);
        return new Metric("unmet." + scope + "." + joined, "unmet tier " + joined + ", scope " + scope, Unit.WEIGHTED,
                2000 + 100 * scopeIndex(scope) + tier);
    }

    /** Σ of the tier values at the scope: every tier's weighted unmet homes. */
    public static Metric weightedUnmet(String scope) {
        return new Metric("weightedUnmet." + scope, "weightedUnmet, scope " + scope, Unit.WEIGHTED, 2000 + 100 * scopeIndex(scope) + 50);
    }

    /** Level 2 at the scope: what projectsteun would have to pay for the homes left unrealised. */
    public static Metric supportNeed(String scope) {
        return new Metric("supportNeed." + scope, "supportNeed, scope " + scope, Unit.MONEY, 2000 + 100 * scopeIndex(scope) + 60);
    }

    /** Whether a scope is one this comparison knows (region, province, national). */
    static boolean knownScope(String scope) {
        return SCOPES.contains(scope);
    }

    private static int scopeIndex(String scope) {
        int index = SCOPES.indexOf(scope);
        if (index < 0) {
            throw new IllegalArgumentException("unknown scope '" + scope + "'");
        }
        return index;
    }
}
