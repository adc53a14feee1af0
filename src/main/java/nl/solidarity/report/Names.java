package nl.solidarity.report;

import java.util.Locale;
import java.util.Map;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Task;

/**
 * Ids with the instance's names beside them, as the reports print them: {@code c01 (Woonstichting
 * Een)}, or the id alone when the name is the id (the instance's default) or unknown.
 */
final class Names {
    private final Map<String, Corporation> corporations;
    private final Map<String, Region> regions;
    private final Map<String, Task> tasks;

    Names(Instance instance) {
        this.corporations = instance.corporationsById();
        this.regions = instance.regionsById();
        this.tasks = instance.tasksById();
    }

    String corporation(String id) {
        Corporation c = id == null ? null : corporations.get(id);
        return labelled(id, c == null ? null : c.name());
    }

    String region(String id) {
        Region r = id == null ? null : regions.get(id);
        return labelled(id, r == null ? null : r.name());
    }

    String province(String regionId) {
        Region r = regionId == null ? null : regions.get(regionId);
        return r == null ? "" : r.province();
    }

    Task task(String id) {
        return tasks.get(id);
    }

    /** {@code id (name)}, or the id alone when the name is missing or the id itself. */
    static String labelled(String id, String name) {
        if (id == null) {
            return "";
        }
        return name == null || name.isBlank() || name.equals(id) ? id : id + " (" + name + ")";
    }

    /** A share as a percentage with at most three decimals and no trailing zeros: 0.01 → 1%, 0.0346667 → 3.467%. */
    static String percent(double share) {
        String text = String.format(Locale.ROOT, "%.3f", 100.0 * share);
        text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
        return ("-0".equals(text) ? "0" : text) + "%";
    }
}
