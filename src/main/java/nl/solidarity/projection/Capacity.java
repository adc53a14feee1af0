package nl.solidarity.projection;

import java.util.List;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;

/** What {@code capacity} reports of one corporation: its headroom, binding row and baseline breaches. */
public record Capacity(String id, String name, Headroom headroom, List<Breach> baselineBreaches) {

    public static List<Capacity> of(Instance instance) {
        return instance.corporations().stream().map(c -> of(instance, c)).toList();
    }

    public static Capacity of(Instance instance, Corporation corporation) {
        CorporationRows rows = Projection.rowsOf(instance, corporation);
        return new Capacity(corporation.id(), corporation.name(), rows.headroom(), rows.baselineBreaches());
    }
}
