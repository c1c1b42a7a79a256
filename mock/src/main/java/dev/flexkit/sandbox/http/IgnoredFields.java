package dev.flexkit.sandbox.http;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.flexkit.contract.ContractViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Flex's API (FastAPI) ignores body fields and query parameters it does not declare. The sandbox does the same, so
 * that a request Flex would take is not refused, and tells the tester what it ignored in
 * {@value #HEADER}: {@code query.foo, body.customer.nickname}.
 *
 * @param refusals what the request breaks, without the unknown fields
 * @param ignored  the unknown fields, as dotted locations
 */
record IgnoredFields(List<ContractViolation> refusals, List<String> ignored) {

    static final String HEADER = "X-Flex-Sandbox-Ignored";
    static final IgnoredFields NONE = new IgnoredFields(List.of(), List.of());

    static IgnoredFields split(List<ContractViolation> violations) {
        List<ContractViolation> refusals = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (ContractViolation violation : violations) {
            if (violation.key().equals(ContractViolation.UNEXPECTED_QUERY_PARAMETER)) {
                ignored.add(
                        "query." + violation.field().substring(violation.field().lastIndexOf(' ') + 1));
            } else if (violation.key().equals(ContractViolation.UNEXPECTED_PROPERTIES)) {
                String at = violation.location().stream()
                        .map(String::valueOf)
                        .map(s -> s + ".")
                        .collect(Collectors.joining());
                violation.properties().forEach(property -> ignored.add("body." + at + property));
            } else {
                refusals.add(violation);
            }
        }
        return new IgnoredFields(refusals, ignored);
    }

    /** @return the response, with the header naming what was ignored when anything was */
    ResponseDefinition tell(ResponseDefinition response) {
        if (ignored.isEmpty()) {
            return response;
        }
        return ResponseDefinitionBuilder.like(response)
                .withHeader(HEADER, String.join(", ", ignored))
                .build();
    }
}
