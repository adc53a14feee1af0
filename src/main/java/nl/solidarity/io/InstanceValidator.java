package nl.solidarity.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.solidarity.domain.ContinuityCost;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Finance;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.LevySettings;
import nl.solidarity.domain.NormMode;
import nl.solidarity.domain.NormOverride;
import nl.solidarity.domain.Norms;
import nl.solidarity.domain.Priorities;
import nl.solidarity.domain.Targets;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;

/**
 * The one set of instance rules. Reads a JSON tree (from a JSON file, or built from a CSV folder),
 * collects every problem in one pass, and builds the {@link Instance} with defaults filled in
 * only when there are none.
 */
final class InstanceValidator {
    // Lists, not sets: their order is the order of "did you mean" on a tie, which must not vary between runs.
    static final List<String> TOP_FIELDS = List.of("format", "name", "baseYear", "agreementYears", "horizonYears",
            "indexation", "norms", "priorities", "targets", "levy", "regions", "corporations", "tasks");
    private static final List<String> NORM_FIELDS = List.of("icrMin", "ltvMax", "temporaryIcrMin", "temporaryLtvMax",
            "mode");
    private static final List<String> LEVY_FIELDS = List.of("capShare", "creditFactor", "years");
    private static final List<String> REGION_FIELDS = List.of("id", "name", "province");
    private static final List<String> CORPORATION_FIELDS = List.of("id", "name", "regions", "homes", "wozValue",
            "finance", "headroom", "operatingCashFlow", "norms");
    private static final List<String> FINANCE_FIELDS = List.of("policyValue", "debt", "operatingCashFlow",
            "interestRate", "continuityCost");
    private static final List<String> TASK_FIELDS = List.of("id", "type", "region", "owner", "units", "year",
            "unitCost", "unitValue", "unitCashFlow", "npa");

    /** Calendar years an instance may speak of: {@code baseYear} and the years of {@code targets}. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;
    /** Upper bound of every money field, in euros; {@code unitValue}/{@code unitCashFlow} may go as low as its negative. */
    static final double MAX_MONEY = 1e12;
    /** Upper bound of {@code units} x {@code unitCost} of one task, in euros. */
    static final double MAX_TASK_INVESTMENT = 1e13;
    static final int MAX_UNITS = 1_000_000;
    static final int MAX_HOMES = 10_000_000;
    static final double MAX_TARGET = 1e7;
    static final double MAX_WEIGHT = 1e6;

    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> notes = new ArrayList<>();
    /** The paths of absent known fields that an unknown field was taken for (a typo): their absence is already told. */
    private final Set<String> misspelt = new HashSet<>();
    /** The first task (its path) that uses each task type, for the rule that every used type is in a tier. */
    private final Map<TaskType, String> firstUse = new EnumMap<>(TaskType.class);

    private InstanceValidator() {
    }

    /**
     * The instance and its notes, or the problems (one per rule broken) when there is at least one.
     * Notes tell the user about a default that changed meaning since the first version of the
     * format; they are given only with a valid instance.
     */
    static Result validate(JsonNode root) {
        InstanceValidator validator = new InstanceValidator();
        Instance instance = validator.instance(root);
        boolean valid = validator.problems.isEmpty();
        return new Result(valid ? instance : null, List.copyOf(validator.problems),
                valid ? List.copyOf(validator.notes) : List.of());
    }

    record Result(Instance instance, List<Problem> problems, List<Problem> notes) {
    }

    private Instance instance(JsonNode root) {
        if (!root.isObject()) {
            problem("", "an instance must be a JSON object");
            return null;
        }
        ObjectNode top = (ObjectNode) root;
        rejectUnknown(top, "", TOP_FIELDS);
        JsonNode format = top.get("format");
        if (isAbsent(format)) {
            missing("format", "is required (\"" + Instance.FORMAT + "\")");
        } else if (!Instance.FORMAT.equals(format.isTextual() ? format.textValue() : null)) {
            problem("format", "must be exactly \"" + Instance.FORMAT + "\", not " + format);
        }
        String name = requiredText(top, "", "name");
        Integer baseYear = wholeNumber(top, "", "baseYear", true, FIRST_YEAR, LAST_YEAR);
        Integer agreementYears = wholeNumberOr(top, "", "agreementYears", 10, 1, 30);
        Integer horizonYears = wholeNumberOr(top, "", "horizonYears", 15, 1, 50);
        if (horizonYears != null && agreementYears != null && horizonYears < agreementYears) {
            problem("horizonYears", horizonYears + " is shorter than agreementYears " + agreementYears
                    + "; the horizon must cover the agreement period");
            horizonYears = null;
        }
        Double indexation = rangedNumberOr(top, "", "indexation", 0.02, -0.05, 0.10);
        Norms norms = norms(top);
        Priorities priorities = priorities(top);
        Targets targets = targets(top);
        LevySettings levy = levy(top, agreementYears);

        List<Region> regions = regions(top);
        // Ordered, so that a "did you mean" on a tie is the same on every run.
        Set<String> regionIds = new LinkedHashSet<>();
        regions.forEach(r -> regionIds.add(r.id()));
        List<Corporation> corporations = corporations(top, regionIds, horizonYears);
        Map<String, Corporation> corporationsById = new LinkedHashMap<>();
        corporations.forEach(c -> corporationsById.putIfAbsent(c.id(), c));
        List<Task> tasks = tasks(top, regionIds, corporationsById, baseYear, agreementYears);
        checkEveryUsedTypeHasATier(priorities);

        if (!problems.isEmpty()) {
            return null;
        }
        return new Instance(name, baseYear, agreementYears, horizonYears, indexation, norms, priorities, targets, levy,
                regions, corporations, tasks);
    }

    private Norms norms(ObjectNode top) {
        ObjectNode node = object(top, "", "norms");
        if (node == null) {
            return Norms.DEFAULT;
        }
        NormOverride set = normFields(node, "norms");
        return Norms.DEFAULT.with(set);
    }

    /** The norm fields an object sets; used for the instance norms and a corporation's override. */
    private NormOverride normFields(ObjectNode node, String path) {
        rejectUnknown(node, path, NORM_FIELDS);
        // A temporary threshold stricter than its norm is allowed and kept as given: the projection
        // uses the looser of the two (Norms.yearlyIcrMin / yearlyLtvMax).
        Double icrMin = positiveUpTo(node, path, "icrMin", 10);
        Double ltvMax = positiveUpTo(node, path, "ltvMax", 2);
        Double temporaryIcrMin = positiveUpTo(node, path, "temporaryIcrMin", 10);
        Double temporaryLtvMax = positiveUpTo(node, path, "temporaryLtvMax", 2);
        NormMode mode = null;
        String modeText = optionalText(node, path, "mode");
        if (modeText != null) {
            if (modeText.equals("dpm") || modeText.equals("strict")) {
                mode = NormMode.fromJson(modeText);
            } else {
                problem(JsonPaths.field(path, "mode"), "must be \"dpm\" or \"strict\", not \"" + modeText + "\"");
            }
        }
        return new NormOverride(icrMin, ltvMax, temporaryIcrMin, temporaryLtvMax, mode);
    }

    /** An optional number above 0 and at most {@code max}; null when absent or out of range. */
    private Double positiveUpTo(ObjectNode node, String path, String key, double max) {
        Double value = number(node, path, key, false);
        if (value != null && !(value > 0 && value <= max)) {
            problem(JsonPaths.field(path, key), "must be a number above 0 and at most " + format(max) + ", not "
                    + format(value));
            return null;
        }
        return value;
    }

    /**
     * The priority tiers: an array of objects (tiers, innermost first), or one object (the first
     * version's form: one tier, types it leaves out keep their first-version weight). Absent: the
     * default tiers, with a note, since the first version's default was one tier.
     */
    private Priorities priorities(ObjectNode top) {
        JsonNode node = top.get("priorities");
        if (isAbsent(node)) {
            notes.add(new Problem("", "no priorities given; using the " + tierCount(Priorities.DEFAULT)
                    + " default tiers " + describe(Priorities.DEFAULT) + " (version 1 used one tier)"));
            return Priorities.DEFAULT;
        }
        if (node.isObject()) {
            int before = problems.size();
            Map<TaskType, Double> weights = tier((ObjectNode) node, "priorities", Map.of());
            return problems.size() == before ? Priorities.singleTier(weights) : null;
        }
        if (!node.isArray()) {
            problem("priorities", "must be an array of tiers (objects of weights per task type), or one object"
                    + got(node));
            return null;
        }
        if (node.isEmpty()) {
            problem("priorities", "must have at least one tier");
            return null;
        }
        List<Map<TaskType, Double>> tiers = new ArrayList<>();
        Map<TaskType, String> tierOf = new EnumMap<>(TaskType.class);
        int before = problems.size();
        for (int k = 0; k < node.size(); k++) {
            String path = JsonPaths.element("priorities", k);
            JsonNode element = node.get(k);
            if (!element.isObject()) {
                problem(path, "must be an object of weights per task type" + got(element));
                continue;
            }
            Map<TaskType, Double> weights = tier((ObjectNode) element, path, tierOf);
            if (weights.isEmpty() && noTypeNamed((ObjectNode) element)) {
                problem(path, "is an empty tier; name at least one task type in it or leave the tier out");
            }
            weights.keySet().forEach(type -> tierOf.put(type, path));
            tiers.add(weights);
        }
        return problems.size() == before ? new Priorities(tiers) : null;
    }

    /** A tier that names no type at all: {@code {}}, or only null weights. */
    private static boolean noTypeNamed(ObjectNode tier) {
        for (Iterator<Map.Entry<String, JsonNode>> it = tier.fields(); it.hasNext(); ) {
            if (!isAbsent(it.next().getValue())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The valid weights of one tier; each wrong one is reported. {@code earlier} holds the types of
     * the tiers before this one (with their tier's path), as each type belongs to one tier only.
     */
    private Map<TaskType, Double> tier(ObjectNode node, String path, Map<TaskType, String> earlier) {
        Map<TaskType, Double> weights = new EnumMap<>(TaskType.class);
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            String weightPath = JsonPaths.field(path, key);
            TaskType type = taskType(key);
            if (type == null) {
                problem(weightPath, "unknown task type" + typeSuggestion(key));
                continue;
            }
            if (earlier.containsKey(type)) {
                problem(weightPath, "task type " + type + " is already in tier " + earlier.get(type)
                        + "; a type belongs to one tier only");
                continue;
            }
            // null: absent (a type the tier does not name); not a number: reported by number().
            Double weight = number(node, path, key, false);
            if (weight != null && weight > 0 && weight <= MAX_WEIGHT) {
                weights.put(type, weight);
            } else if (weight != null) {
                problem(weightPath, "must be a number above 0 and at most 1000000, not " + format(weight));
            }
        }
        return weights;
    }

    /** Every task type that a task uses has a weight in some tier. */
    private void checkEveryUsedTypeHasATier(Priorities priorities) {
        if (priorities == null) {
            return;
        }
        firstUse.forEach((type, task) -> {
            if (priorities.tierOf(type) < 0) {
                problem("priorities", "task type " + type + " (used by " + task + ") is in no tier; add it to one");
            }
        });
    }

    private static String tierCount(Priorities priorities) {
        List<String> words = List.of("zero", "one", "two", "three", "four");
        return priorities.size() < words.size() ? words.get(priorities.size()) : Integer.toString(priorities.size());
    }

    /** The tiers as {@code [NEW_BUILD_SOCIAL] [NEW_BUILD_MIDDLE] [GAS_FREE, INSULATION]}. */
    static String describe(Priorities priorities) {
        List<String> tiers = new ArrayList<>();
        for (List<TaskType> types : priorities.typesByTier()) {
            tiers.add(types.toString());
        }
        return String.join(" ", tiers);
    }

    /**
     * The optional yearly targets: per task type an object of calendar year (a four-digit key from
     * 1900 to 2100) to homes (0 to 1e7, fractions allowed as for any reported figure).
     */
    private Targets targets(ObjectNode top) {
        ObjectNode node = object(top, "", "targets");
        if (node == null) {
            return Targets.NONE;
        }
        Map<TaskType, Map<Integer, Double>> byType = new EnumMap<>(TaskType.class);
        int before = problems.size();
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            String path = JsonPaths.field("targets", key);
            TaskType type = taskType(key);
            if (type == null) {
                problem(path, "unknown task type" + typeSuggestion(key));
                continue;
            }
            ObjectNode years = object(node, "targets", key);
            if (years == null) {
                continue; // absent (null), or not an object (reported)
            }
            Map<Integer, Double> homes = new TreeMap<>();
            for (Iterator<String> yearKeys = years.fieldNames(); yearKeys.hasNext(); ) {
                String yearKey = yearKeys.next();
                String yearPath = JsonPaths.field(path, yearKey);
                if (!yearKey.matches("[0-9]{4}") || Integer.parseInt(yearKey) < FIRST_YEAR
                        || Integer.parseInt(yearKey) > LAST_YEAR) {
                    problem(yearPath, "must be a calendar year, four digits from " + FIRST_YEAR + " to " + LAST_YEAR);
                    continue;
                }
                Double target = number(years, path, yearKey, false); // null: absent, or reported
                if (target != null && target >= 0 && target <= MAX_TARGET) {
                    homes.put(Integer.parseInt(yearKey), target);
                } else if (target != null) {
                    problem(yearPath, "must be a number of homes from 0 to 10000000, not " + format(target));
                }
            }
            byType.put(type, homes);
        }
        return problems.size() == before ? new Targets(byType) : null;
    }

    private LevySettings levy(ObjectNode top, Integer agreementYears) {
        ObjectNode node = object(top, "", "levy");
        if (node == null) {
            return LevySettings.DEFAULT;
        }
        rejectUnknown(node, "levy", LEVY_FIELDS);
        Double capShare = rangedNumberOr(node, "levy", "capShare", LevySettings.DEFAULT.capShare(), 0, 1);
        Double creditFactor = rangedNumberOr(node, "levy", "creditFactor", LevySettings.DEFAULT.creditFactor(), 0, 1);
        Integer years = wholeNumber(node, "levy", "years", false, 1, agreementYears != null ? agreementYears : 30);
        return capShare == null || creditFactor == null ? null : new LevySettings(capShare, creditFactor, years);
    }

    private List<Region> regions(ObjectNode top) {
        List<Region> regions = new ArrayList<>();
        List<ObjectNode> elements = objectArray(top, "regions", true);
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            String path = JsonPaths.element("regions", i);
            ObjectNode node = elements.get(i);
            if (node == null) {
                continue;
            }
            rejectUnknown(node, path, REGION_FIELDS);
            String id = id(node, path, seen);
            String name = optionalText(node, path, "name");
            String province = requiredText(node, path, "province");
            if (province != null && province.isBlank()) {
                problem(JsonPaths.field(path, "province"), "must not be empty");
            }
            if (id != null) {
                regions.add(new Region(id, name != null ? name : id, province));
            }
        }
        return regions;
    }

    private List<Corporation> corporations(ObjectNode top, Set<String> regionIds, Integer horizonYears) {
        List<Corporation> corporations = new ArrayList<>();
        List<ObjectNode> elements = objectArray(top, "corporations", true);
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            String path = JsonPaths.element("corporations", i);
            ObjectNode node = elements.get(i);
            if (node == null) {
                continue;
            }
            rejectUnknown(node, path, CORPORATION_FIELDS);
            String id = id(node, path, seen);
            String name = optionalText(node, path, "name");
            List<String> regions = corporationRegions(node, path, regionIds);
            Integer homes = atMost(wholeNumber(node, path, "homes", false, 0, Integer.MAX_VALUE),
                    JsonPaths.field(path, "homes"), MAX_HOMES);
            Double wozValue = money(node, path, "wozValue", false);
            boolean hasFinance = !isAbsent(node.get("finance"));
            boolean hasHeadroom = !isAbsent(node.get("headroom"));
            if (hasFinance && hasHeadroom) {
                problem(path, "has both 'finance' and 'headroom'; give exactly one");
            } else if (!hasFinance && !hasHeadroom && !misspelt.contains(JsonPaths.field(path, "finance"))
                    && !misspelt.contains(JsonPaths.field(path, "headroom"))) {
                problem(path, "has neither 'finance' nor 'headroom'; give exactly one");
            }
            Finance finance = hasFinance ? finance(node, path, horizonYears) : null;
            Double headroom = hasHeadroom ? money(node, path, "headroom", true) : null;
            Double operatingCashFlow = money(node, path, "operatingCashFlow", false);
            if (hasFinance && !hasHeadroom && operatingCashFlow != null) {
                problem(JsonPaths.field(path, "operatingCashFlow"),
                        "only for a 'headroom' corporation; with 'finance' give it as finance.operatingCashFlow");
            }
            ObjectNode normsNode = object(node, path, "norms");
            NormOverride norms = normsNode != null ? normFields(normsNode, JsonPaths.field(path, "norms")) : null;
            if (id != null) {
                corporations.add(new Corporation(id, name != null ? name : id, regions, homes, wozValue, finance,
                        headroom, operatingCashFlow, norms));
            }
        }
        return corporations;
    }

    private List<String> corporationRegions(ObjectNode node, String path, Set<String> regionIds) {
        String listPath = JsonPaths.field(path, "regions");
        JsonNode list = node.get("regions");
        List<String> regions = new ArrayList<>();
        if (isAbsent(list)) {
            missing(listPath, "is required: the woondeal regions the corporation is active in");
            return regions;
        }
        if (!list.isArray()) {
            problem(listPath, "must be an array of region ids" + got(list));
            return regions;
        }
        if (list.isEmpty()) {
            problem(listPath, "must name at least one region");
        }
        for (int j = 0; j < list.size(); j++) {
            JsonNode element = list.get(j);
            String elementPath = JsonPaths.element(listPath, j);
            if (!element.isTextual()) {
                problem(elementPath, "must be a region id (a string)" + got(element));
            } else if (!regionIds.contains(element.textValue())) {
                problem(elementPath, "unknown region '" + element.textValue() + "'"
                        + Suggestions.didYouMean(Suggestions.closest(element.textValue(), regionIds)));
            } else if (regions.contains(element.textValue())) {
                problem(elementPath, "region '" + element.textValue() + "' is listed twice");
            } else {
                regions.add(element.textValue());
            }
        }
        return regions;
    }

    private Finance finance(ObjectNode corporation, String corporationPath, Integer horizonYears) {
        String path = JsonPaths.field(corporationPath, "finance");
        ObjectNode node = object(corporation, corporationPath, "finance");
        if (node == null) {
            return null;
        }
        rejectUnknown(node, path, FINANCE_FIELDS);
        Double policyValue = money(node, path, "policyValue", true);
        Double debt = money(node, path, "debt", true);
        Double operatingCashFlow = money(node, path, "operatingCashFlow", true);
        Double interestRate = number(node, path, "interestRate", true);
        if (interestRate != null && !(interestRate >= 0 && interestRate <= 0.20)) {
            problem(JsonPaths.field(path, "interestRate"),
                    "must be a rate between 0 and 0.20 (a fraction: 0.028 is 2.8%), not " + format(interestRate));
            interestRate = null;
        }
        ContinuityCost continuityCost = continuityCost(node, path, horizonYears);
        if (policyValue == null || debt == null || operatingCashFlow == null || interestRate == null
                || continuityCost == null) {
            return null;
        }
        return new Finance(policyValue, debt, operatingCashFlow, interestRate, continuityCost);
    }

    private ContinuityCost continuityCost(ObjectNode finance, String financePath, Integer horizonYears) {
        String path = JsonPaths.field(financePath, "continuityCost");
        JsonNode node = finance.get("continuityCost");
        if (isAbsent(node)) {
            missing(path, "is required: one amount in base-year prices or an array of horizonYears amounts");
            return null;
        }
        if (node.isArray()) {
            List<Double> amounts = new ArrayList<>();
            boolean allValid = true;
            for (int j = 0; j < node.size(); j++) {
                Double amount = checkMoney(node.get(j), JsonPaths.element(path, j));
                allValid &= amount != null;
                amounts.add(amount);
            }
            if (horizonYears != null && node.size() != horizonYears) {
                problem(path, "has " + node.size() + " amounts but must have exactly horizonYears = " + horizonYears);
                return null;
            }
            return allValid ? ContinuityCost.nominal(amounts) : null;
        }
        if (!node.isNumber()) {
            problem(path, "must be a number or an array of numbers" + got(node));
            return null;
        }
        Double amount = checkMoney(node, path);
        return amount != null ? ContinuityCost.indexed(amount) : null;
    }

    private List<Task> tasks(ObjectNode top, Set<String> regionIds, Map<String, Corporation> corporations,
            Integer baseYear, Integer agreementYears) {
        List<Task> tasks = new ArrayList<>();
        List<ObjectNode> elements = objectArray(top, "tasks", false);
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            String path = JsonPaths.element("tasks", i);
            ObjectNode node = elements.get(i);
            if (node == null) {
                continue;
            }
            rejectUnknown(node, path, TASK_FIELDS);
            String id = id(node, path, seen);
            TaskType type = null;
            String typeText = requiredText(node, path, "type");
            if (typeText != null) {
                type = taskType(typeText);
                if (type == null) {
                    problem(JsonPaths.field(path, "type"), "unknown task type '" + typeText + "'" + typeSuggestion(typeText));
                } else {
                    firstUse.putIfAbsent(type, path);
                }
            }
            String region = requiredText(node, path, "region");
            if (region != null && !regionIds.contains(region)) {
                problem(JsonPaths.field(path, "region"), "unknown region '" + region + "'"
                        + Suggestions.didYouMean(Suggestions.closest(region, regionIds)));
                region = null;
            }
            Integer units = atMost(wholeNumber(node, path, "units", true, 1, Integer.MAX_VALUE),
                    JsonPaths.field(path, "units"), MAX_UNITS);
            Integer year = taskYear(node, path, baseYear, agreementYears);
            Double unitCost = money(node, path, "unitCost", true);
            if (units != null && unitCost != null && units * unitCost > MAX_TASK_INVESTMENT) {
                problem(JsonPaths.field(path, "unitCost"), "units * unitCost = " + format(units * unitCost)
                        + " euros is more than the 1e13 one task may invest");
                unitCost = null;
            }
            Double unitValue = signedMoneyOr(node, path, "unitValue");
            Double unitCashFlow = signedMoneyOr(node, path, "unitCashFlow");
            Boolean npa = booleanOr(node, path, "npa", true);
            String owner = optionalText(node, path, "owner");
            checkOwner(path, owner, type, region, npa, corporations);
            if (id != null && type != null && region != null && units != null && year != null && unitCost != null
                    && unitValue != null && unitCashFlow != null && npa != null) {
                tasks.add(new Task(id, type, region, owner, units, year, unitCost, unitValue, unitCashFlow, npa));
            }
        }
        return tasks;
    }

    private Integer taskYear(ObjectNode node, String path, Integer baseYear, Integer agreementYears) {
        // Compared as a double: a year beyond the range of an int is outside the period, never wrapped round.
        Double year = number(node, path, "year", true);
        String yearPath = JsonPaths.field(path, "year");
        if (year == null) {
            return null;
        }
        if (year != Math.rint(year) || Double.isInfinite(year)) {
            problem(yearPath, "must be a whole number, not " + format(year));
            return null;
        }
        if (baseYear == null || agreementYears == null) {
            return year >= FIRST_YEAR && year <= LAST_YEAR + 30 ? year.intValue() : null;
        }
        int first = baseYear + 1;
        int last = baseYear + agreementYears;
        if (year < first || year > last) {
            problem(yearPath, format(year) + " is outside the agreement period " + first + "-" + last);
            return null;
        }
        return year.intValue();
    }

    /** The owner carries the task out, so it must exist and be active in the task's region. */
    private void checkOwner(String path, String owner, TaskType type, String region, Boolean npa,
            Map<String, Corporation> corporations) {
        String ownerPath = JsonPaths.field(path, "owner");
        if (owner == null) {
            if (type != null && type.isSustainability()) {
                missing(ownerPath, "is required for task type " + type + ": the work is in the owner's own homes");
            } else if (Boolean.FALSE.equals(npa)) {
                missing(ownerPath, "is required for a task with npa: false (a local ambition only its owner carries out)");
            }
            return;
        }
        Corporation corporation = corporations.get(owner);
        if (corporation == null) {
            problem(ownerPath, "unknown corporation '" + owner + "'"
                    + Suggestions.didYouMean(Suggestions.closest(owner, corporations.keySet())));
        } else if (region != null && !corporation.regions().contains(region)) {
            problem(ownerPath, "corporation '" + owner + "' is not active in region '" + region + "'");
        }
    }

    // ---- field readers: each reports its own problem and returns null when the value is unusable

    private String id(ObjectNode node, String path, Map<String, String> seen) {
        String id = requiredText(node, path, "id");
        if (id == null) {
            return null;
        }
        String idPath = JsonPaths.field(path, "id");
        if (id.isBlank()) {
            problem(idPath, "must not be empty");
            return null;
        }
        if (id.contains(";")) {
            // The CSV form separates lists of ids with ';'.
            problem(idPath, "must not contain ';'");
            return null;
        }
        String first = seen.putIfAbsent(id, path);
        if (first != null) {
            problem(idPath, "duplicate id '" + id + "' (also " + first + ")");
            return null;
        }
        return id;
    }

    /**
     * Each field the object may not have is one problem; when a known field that is absent is
     * close to it (a typo), the line names that field, and the field's own "is required" is not
     * told again.
     */
    private void rejectUnknown(ObjectNode node, String path, List<String> known) {
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!known.contains(key)) {
                String close = Suggestions.closest(key, known);
                if (close != null && !isAbsent(node.get(close))) {
                    close = null;
                }
                if (close != null) {
                    misspelt.add(JsonPaths.field(path, close));
                }
                problem(JsonPaths.field(path, key), "unknown field" + Suggestions.didYouMean(close));
            }
        }
    }

    /** A required field is absent; not told when an unknown field already suggested it. */
    private void missing(String path, String message) {
        if (!misspelt.contains(path)) {
            problem(path, message);
        }
    }

    private ObjectNode object(ObjectNode parent, String path, String key) {
        JsonNode node = parent.get(key);
        if (isAbsent(node)) {
            return null;
        }
        if (!node.isObject()) {
            problem(JsonPaths.field(path, key), "must be an object" + got(node));
            return null;
        }
        return (ObjectNode) node;
    }

    /** The elements of an array of objects; a null element stands for one that is not an object. */
    private List<ObjectNode> objectArray(ObjectNode parent, String key, boolean needsOne) {
        JsonNode node = parent.get(key);
        List<ObjectNode> elements = new ArrayList<>();
        if (isAbsent(node)) {
            missing(key, "is required");
            return elements;
        }
        if (!node.isArray()) {
            problem(key, "must be an array" + got(node));
            return elements;
        }
        if (needsOne && node.isEmpty()) {
            problem(key, "must have at least one element");
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(i);
            if (element.isObject()) {
                elements.add((ObjectNode) element);
            } else {
                problem(JsonPaths.element(key, i), "must be an object" + got(element));
                elements.add(null);
            }
        }
        return elements;
    }

    private String requiredText(ObjectNode node, String path, String key) {
        if (isAbsent(node.get(key))) {
            missing(JsonPaths.field(path, key), "is required");
            return null;
        }
        return optionalText(node, path, key);
    }

    private String optionalText(ObjectNode node, String path, String key) {
        JsonNode value = node.get(key);
        if (isAbsent(value)) {
            return null;
        }
        if (!value.isTextual()) {
            problem(JsonPaths.field(path, key), "must be a string" + got(value));
            return null;
        }
        return value.textValue();
    }

    private Boolean booleanOr(ObjectNode node, String path, String key, boolean fallback) {
        JsonNode value = node.get(key);
        if (isAbsent(value)) {
            return fallback;
        }
        if (!value.isBoolean()) {
            problem(JsonPaths.field(path, key), "must be true or false" + got(value));
            return null;
        }
        return value.booleanValue();
    }

    private Double number(ObjectNode node, String path, String key, boolean required) {
        JsonNode value = node.get(key);
        if (isAbsent(value)) {
            if (required) {
                missing(JsonPaths.field(path, key), "is required");
            }
            return null;
        }
        if (!value.isNumber()) {
            problem(JsonPaths.field(path, key), "must be a number" + got(value));
            return null;
        }
        if (!Double.isFinite(value.doubleValue())) {
            problem(JsonPaths.field(path, key), "is too large: " + value.toString().length()
                    + " characters, beyond the largest number the program can hold (about 1.8e308)");
            return null;
        }
        // -0.0 would make two otherwise equal instances differ (records compare doubles bitwise).
        return value.doubleValue() + 0.0;
    }

    private Double rangedNumberOr(ObjectNode node, String path, String key, double fallback, double min, double max) {
        JsonNode value = node.get(key);
        if (isAbsent(value)) {
            return fallback;
        }
        Double number = number(node, path, key, true);
        if (number != null && !(number >= min && number <= max)) {
            problem(JsonPaths.field(path, key), "must be a number between " + format(min) + " and " + format(max)
                    + ", not " + format(number));
            return null;
        }
        return number;
    }

    /** Money that may be negative (a loss): from -1e12 to 1e12 euros; absent is 0. */
    private Double signedMoneyOr(ObjectNode node, String path, String key) {
        if (isAbsent(node.get(key))) {
            return 0.0;
        }
        Double number = number(node, path, key, true);
        if (number != null && !(number >= -MAX_MONEY && number <= MAX_MONEY)) {
            problem(JsonPaths.field(path, key), "must be a finite number from -1e12 to 1e12, not " + format(number));
            return null;
        }
        return number;
    }

    private Double money(ObjectNode node, String path, String key, boolean required) {
        JsonNode value = node.get(key);
        if (isAbsent(value)) {
            if (required) {
                missing(JsonPaths.field(path, key), "is required");
            }
            return null;
        }
        return checkMoney(value, JsonPaths.field(path, key));
    }

    private Double checkMoney(JsonNode value, String path) {
        if (value == null || !value.isNumber()) {
            problem(path, "must be a finite number >= 0" + got(value));
            return null;
        }
        double amount = value.doubleValue() + 0.0;
        if (!(amount >= 0 && amount <= MAX_MONEY)) {
            problem(path, "must be a finite number >= 0 and at most 1e12, not " + format(amount));
            return null;
        }
        return amount;
    }

    /** The whole number, or null (with a problem) when it is above {@code max}. */
    private Integer atMost(Integer value, String path, int max) {
        if (value != null && value > max) {
            problem(path, "must be at most " + max + ", not " + value);
            return null;
        }
        return value;
    }

    private Integer wholeNumberOr(ObjectNode node, String path, String key, int fallback, int min, int max) {
        if (isAbsent(node.get(key))) {
            return fallback;
        }
        return wholeNumber(node, path, key, true, min, max);
    }

    private Integer wholeNumber(ObjectNode node, String path, String key, boolean required, int min, int max) {
        Double number = number(node, path, key, required);
        if (number == null) {
            return null;
        }
        String fieldPath = JsonPaths.field(path, key);
        if (number != Math.rint(number) || Double.isInfinite(number)) {
            problem(fieldPath, "must be a whole number, not " + format(number));
            return null;
        }
        if (number < min || number > max) {
            String range = max == Integer.MAX_VALUE ? (min == 0 ? ">= 0" : "> " + (min - 1))
                    : "between " + min + " and " + max;
            problem(fieldPath, "must be a whole number " + range + ", not " + format(number));
            return null;
        }
        return number.intValue();
    }

    private static boolean isAbsent(JsonNode node) {
        // A JSON null counts as leaving the field out, as generators often write optional fields that way.
        return node == null || node.isNull() || node.isMissingNode();
    }

    private static TaskType taskType(String text) {
        for (TaskType type : TaskType.values()) {
            if (type.name().equals(text)) {
                return type;
            }
        }
        return null;
    }

    private static String taskTypeList() {
        return "NEW_BUILD_SOCIAL, NEW_BUILD_MIDDLE, INSULATION, GAS_FREE";
    }

    /** {@code "; did you mean 'GAS_FREE'?"} for a close type, else the list of types. */
    private static String typeSuggestion(String text) {
        String close = Suggestions.closest(text, List.of("NEW_BUILD_SOCIAL", "NEW_BUILD_MIDDLE", "INSULATION", "GAS_FREE"));
        return close != null ? Suggestions.didYouMean(close) : "; use one of " + taskTypeList();
    }

    private static String got(JsonNode value) {
        if (value == null) {
            return "";
        }
        String shown = value.toString();
        if (shown.length() > 40) {
            shown = shown.substring(0, 37) + "...";
        }
        return ", not " + shown;
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%s", value);
    }

    private void problem(String path, String message) {
        problems.add(new Problem(path, message));
    }
}
