package nl.solidarity.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    static final Set<String> TOP_FIELDS = Set.of("format", "name", "baseYear", "agreementYears", "horizonYears",
            "indexation", "norms", "priorities", "levy", "regions", "corporations", "tasks");
    private static final Set<String> NORM_FIELDS = Set.of("icrMin", "ltvMax", "mode");
    private static final Set<String> LEVY_FIELDS = Set.of("capShare", "creditFactor", "years");
    private static final Set<String> REGION_FIELDS = Set.of("id", "name", "province");
    private static final Set<String> CORPORATION_FIELDS = Set.of("id", "name", "regions", "homes", "wozValue",
            "finance", "headroom", "operatingCashFlow", "norms");
    private static final Set<String> FINANCE_FIELDS = Set.of("policyValue", "debt", "operatingCashFlow",
            "interestRate", "continuityCost");
    private static final Set<String> TASK_FIELDS = Set.of("id", "type", "region", "owner", "units", "year",
            "unitCost", "unitValue", "unitCashFlow", "npa");

    private final List<Problem> problems = new ArrayList<>();

    private InstanceValidator() {
    }

    /** The instance, or the problems (one per rule broken) when there is at least one. */
    static Result validate(JsonNode root) {
        InstanceValidator validator = new InstanceValidator();
        Instance instance = validator.instance(root);
        return new Result(validator.problems.isEmpty() ? instance : null, List.copyOf(validator.problems));
    }

    record Result(Instance instance, List<Problem> problems) {
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
            problem("format", "is required (\"" + Instance.FORMAT + "\")");
        } else if (!Instance.FORMAT.equals(format.isTextual() ? format.textValue() : null)) {
            problem("format", "must be exactly \"" + Instance.FORMAT + "\", not " + format);
        }
        String name = requiredText(top, "", "name");
        Integer baseYear = wholeNumber(top, "", "baseYear", true, Integer.MIN_VALUE, Integer.MAX_VALUE);
        Integer agreementYears = wholeNumberOr(top, "", "agreementYears", 10, 1, 30);
        Integer horizonYears = wholeNumber(top, "", "horizonYears", false, 1, 50);
        if (horizonYears == null && top.get("horizonYears") == null) {
            horizonYears = 15;
        }
        if (horizonYears != null && agreementYears != null && horizonYears < agreementYears) {
            problem("horizonYears", horizonYears + " is shorter than agreementYears " + agreementYears
                    + "; the horizon must cover the agreement period");
            horizonYears = null;
        }
        Double indexation = rangedNumberOr(top, "", "indexation", 0.02, -0.05, 0.10);
        Norms norms = norms(top);
        Priorities priorities = priorities(top);
        LevySettings levy = levy(top, agreementYears);

        List<Region> regions = regions(top);
        Set<String> regionIds = new HashSet<>();
        regions.forEach(r -> regionIds.add(r.id()));
        List<Corporation> corporations = corporations(top, regionIds, horizonYears);
        Map<String, Corporation> corporationsById = new HashMap<>();
        corporations.forEach(c -> corporationsById.putIfAbsent(c.id(), c));
        List<Task> tasks = tasks(top, regionIds, corporationsById, baseYear, agreementYears);

        if (!problems.isEmpty()) {
            return null;
        }
        return new Instance(name, baseYear, agreementYears, horizonYears, indexation, norms, priorities, Targets.NONE, levy,
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
        Double icrMin = number(node, path, "icrMin", false);
        if (icrMin != null && !(icrMin > 0 && icrMin <= 10)) {
            problem(JsonPaths.field(path, "icrMin"), "must be a number above 0 and at most 10, not " + format(icrMin));
        }
        Double ltvMax = number(node, path, "ltvMax", false);
        if (ltvMax != null && !(ltvMax > 0 && ltvMax <= 2)) {
            problem(JsonPaths.field(path, "ltvMax"), "must be a number above 0 and at most 2, not " + format(ltvMax));
        }
        NormMode mode = null;
        String modeText = optionalText(node, path, "mode");
        if (modeText != null) {
            if (modeText.equals("dpm") || modeText.equals("strict")) {
                mode = NormMode.fromJson(modeText);
            } else {
                problem(JsonPaths.field(path, "mode"), "must be \"dpm\" or \"strict\", not \"" + modeText + "\"");
            }
        }
        return new NormOverride(icrMin, ltvMax, null, null, mode);
    }

    private Priorities priorities(ObjectNode top) {
        Map<TaskType, Double> priorities = new EnumMap<>(TaskType.class);
        ObjectNode node = object(top, "", "priorities");
        if (node == null) {
            return Priorities.DEFAULT;
        }
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            String path = JsonPaths.field("priorities", key);
            TaskType type = taskType(key);
            if (type == null) {
                problem(path, "unknown task type; use one of " + taskTypeList());
                continue;
            }
            Double weight = number(node, "priorities", key, false);
            if (weight != null) {
                if (weight > 0 && Double.isFinite(weight)) {
                    priorities.put(type, weight);
                } else {
                    problem(path, "must be a finite number > 0, not " + format(weight));
                }
            }
        }
        return Priorities.singleTier(priorities);
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
            Integer homes = wholeNumber(node, path, "homes", false, 0, Integer.MAX_VALUE);
            Double wozValue = money(node, path, "wozValue", false);
            boolean hasFinance = !isAbsent(node.get("finance"));
            boolean hasHeadroom = !isAbsent(node.get("headroom"));
            if (hasFinance && hasHeadroom) {
                problem(path, "has both 'finance' and 'headroom'; give exactly one");
            } else if (!hasFinance && !hasHeadroom) {
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
            problem(listPath, "is required: the woondeal regions the corporation is active in");
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
                problem(elementPath, "unknown region '" + element.textValue() + "'");
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
            problem(path, "is required: one amount in base-year prices or an array of horizonYears amounts");
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
                    problem(JsonPaths.field(path, "type"), "unknown task type '" + typeText + "'; use one of "
                            + taskTypeList());
                }
            }
            String region = requiredText(node, path, "region");
            if (region != null && !regionIds.contains(region)) {
                problem(JsonPaths.field(path, "region"), "unknown region '" + region + "'");
                region = null;
            }
            Integer units = wholeNumber(node, path, "units", true, 1, Integer.MAX_VALUE);
            Integer year = taskYear(node, path, baseYear, agreementYears);
            Double unitCost = money(node, path, "unitCost", true);
            Double unitValue = finiteNumberOr(node, path, "unitValue", 0.0);
            Double unitCashFlow = finiteNumberOr(node, path, "unitCashFlow", 0.0);
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
        Integer year = wholeNumber(node, path, "year", true, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (year == null || baseYear == null || agreementYears == null) {
            return year;
        }
        int first = baseYear + 1;
        int last = baseYear + agreementYears;
        if (year < first || year > last) {
            problem(JsonPaths.field(path, "year"), year + " is outside the agreement period " + first + "-" + last);
            return null;
        }
        return year;
    }

    /** The owner carries the task out, so it must exist and be active in the task's region. */
    private void checkOwner(String path, String owner, TaskType type, String region, Boolean npa,
            Map<String, Corporation> corporations) {
        String ownerPath = JsonPaths.field(path, "owner");
        if (owner == null) {
            if (type != null && type.isSustainability()) {
                problem(ownerPath, "is required for task type " + type + ": the work is in the owner's own homes");
            } else if (Boolean.FALSE.equals(npa)) {
                problem(ownerPath, "is required for a task with npa: false (a local ambition only its owner carries out)");
            }
            return;
        }
        Corporation corporation = corporations.get(owner);
        if (corporation == null) {
            problem(ownerPath, "unknown corporation '" + owner + "'");
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

    private void rejectUnknown(ObjectNode node, String path, Set<String> known) {
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!known.contains(key)) {
                problem(JsonPaths.field(path, key), "unknown field");
            }
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
            problem(key, "is required");
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
            problem(JsonPaths.field(path, key), "is required");
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
                problem(JsonPaths.field(path, key), "is required");
            }
            return null;
        }
        if (!value.isNumber()) {
            problem(JsonPaths.field(path, key), "must be a number" + got(value));
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

    private Double finiteNumberOr(ObjectNode node, String path, String key, double fallback) {
        if (isAbsent(node.get(key))) {
            return fallback;
        }
        Double number = number(node, path, key, true);
        if (number != null && !Double.isFinite(number)) {
            problem(JsonPaths.field(path, key), "must be a finite number");
            return null;
        }
        return number;
    }

    private Double money(ObjectNode node, String path, String key, boolean required) {
        JsonNode value = node.get(key);
        if (isAbsent(value)) {
            if (required) {
                problem(JsonPaths.field(path, key), "is required");
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
        if (!(Double.isFinite(amount) && amount >= 0)) {
            problem(path, "must be a finite number >= 0");
            return null;
        }
        return amount;
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
