package nl.solidarity.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.NormMode;
import nl.solidarity.generate.GeneratorSettings;
import nl.solidarity.generate.InstanceGenerator;
import nl.solidarity.generate.Presets;
import nl.solidarity.io.AtomicFiles;
import nl.solidarity.io.InstanceJson;
import nl.solidarity.io.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code solidarity generate}: a synthetic instance drawn around the published sector figures. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic instance: corporations, woondeal regions and NPA tasks drawn around the "
                + "published figures of the Dutch corporation sector (docs/data.md). The same options and seed give "
                + "the same file.",
            "With --preset the settings of a shipped instance (region-20, national, ...) are used; the other options "
                + "then override them."})
public final class GenerateCommand extends SolidarityCommand {

    @Option(names = "--preset", paramLabel = "NAME", description = "Settings of a shipped instance: ${COMPLETION-CANDIDATES}.",
            completionCandidates = PresetNames.class)
    String preset;

    @Option(names = "--seed", description = "Random seed. Default: 0 (or the preset's).")
    Long seed;

    @Option(names = "--corporations", description = "Number of corporations. Default: 20 (or the preset's).")
    Integer corporations;

    @Option(names = "--regions", description = "Number of woondeal regions. Default: one per 8 corporations.")
    Integer regions;

    @Option(names = "--provinces", description = "Number of provinces (1-12). Default: one per 3 regions.")
    Integer provinces;

    @Option(names = "--scale", description = "Task volume relative to the national agreements per home of stock. Default: 1.")
    Double scale;

    @Option(names = "--norm-mode", paramLabel = "MODE", description = "dpm or strict. Default: dpm (or the preset's).")
    NormMode normMode;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the instance here instead of stdout.")
    Path out;

    static final class PresetNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Presets.ALL.keySet().iterator();
        }
    }

    @Override
    protected int execute() throws Exception {
        Path outFile = OutputPaths.reading().file("--out", out);
        GeneratorSettings settings = settings();
        if (normMode != null) {
            settings = settings.withNormMode(normMode);
        }
        Instance instance = new InstanceGenerator(settings).generate();
        String json = InstanceJson.write(instance);
        if (outFile != null) {
            AtomicFiles.write(outFile, json);
            PrintWriter err = err();
            err.printf("wrote %s: %d regions, %d corporations, %d tasks%n", out, instance.regions().size(),
                    instance.corporations().size(), instance.tasks().size());
            err.flush();
        } else {
            PrintWriter stdout = out();
            stdout.print(json);
            stdout.flush();
        }
        return ExitCode.OK;
    }

    private GeneratorSettings settings() throws InvalidInputException {
        try {
            if (preset != null) {
                GeneratorSettings base = Presets.ALL.get(preset);
                if (base == null) {
                    throw new InvalidInputException("--preset: unknown preset '" + preset + "' (known: "
                            + String.join(", ", Presets.ALL.keySet()) + ")");
                }
                if (seed == null && corporations == null && regions == null && provinces == null) {
                    return scale == null ? base : base.withScale(scale);
                }
                long s = seed != null ? seed : base.seed();
                int c = corporations != null ? corporations : base.corporations();
                int r = regions != null ? regions : base.regions();
                int p = provinces != null ? provinces : base.provinces();
                GeneratorSettings sized = base.resized(s, c, r, p).withName(GeneratorSettings.sized(s, c, r, p).name());
                return scale != null ? sized.withScale(scale) : sized;
            }
            int corps = corporations != null ? corporations : 20;
            int regs = regions != null ? regions : Math.max(1, Math.round(corps / 8f));
            int provs = provinces != null ? provinces : Math.min(12, Math.max(1, (int) Math.ceil(regs / 3.0)));
            GeneratorSettings sized = GeneratorSettings.sized(seed != null ? seed : 0, corps, regs, provs);
            return scale != null ? sized.withScale(scale) : sized;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--" + e.getMessage());
        }
    }
}
