package dev.flexkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContractIsValidTest {

    @ParameterizedTest
    @ValueSource(strings = {FlexContract.FLEX_API, FlexContract.SANDBOX_CONTROL})
    void swaggerParserReportsNoErrorsAndNoWarnings(String resource) {
        SwaggerParseResult result = ContractFiles.parse(resource);

        assertThat(result.getMessages())
                .as("swagger-parser messages for %s", resource)
                .isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.0.3");
        assertThat(result.getOpenAPI().getPaths()).isNotEmpty();
    }
}
