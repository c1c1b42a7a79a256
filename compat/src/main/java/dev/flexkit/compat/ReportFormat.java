package dev.flexkit.compat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The formats the gate writes its findings in, each to a file or to stdout. */
enum ReportFormat {
    TEXT(CompatReport::summary),
    MARKDOWN(CompatReport::markdown),
    JSON(JsonReport::render),
    JUNIT(JunitReport::render),
    GITHUB(GithubReport::render);

    private final Function<CompatResult, String> renderer;

    ReportFormat(Function<CompatResult, String> renderer) {
        this.renderer = renderer;
    }

    String render(CompatResult result) {
        return renderer.apply(result);
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * A format and where it goes.
     *
     * @param format the format
     * @param file the file, or null for stdout
     */
    record Output(ReportFormat format, Path file) {

        /**
         * @param option {@code json} or {@code json=compat/target/compat.json}
         * @return the output it names
         * @throws IllegalArgumentException for an unknown format
         */
        static Output parse(String option) {
            int equals = option.indexOf('=');
            String name = equals < 0 ? option : option.substring(0, equals);
            Path file = equals < 0 || equals == option.length() - 1 ? null : Path.of(option.substring(equals + 1));
            ReportFormat format = Arrays.stream(values())
                    .filter(candidate -> candidate.id().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown format '" + name + "' (known: "
                            + Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", ")) + ")"));
            return new Output(format, file);
        }
    }
}
