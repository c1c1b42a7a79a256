package dev.flexkit.compat;

import java.nio.file.Path;
import java.util.List;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/** Generates the Java client of a spec in process, the way generated/pom.xml does with the Maven plugin. */
final class ClientGenerator {

    /*
     * The generator generated/pom.xml names ("java"; the options file leaves it out), named by its class: a name
     * makes openapi-generator instantiate every generator it has (about two hundred, a second of a fresh JVM) to
     * find the one of that name. The gate's jar lists none of them (compat/pom.xml), so only this one is loaded.
     */
    private static final String GENERATOR = GateJavaClientCodegen.class.getName();

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

    /** @param generatorName the generator's name or class: the tests hold the gate's to openapi-generator's own */
    static Path generate(Path spec, GeneratorConfig config, Path outputDir, String generatorName) {
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
