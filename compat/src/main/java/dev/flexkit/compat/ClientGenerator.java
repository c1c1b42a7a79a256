package dev.flexkit.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.config.GlobalSettings;

/** Generates the Java client of a spec in process, the way generated/pom.xml does with the Maven plugin. */
final class ClientGenerator {

    /*
     * The generator generated/pom.xml names ("java"; the options file leaves it out), named by its class: a name
     * makes openapi-generator instantiate every generator it has (about two hundred, a second of a fresh JVM) to
     * find the one of that name. The gate's jar lists none of them (compat/pom.xml), so only this one is loaded.
     */
    private static final String GENERATOR = GateJavaClientCodegen.class.getName();
    private static final List<String> SWITCHES =
            List.of(CodegenConstants.APIS, CodegenConstants.MODELS, CodegenConstants.SUPPORTING_FILES);

    private ClientGenerator() {}

    /**
     * @param spec the entry file of the spec
     * @param config the project's generator options and templates
     * @param outputDir an empty folder
     * @return the root of the generated Java sources
     */
    static Path generate(Path spec, GeneratorConfig config, Path outputDir) {
        return generate(spec, config, outputDir, GENERATOR);
    }

    /**
     * Generates only some models and APIs, over the sources of the client of another version of the spec: the
     * client of the spec when only those differ (see {@link ModelSelection}).
     *
     * @param reference the client of the other version, with its sources
     * @param selection the models and the tags of the APIs to generate
     * @param spec the entry file of the spec
     * @param config the project's generator options and templates
     * @param outputDir an empty folder
     * @return the root of the Java sources: the reference's, those models and APIs written anew
     */
    static Path generateOver(
            ClientJar reference,
            ModelSelection.Selection selection,
            Path spec,
            GeneratorConfig config,
            Path outputDir) {
        Path sourceRoot = outputDir.resolve("src/main/java");
        try {
            for (Map.Entry<String, byte[]> source : reference.sources().entrySet()) {
                Path file = sourceRoot.resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, source.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the sources of a cached client into " + sourceRoot, e);
        }
        return generate(spec, config, outputDir, GENERATOR, Optional.of(selection));
    }

    /** @param generatorName the generator's name or class: the tests hold the gate's to openapi-generator's own */
    static Path generate(Path spec, GeneratorConfig config, Path outputDir, String generatorName) {
        return generate(spec, config, outputDir, generatorName, Optional.empty());
    }

    /*
     * openapi-generator's own switches: with a list of models or of APIs (by their sanitized tags) set, it
     * generates those, and no supporting file. It reads it from thread-local settings that a thread started meanwhile inherits, a pool's
     * thread for good: every run sets the switches itself rather than trust what the thread holds.
     */
    private static Path generate(
            Path spec,
            GeneratorConfig config,
            Path outputDir,
            String generatorName,
            Optional<ModelSelection.Selection> selection) {
        SWITCHES.forEach(GlobalSettings::clearProperty);
        selection.ifPresent(ClientGenerator::switchOn);
        try {
            return generateWithSettings(spec, config, outputDir, generatorName);
        } finally {
            SWITCHES.forEach(GlobalSettings::clearProperty);
        }
    }

    private static void switchOn(ModelSelection.Selection selection) {
        if (!selection.models().isEmpty()) {
            GlobalSettings.setProperty(CodegenConstants.MODELS, String.join(",", selection.models()));
        }
        if (!selection.tags().isEmpty()) {
            GateJavaClientCodegen names = new GateJavaClientCodegen();
            GlobalSettings.setProperty(
                    CodegenConstants.APIS,
                    selection.tags().stream().map(names::sanitizeTag).collect(Collectors.joining(",")));
        }
    }

    private static Path generateWithSettings(Path spec, GeneratorConfig config, Path outputDir, String generatorName) {
        CodegenConfigurator configurator =
                CodegenConfigurator.fromFile(config.optionsFile().toString());
        configurator
                .setGeneratorName(generatorName)
                .setInputSpec(spec.toAbsolutePath().toString())
                .setOutputDir(outputDir.toString())
                .setTemplateDir(config.templateDir().toString())
                .setQuiet(true);
        DefaultGenerator generator = new DefaultGenerator();
        // Only what a consumer compiles against: no tests, no docs, no generator metadata.
        for (String part : List.of(
                CodegenConstants.API_TESTS,
                CodegenConstants.MODEL_TESTS,
                CodegenConstants.API_DOCS,
                CodegenConstants.MODEL_DOCS)) {
            generator.setGeneratorPropertyDefault(part, "false");
        }
        generator.setGenerateMetadata(false);
        try {
            generator.opts(configurator.toClientOptInput()).generate();
        } catch (RuntimeException e) {
            throw new GateException("openapi-generator failed on " + spec + ": " + e.getMessage(), e);
        }
        return outputDir.resolve("src/main/java");
    }
}
