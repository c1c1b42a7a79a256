package dev.flexkit.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/** Parses the packaged contract files for the tests. */
public final class ContractFiles {

    private ContractFiles() {}

    public static SwaggerParseResult parse(String resource) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(FlexContract.read(resource), null, options);
    }

    public static OpenAPI flexApi() {
        return parse(FlexContract.FLEX_API).getOpenAPI();
    }
}
