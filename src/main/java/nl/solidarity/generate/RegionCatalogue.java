package nl.solidarity.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The 12 provinces and 35 plausible woondeal regions, each with a share of the corporation stock
 * and a building pressure (new-build task per home of stock, relative to the national average).
 * The shares and pressures are chosen, not published: the Randstad and the big-city regions build
 * more than their stock, the shrinking regions at the borders less.
 */
public final class RegionCatalogue {
    private RegionCatalogue() {
    }

    /** A catalogue region: id, display name, province, stock weight and building pressure. */
    public record Entry(String id, String name, String province, double stockWeight, double pressure) {
    }

    public static final List<String> PROVINCES = List.of(
            "Zuid-Holland", "Noord-Holland", "Noord-Brabant", "Gelderland", "Utrecht", "Overijssel",
            "Limburg", "Groningen", "Friesland", "Drenthe", "Flevoland", "Zeeland");

    public static final List<Entry> REGIONS = List.of(
            new Entry("rotterdam", "Woondeal Regio Rotterdam", "Zuid-Holland", 5.5, 1.2),
            new Entry("haaglanden", "Woondeal Haaglanden", "Zuid-Holland", 4.8, 1.4),
            new Entry("holland-rijnland", "Woondeal Holland Rijnland", "Zuid-Holland", 2.4, 1.2),
            new Entry("drechtsteden", "Woondeal Drechtsteden", "Zuid-Holland", 1.8, 0.8),
            new Entry("midden-holland", "Woondeal Midden-Holland", "Zuid-Holland", 1.2, 1.0),
            new Entry("amsterdam", "Woondeal Metropoolregio Amsterdam", "Noord-Holland", 7.5, 1.5),
            new Entry("zaanstreek-waterland", "Woondeal Zaanstreek-Waterland", "Noord-Holland", 1.6, 1.2),
            new Entry("haarlem-ijmond", "Woondeal Zuid-Kennemerland en IJmond", "Noord-Holland", 2.2, 1.1),
            new Entry("gooi-vechtstreek", "Woondeal Gooi en Vechtstreek", "Noord-Holland", 1.2, 1.1),
            new Entry("noord-holland-noord", "Woondeal Noord-Holland Noord", "Noord-Holland", 2.6, 0.8),
            new Entry("eindhoven", "Woondeal Metropoolregio Eindhoven", "Noord-Brabant", 3.6, 1.3),
            new Entry("hart-van-brabant", "Woondeal Hart van Brabant", "Noord-Brabant", 2.2, 1.0),
            new Entry("noordoost-brabant", "Woondeal Noordoost-Brabant", "Noord-Brabant", 2.6, 0.9),
            new Entry("west-brabant", "Woondeal West-Brabant", "Noord-Brabant", 3.0, 0.8),
            new Entry("arnhem-nijmegen", "Woondeal Arnhem-Nijmegen", "Gelderland", 4.2, 1.2),
            new Entry("foodvalley", "Woondeal Regio Foodvalley", "Gelderland", 1.7, 1.1),
            new Entry("stedendriehoek", "Woondeal Cleantech Regio", "Gelderland", 2.1, 0.8),
            new Entry("achterhoek", "Woondeal Achterhoek", "Gelderland", 1.5, 0.5),
            new Entry("utrecht", "Woondeal Regio Utrecht", "Utrecht", 4.6, 1.5),
            new Entry("amersfoort", "Woondeal Regio Amersfoort", "Utrecht", 1.7, 1.3),
            new Entry("zwolle", "Woondeal Regio Zwolle", "Overijssel", 2.0, 1.1),
            new Entry("twente", "Woondeal Twente", "Overijssel", 3.4, 0.7),
            new Entry("salland", "Woondeal Salland", "Overijssel", 1.0, 0.7),
            new Entry("zuid-limburg", "Woondeal Zuid-Limburg", "Limburg", 3.1, 0.4),
            new Entry("midden-limburg", "Woondeal Midden-Limburg", "Limburg", 1.1, 0.6),
            new Entry("noord-limburg", "Woondeal Noord-Limburg", "Limburg", 1.3, 0.7),
            new Entry("groningen", "Woondeal Regio Groningen", "Groningen", 2.6, 1.0),
            new Entry("oost-groningen", "Woondeal Oost-Groningen", "Groningen", 1.1, 0.4),
            new Entry("fryslan-west", "Woondeal Fryslân West", "Friesland", 1.5, 0.7),
            new Entry("fryslan-oost", "Woondeal Fryslân Oost", "Friesland", 1.5, 0.6),
            new Entry("drenthe-noord", "Woondeal Drenthe Noord", "Drenthe", 1.2, 0.7),
            new Entry("drenthe-zuid", "Woondeal Drenthe Zuid", "Drenthe", 1.2, 0.5),
            new Entry("almere", "Woondeal Almere", "Flevoland", 1.4, 1.6),
            new Entry("lelystad-noordoostpolder", "Woondeal Lelystad en Noordoostpolder", "Flevoland", 0.8, 0.9),
            new Entry("zeeland", "Woondeal Zeeland", "Zeeland", 2.0, 0.5));

    /**
     * {@code count} regions over {@code provinces} provinces from {@code firstProvince} on: the catalogue's regions of
     * those provinces taken round-robin over the provinces, so every province gets one before any
     * gets a second; past the catalogue, numbered copies of those regions.
     */
    public static List<Entry> select(int count, int provinces, int firstProvince) {
        List<List<Entry>> byProvince = new ArrayList<>();
        for (int p = 0; p < provinces; p++) {
            String province = PROVINCES.get((firstProvince + p) % PROVINCES.size());
            byProvince.add(REGIONS.stream().filter(e -> e.province().equals(province)).toList());
        }
        List<Entry> catalogue = new ArrayList<>();
        int longest = byProvince.stream().mapToInt(List::size).max().orElse(0);
        for (int round = 0; round < longest; round++) {
            for (List<Entry> regions : byProvince) {
                if (round < regions.size()) {
                    catalogue.add(regions.get(round));
                }
            }
        }
        List<Entry> chosen = new ArrayList<>();
        for (int i = 0; chosen.size() < count; i++) {
            Entry model = catalogue.get(i % catalogue.size());
            int copy = i / catalogue.size();
            chosen.add(copy == 0 ? model : new Entry(model.id() + "-" + (copy + 1), model.name() + " " + (copy + 1),
                    model.province(), model.stockWeight(), model.pressure()));
        }
        return chosen;
    }
}
