package nl.solidarity.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import nl.solidarity.domain.ContinuityCost;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Finance;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.LevySettings;
import nl.solidarity.domain.NormOverride;
import nl.solidarity.domain.Norms;
import nl.solidarity.domain.Priorities;
import nl.solidarity.domain.Targets;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;

/**
 * Draws a synthetic instance around the published sector figures ({@link SectorFigures}). Every
 * random draw comes from one {@link SplittableRandom} seeded in the constructor, in a fixed order,
 * so the same settings give the same instance.
 *
 * <p>Task volumes follow the national agreements per home of stock: a region of s homes gets
 * target·scale·s/2.3m homes of each task type, new build further weighted by the region's building
 * pressure (normalised so the national total stays the target). Totals are apportioned with the
 * largest-remainder method, so they add up exactly.
 */
public final class InstanceGenerator {
    /** The last actual year: the NPA 2024 lines are counted from 2026, the first agreement year. */
    public static final int BASE_YEAR = 2025;
    public static final int AGREEMENT_YEARS = 10;
    public static final int HORIZON_YEARS = 15;
    public static final double INDEXATION = 0.02;
    /** Share of agreed new-build projects that a corporation holds in the local agreements. */
    private static final double OWNED_NEW_BUILD_SHARE = 0.7;
    /** Share of new-build projects that are social (the rest mid-rent), as 250k : 50k. */
    private static final double SOCIAL_PROJECT_SHARE = 0.8;
    /** Chosen: new build per home of stock grows with the square of the building pressure. */
    private static final double NEW_BUILD_PRESSURE_ELASTICITY = 2.0;

    private static final String[] NAME_STEMS = {"Linde", "Eiken", "Beuken", "Wilgen", "Essen", "Berken", "Hazel",
        "Vlier", "Duin", "Polder", "Kade", "Dijk", "Veld", "Beek", "Heide", "Brink", "Gaarde", "Akker", "Meer", "Rivier"};
    private static final String[] NAME_ENDS = {"stede", "waarde", "hof", "veste", "dreef", "gaard", "hoeve", "wijk",
        "haven", "kring", "erf", "laan"};
    private static final String[] NAME_FORMS = {"Woonstichting", "Stichting Wonen", "Wooncorporatie", "Woningstichting",
        "Woonbedrijf"};

    private final GeneratorSettings settings;
    private final SplittableRandom random;

    public InstanceGenerator(GeneratorSettings settings) {
        this.settings = settings;
        this.random = new SplittableRandom(settings.seed());
    }

    /** A corporation while it is drawn: where its homes are, and its draws. */
    private static final class Draft {
        final int index;
        final String primaryRegion;
        final Map<String, Double> homesByRegion = new LinkedHashMap<>();
        boolean stressed;
        boolean statesHeadroom;

        Draft(int index, String primaryRegion) {
            this.index = index;
            this.primaryRegion = primaryRegion;
        }

        String id() {
            return String.format(Locale.ROOT, "c%03d", index + 1);
        }

        double homes() {
            return homesByRegion.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    public Instance generate() {
        List<RegionCatalogue.Entry> entries = RegionCatalogue.select(settings.regions(), settings.provinces(), settings.firstProvince());
        List<Draft> drafts = placeCorporations(entries);
        spreadOverRegions(drafts, entries);
        markSpecialCorporations(drafts);
        List<Corporation> corporations = drawCorporations(drafts, entries);
        List<Task> tasks = drawTasks(drafts, entries);
        List<Region> regions = entries.stream().map(e -> new Region(e.id(), e.name(), e.province())).toList();
        Targets targets = settings.npaTargets()
                ? new Targets(Map.of(TaskType.NEW_BUILD_SOCIAL, SectorFigures.NPA_NEW_BUILD_SOCIAL,
                        TaskType.NEW_BUILD_MIDDLE, SectorFigures.NPA_NEW_BUILD_MIDDLE))
                : Targets.NONE;
        LevySettings levy = new LevySettings(LevySettings.DEFAULT.capShare(), settings.creditFactor(), null);
        return new Instance(settings.name(), BASE_YEAR, AGREEMENT_YEARS, HORIZON_YEARS, INDEXATION,
                Norms.DEFAULT.with(new NormOverride(null, null, null, null, settings.normMode())),
                Priorities.DEFAULT, targets, levy, regions, corporations, tasks);
    }

    /** Every region gets at least one corporation (two where there are enough), the rest by stock. */
    private List<Draft> placeCorporations(List<RegionCatalogue.Entry> entries) {
        int regions = entries.size();
        int minimum = settings.corporations() >= 2 * regions ? 2 : 1;
        double[] weights = entries.stream().mapToDouble(RegionCatalogue.Entry::stockWeight).toArray();
        int[] extra = Apportion.largestRemainder(settings.corporations() - (long) minimum * regions, weights);
        double stockWeight = entries.stream().mapToDouble(RegionCatalogue.Entry::stockWeight).sum();
        List<Draft> drafts = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            RegionCatalogue.Entry entry = entries.get(r);
            int count = minimum + extra[r];
            List<Draft> here = new ArrayList<>();
            double[] sizes = new double[count];
            for (int i = 0; i < count; i++) {
                here.add(new Draft(drafts.size() + i, entry.id()));
                // Corporation sizes are very skewed: a lognormal with sigma 1 gives a few large
                // city corporations next to many small village ones.
                sizes[i] = logNormal(settings.sizeSpread());
            }
            double regionHomes = settings.homes() * entry.stockWeight() / stockWeight;
            int[] homes = Apportion.largestRemainder(Math.round(regionHomes), sizes);
            for (int i = 0; i < count; i++) {
                here.get(i).homesByRegion.put(entry.id(), (double) Math.max(homes[i], 50));
            }
            drafts.addAll(here);
        }
        return drafts;
    }

    /**
     * Some corporations are active in one or two further regions (most often in the same
     * province) and hold a quarter of their homes in each of them.
     */
    private void spreadOverRegions(List<Draft> drafts, List<RegionCatalogue.Entry> entries) {
        if (entries.size() < 2) {
            return;
        }
        Map<String, String> provinceOf = new LinkedHashMap<>();
        entries.forEach(e -> provinceOf.put(e.id(), e.province()));
        for (int index : pick(drafts.size(), (int) Math.round(settings.multiRegionShare() * drafts.size()))) {
            Draft draft = drafts.get(index);
            int further = 1 + (random.nextDouble() < 0.3 ? 1 : 0);
            for (int k = 0; k < further; k++) {
                String province = provinceOf.get(draft.primaryRegion);
                List<String> candidates = new ArrayList<>();
                boolean sameProvince = random.nextDouble() < 0.75;
                for (RegionCatalogue.Entry e : entries) {
                    if (!draft.homesByRegion.containsKey(e.id()) && (!sameProvince || e.province().equals(province))) {
                        candidates.add(e.id());
                    }
                }
                if (candidates.isEmpty()) {
                    continue;
                }
                String region = candidates.get(random.nextInt(candidates.size()));
                double primary = draft.homesByRegion.get(draft.primaryRegion);
                double moved = Math.floor(primary * 0.25);
                draft.homesByRegion.put(draft.primaryRegion, primary - moved);
                draft.homesByRegion.put(region, moved);
            }
        }
    }

    private void markSpecialCorporations(List<Draft> drafts) {
        List<Integer> order = pick(drafts.size(), drafts.size());
        int stressed = (int) Math.round(settings.stressedShare() * drafts.size());
        int headroom = (int) Math.round(settings.headroomShare() * drafts.size());
        for (int i = 0; i < order.size(); i++) {
            Draft draft = drafts.get(order.get(i));
            draft.stressed = i < stressed;
            draft.statesHeadroom = i >= stressed && i < stressed + headroom;
        }
    }

    private List<Corporation> drawCorporations(List<Draft> drafts, List<RegionCatalogue.Entry> entries) {
        // Debt per home varies (lognormal, sigma debtSpread); stressed corporations carry a multiple (2),
        // and corporations in regions under building pressure more than those in shrinking
        // regions (they have built more in the past), so room and task do not lie in the same
        // places. The finance corporations' debt is scaled so that debt per home matches the sector's.
        Map<String, Double> pressureOf = new LinkedHashMap<>();
        entries.forEach(e -> pressureOf.put(e.id(), e.pressure()));
        double[] debtWeights = new double[drafts.size()];
        double financeHomes = 0;
        double weightedHomes = 0;
        for (Draft draft : drafts) {
            debtWeights[draft.index] = logNormal(settings.debtSpread()) * (draft.stressed ? settings.stressedDebtFactor() : 1.0)
                    * Math.pow(pressureOf.get(draft.primaryRegion), settings.pressureTilt());
            if (!draft.statesHeadroom) {
                financeHomes += draft.homes();
                weightedHomes += draft.homes() * debtWeights[draft.index];
            }
        }
        // Cash flow after interest per home is thinner where the pressure is high (a younger,
        // costlier stock); scaled so that the sector's average stays EUR 1,200 per home.
        double[] cashWeights = new double[drafts.size()];
        double allHomes = 0;
        double cashWeightedHomes = 0;
        for (Draft draft : drafts) {
            // A stressed corporation also earns less: 0.8 of the usual per doubling of its debt factor.
            cashWeights[draft.index] = logNormal(0.2) * (draft.stressed ? Math.pow(0.8, settings.stressedDebtFactor() - 1) : 1.0)
                    * Math.pow(pressureOf.get(draft.primaryRegion), -settings.pressureTilt());
            allHomes += draft.homes();
            cashWeightedHomes += draft.homes() * cashWeights[draft.index];
        }
        double cashPerWeightedHome = SectorFigures.CASH_FLOW_AFTER_INTEREST_PER_HOME * allHomes / cashWeightedHomes;
        double debtPerWeightedHome = weightedHomes > 0
                ? SectorFigures.DEBT / SectorFigures.HOMES * financeHomes / weightedHomes : 0;
        Map<String, String> shortNames = new LinkedHashMap<>();
        entries.forEach(e -> shortNames.put(e.id(), e.name().replaceFirst("^Woondeal (Regio |Metropoolregio )?", "")));
        List<Corporation> corporations = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Draft draft : drafts) {
            double homes = draft.homes();
            double debt = Math.round(homes * debtPerWeightedHome * debtWeights[draft.index]);
            double rate = Math.round(clamp(SectorFigures.INTEREST_RATE + 0.004 * random.nextGaussian(), 0.015, 0.05) * 1e4) / 1e4;
            double afterInterest = homes * cashPerWeightedHome * cashWeights[draft.index];
            // O0 is before interest: add the interest on the base-year debt back.
            double operating = Math.round(afterInterest + rate * debt);
            double policyValue = Math.round(homes * settings.policyValuePerHome() * logNormal(0.15));
            double continuity = Math.round(homes * settings.continuityCostPerHome() * logNormal(0.2));
            double statedHeadroom = Math.round(homes * 20_000 * logNormal(0.5) / 1000) * 1000.0;
            String name = uniqueName(names, shortNames.get(draft.primaryRegion));
            corporations.add(draft.statesHeadroom
                    ? new Corporation(draft.id(), name, List.copyOf(draft.homesByRegion.keySet()), (int) homes, null,
                            null, statedHeadroom, operating, null)
                    : new Corporation(draft.id(), name, List.copyOf(draft.homesByRegion.keySet()), (int) homes, null,
                            new Finance(policyValue, debt, operating, rate, ContinuityCost.indexed(continuity)),
                            null, null, null));
        }
        return corporations;
    }

    private String uniqueName(Set<String> taken, String place) {
        for (int attempt = 0; ; attempt++) {
            String stem = NAME_STEMS[random.nextInt(NAME_STEMS.length)] + NAME_ENDS[random.nextInt(NAME_ENDS.length)];
            String form = NAME_FORMS[random.nextInt(NAME_FORMS.length)];
            String name = attempt < 5 ? form + " " + stem + " " + place : form + " " + stem + " " + place + " " + attempt;
            if (taken.add(name)) {
                return name;
            }
        }
    }

    private List<Task> drawTasks(List<Draft> drafts, List<RegionCatalogue.Entry> entries) {
        double totalHomes = drafts.stream().mapToDouble(Draft::homes).sum();
        double perHome = settings.scale() * totalHomes / SectorFigures.HOMES;
        Map<String, List<Draft>> active = new LinkedHashMap<>();
        entries.forEach(e -> active.put(e.id(), new ArrayList<>()));
        drafts.forEach(d -> d.homesByRegion.keySet().forEach(r -> active.get(r).add(d)));

        // New build: per region by stock times building pressure, each year's NPA line over that year's projects.
        double[] pressureWeights = new double[entries.size()];
        for (int r = 0; r < entries.size(); r++) {
            String id = entries.get(r).id();
            double stock = active.get(id).stream().mapToDouble(d -> d.homesByRegion.get(id)).sum();
            pressureWeights[r] = stock * Math.pow(entries.get(r).pressure(), NEW_BUILD_PRESSURE_ELASTICITY) * logNormal(0.1);
        }
        int socialProjects = settings.newBuildPerRegion() == 0 ? 0
                : Math.max(1, (int) Math.round(settings.newBuildPerRegion() * SOCIAL_PROJECT_SHARE));
        int middleProjects = settings.newBuildPerRegion() - socialProjects;
        List<Task> tasks = new ArrayList<>();
        addNewBuild(tasks, entries, active, pressureWeights, TaskType.NEW_BUILD_SOCIAL, socialProjects,
                SectorFigures.NPA_NEW_BUILD_SOCIAL, perHome);
        addNewBuild(tasks, entries, active, pressureWeights, TaskType.NEW_BUILD_MIDDLE, middleProjects,
                SectorFigures.NPA_NEW_BUILD_MIDDLE, perHome);

        // Sustainability: in each corporation's own stock, in proportion to its homes in the region.
        List<String[]> pairs = new ArrayList<>();
        List<Double> pairHomes = new ArrayList<>();
        for (RegionCatalogue.Entry entry : entries) {
            for (Draft d : active.get(entry.id())) {
                pairs.add(new String[] {entry.id(), d.id()});
                pairHomes.add(d.homesByRegion.get(entry.id()));
            }
        }
        int firstYear = Math.max(BASE_YEAR + 1, SectorFigures.SUSTAINABILITY_FIRST_YEAR);
        int lastYear = Math.min(BASE_YEAR + AGREEMENT_YEARS, SectorFigures.SUSTAINABILITY_LAST_YEAR);
        int years = lastYear - firstYear + 1;
        for (TaskType type : List.of(TaskType.INSULATION, TaskType.GAS_FREE)) {
            double target = type == TaskType.INSULATION ? SectorFigures.INSULATION_2026_2034
                    : SectorFigures.NPA_GAS_FREE_2034 - SectorFigures.GAS_FREE_DONE_2025;
            double[] weights = new double[pairs.size()];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = pairHomes.get(i) * logNormal(0.35);
            }
            int[] units = Apportion.largestRemainder(Math.round(target * perHome), weights);
            // Each corporation's work in a region completes in one year; taken in random order, a
            // task goes to the year that has the least so far, so the years are about even.
            int[] yearOf = new int[units.length];
            long[] planned = new long[years];
            for (int i : pick(units.length, units.length)) {
                int best = 0;
                for (int y = 1; y < years; y++) {
                    if (planned[y] < planned[best]) {
                        best = y;
                    }
                }
                yearOf[i] = firstYear + best;
                planned[best] += units[i];
            }
            for (int i = 0; i < units.length; i++) {
                double cost = type == TaskType.INSULATION
                        ? SectorFigures.INSULATION_COST * logNormal(0.15)
                        : SectorFigures.GAS_FREE_COST_LOW + random.nextDouble() * (SectorFigures.GAS_FREE_COST_HIGH - SectorFigures.GAS_FREE_COST_LOW);
                if (units[i] > 0) {
                    tasks.add(new Task(taskId(tasks.size()), type, pairs.get(i)[0], pairs.get(i)[1], units[i], yearOf[i],
                            nominal(cost, yearOf[i]), 0.0, 0.0, true));
                }
            }
        }
        return tasks;
    }

    /** An agreed or local new-build project while it is drawn. */
    private static final class Project {
        final int region;
        final boolean local;
        final double weight;
        final List<Integer> years = new ArrayList<>();
        long units;

        Project(int region, boolean local, double weight) {
            this.region = region;
            this.local = local;
            this.weight = weight;
        }
    }

    /**
     * New-build projects of one type. The agreed projects are dealt round the years of the NPA
     * line in turn, so each year has projects in several regions; each year's homes (the line
     * times the share of the stock) are apportioned over that year's projects by their region's
     * weight. With fewer projects than years, a project takes a block of consecutive years and
     * completes in the last of them.
     */
    private void addNewBuild(List<Task> tasks, List<RegionCatalogue.Entry> entries, Map<String, List<Draft>> active,
            double[] regionWeights, TaskType type, int perRegion, Map<Integer, Double> line, double perHome) {
        if (perRegion == 0) {
            return;
        }
        List<Integer> lineYears = line.keySet().stream()
                .filter(y -> y > BASE_YEAR && y <= BASE_YEAR + AGREEMENT_YEARS).toList();
        List<Project> projects = new ArrayList<>();
        List<Project> agreed = new ArrayList<>();
        for (int r = 0; r < entries.size(); r++) {
            boolean[] local = new boolean[perRegion];
            int agreedHere = 0;
            for (int i = 0; i < perRegion; i++) {
                local[i] = random.nextDouble() < settings.localShare();
                agreedHere += local[i] ? 0 : 1;
            }
            for (int i = 0; i < perRegion; i++) {
                Project project = new Project(r, local[i],
                        local[i] ? 0 : regionWeights[r] / agreedHere * (0.5 + random.nextDouble()));
                projects.add(project);
                if (!local[i]) {
                    agreed.add(project);
                }
            }
        }
        int n = agreed.size();
        int count = lineYears.size();
        for (int y = 0; y < count && n > 0; y++) {
            List<Project> those = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                boolean takes = n >= count ? k % count == y : (long) y * n / count == k;
                if (takes) {
                    those.add(agreed.get(k));
                }
            }
            int year = lineYears.get(y);
            double[] weights = those.stream().mapToDouble(p -> p.weight).toArray();
            int[] split = Apportion.largestRemainder(Math.round(line.get(year) * perHome), weights);
            for (int k = 0; k < those.size(); k++) {
                those.get(k).years.add(year);
                those.get(k).units += split[k];
            }
        }
        long total = agreed.stream().mapToLong(p -> p.units).sum();
        boolean social = type == TaskType.NEW_BUILD_SOCIAL;
        for (Project project : projects) {
            RegionCatalogue.Entry entry = entries.get(project.region);
            List<Draft> here = active.get(entry.id());
            double averageProject = n > 0 ? (double) total / n : 30;
            int year = project.local
                    ? BASE_YEAR + Math.min(AGREEMENT_YEARS, 3 + random.nextInt(Math.max(1, AGREEMENT_YEARS - 2)))
                    : project.years.isEmpty() ? BASE_YEAR + AGREEMENT_YEARS : project.years.get(project.years.size() - 1);
            long units = project.local ? Math.max(1, Math.round(averageProject * (0.3 + 0.4 * random.nextDouble()))) : project.units;
            String owner = project.local || random.nextDouble() < OWNED_NEW_BUILD_SHARE ? ownerByHomes(here, entry.id()) : null;
            double costFactor = 0.9 + 0.1 * entry.pressure();
            double cost = (social ? SectorFigures.NEW_BUILD_COST : SectorFigures.NEW_BUILD_MIDDLE_COST) * costFactor * logNormal(0.08);
            double value = (social ? SectorFigures.NEW_BUILD_SOCIAL_VALUE : SectorFigures.NEW_BUILD_MIDDLE_VALUE) * logNormal(0.1);
            double cashFlow = (social ? SectorFigures.NEW_BUILD_SOCIAL_CASH_FLOW : SectorFigures.NEW_BUILD_MIDDLE_CASH_FLOW) * logNormal(0.1);
            if (units > 0) {
                tasks.add(new Task(taskId(tasks.size()), type, entry.id(), owner, (int) units, year,
                        nominal(cost, year), nominal(value, year), nominal(cashFlow, year), !project.local));
            }
        }
    }

    /** An owner drawn in proportion to the homes each corporation has in the region. */
    private String ownerByHomes(List<Draft> here, String region) {
        double total = here.stream().mapToDouble(d -> d.homesByRegion.get(region)).sum();
        double point = random.nextDouble() * total;
        for (Draft d : here) {
            point -= d.homesByRegion.get(region);
            if (point < 0) {
                return d.id();
            }
        }
        return here.get(here.size() - 1).id();
    }

    /** A base-year amount in the nominal euros of the given calendar year, rounded to whole euros. */
    private static double nominal(double baseYearAmount, int year) {
        return Math.round(baseYearAmount * Math.pow(1 + INDEXATION, year - BASE_YEAR));
    }

    private static String taskId(int index) {
        return String.format(Locale.ROOT, "t%04d", index + 1);
    }

    /** {@code count} distinct indices out of 0..n-1, in random order (partial Fisher–Yates). */
    private List<Integer> pick(int n, int count) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < Math.min(count, n); i++) {
            int j = i + random.nextInt(n - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
            chosen.add(order[i]);
        }
        return chosen;
    }

    /** A lognormal factor with mean 1: exp(sigma·z − sigma²/2). */
    private double logNormal(double sigma) {
        return Math.exp(sigma * random.nextGaussian() - sigma * sigma / 2);
    }

    private static double clamp(double x, double low, double high) {
        return Math.max(low, Math.min(high, x));
    }
}
