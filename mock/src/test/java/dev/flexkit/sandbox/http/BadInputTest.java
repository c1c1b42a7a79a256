package dev.flexkit.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flexkit.sandbox.FlexSandboxExtension;
import dev.flexkit.sandbox.SandboxClient;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input gets the right status and Flex's envelope, never a 500, and never changes state. */
class BadInputTest {

    @RegisterExtension
    static final FlexSandboxExtension FLEX = FlexSandboxExtension.newInstance().build();

    private final SandboxClient sandbox = new SandboxClient(FLEX);

    @BeforeEach
    void seed() throws Exception {
        Fixtures.seed(sandbox);
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of(
                        "malformed JSON", "{\"checkout_session\": {\"line_items\": [", "json_invalid", "[\"body\"]"),
                Arguments.of(
                        "the guide's typo (missing quote, trailing comma)",
                        "{\"checkout_session\": {\"line_items\": [{\"price\": \"fprice_GymMonthly\",\"quantity\": 1}], success_url\": \"https://x\",}}",
                        "json_invalid",
                        "[\"body\"]"),
                Arguments.of("not an object", "[1, 2]", "type_error", "[\"body\"]"),
                Arguments.of("empty body", "", "missing", "[\"body\"]"),
                Arguments.of("missing envelope", "{\"line_items\": []}", "missing", "[\"body\",\"checkout_session\"]"),
                Arguments.of(
                        "quantity as a string",
                        "{\"checkout_session\": {\"line_items\": [{\"price\": \"fprice_GymMonthly\", \"quantity\": \"one\"}]}}",
                        "type_error",
                        "[\"body\",\"checkout_session\",\"line_items\",0,\"quantity\"]"),
                Arguments.of(
                        "quantity zero",
                        "{\"checkout_session\": {\"line_items\": [{\"price\": \"fprice_GymMonthly\", \"quantity\": 0}]}}",
                        "greater_than_equal",
                        "[\"body\",\"checkout_session\",\"line_items\",0,\"quantity\"]"),
                Arguments.of(
                        "unknown mode",
                        "{\"checkout_session\": {\"mode\": \"barter\", \"line_items\": [{\"price\": \"fprice_GymMonthly\", \"quantity\": 1}]}}",
                        "enum",
                        "[\"body\",\"checkout_session\",\"mode\"]"),
                Arguments.of(
                        "quantity beyond a long",
                        "{\"checkout_session\": {\"line_items\": [{\"price\": \"fprice_GymMonthly\", \"quantity\": 9223372036854775808}]}}",
                        "int_parsing_size",
                        "[\"body\",\"checkout_session\",\"line_items\",0,\"quantity\"]"),
                Arguments.of(
                        "an amount that overflows",
                        "{\"checkout_session\": {\"line_items\": [{\"price\": \"fprice_GymMonthly\", \"quantity\": 9223372036854775807}]}}",
                        "amount_too_large",
                        "[\"line_items\"]"),
                Arguments.of(
                        "neither price nor price_data",
                        "{\"checkout_session\": {\"line_items\": [{\"quantity\": 1}]}}",
                        "invalid_line_item",
                        "[\"line_items\",0]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void aBadCheckoutBodyIs422WithTheFieldAtFaultAndCreatesNothing(String what, String body, String type, String loc) {
        SandboxClient.Raw response = sandbox.sendInvalid("POST", "/v1/checkout/sessions", body);

        assertThat(response.status()).isEqualTo(422);
        JsonNode detail = response.json().get("detail");
        assertThat(detail).as(response.body()).anySatisfy(d -> {
            assertThat(d.get("type").asText()).isEqualTo(type);
            assertThat(d.get("loc").toString()).isEqualTo(loc);
            assertThat(d.get("msg").asText()).isNotBlank();
        });
        assertThat(sessionCount()).isZero();
    }

    @Test
    void aMissingKeyIs401() {
        SandboxClient.Raw response = sandbox.sendWithAuthorization("GET", "/v1/customers", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("detail").asText()).isEqualTo("Not authenticated");
        assertThat(response.headers()).containsEntry("WWW-Authenticate", "Bearer");
    }

    @Test
    void aLiveKeyIs401ForTheSandboxTakesOnlyTestKeys() {
        SandboxClient.Raw response =
                sandbox.sendWithAuthorization("GET", "/v1/customers", "Bearer fsk_live0000000000000000");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("detail").asText()).contains("test-mode keys");
    }

    @Test
    void aMalformedAuthorizationIs401() {
        assertThat(sandbox.sendWithAuthorization("GET", "/v1/customers", "Basic dXNlcjpwYXNz")
                        .status())
                .isEqualTo(401);
        assertThat(sandbox.sendWithAuthorization("GET", "/v1/customers", "Bearer sk_test_not_flex")
                        .status())
                .isEqualTo(401);
        assertThat(sandbox.sendWithAuthorization("POST", "/__admin/flex/reset", null)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aRejectedAuthorizationChangesNothing() {
        SandboxClient.Raw refused =
                sandbox.sendWithAuthorization("POST", "/__admin/flex/reset", "Bearer " + sandbox.apiKey() + " extra");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(sandbox.send("GET", "/v1/products?limit=100", null).json().get("products"))
                .hasSize(Fixtures.catalog().getProducts().size());
    }

    static Stream<Arguments> extremeButValidRequests() {
        return Stream.of(
                Arguments.of("GET", "/v1/customers?starting_after=fcus_GraceGymLetter&offset=2147483647", null, 200),
                Arguments.of(
                        "GET",
                        "/v1/customers?ending_before=fcus_GraceGymLetter&offset=2147483647&limit=100",
                        null,
                        200),
                Arguments.of("GET", "/v1/checkout/sessions?created_after=2024-12-31T10:00:00%2B0100", null, 200),
                Arguments.of("GET", "/v1/checkout/sessions?created_after=2024-01-01T00:00:00.123456789012Z", null, 422),
                Arguments.of(
                        "POST",
                        "/__admin/flex/seed",
                        "{\"prices\": [{\"product\": \"fprod_GymMembership\", \"unit_amount\": 99999999999}]}",
                        200),
                Arguments.of(
                        "POST",
                        "/__admin/flex/seed",
                        "{\"prices\": [{\"product\": \"fprod_GymMembership\", \"unit_amount\": 9223372036854775808}]}",
                        422),
                Arguments.of("POST", "/__admin/flex/clock", "{\"now\": \"2026-01-01T00:00:00.123456789012Z\"}", 422),
                Arguments.of("POST", "/__admin/flex/clock", "{\"advance\": \"P999999999Y\"}", 422),
                Arguments.of("POST", "/__admin/flex/clock", "{\"advance\": \"PT2562047788015215H\"}", 422),
                Arguments.of("POST", "/__admin/flex/clock", "{\"advance\": \"P100000000D\"}", 422),
                Arguments.of("POST", "/__admin/flex/clock", "{\"advance\": \"P1Y2DT3H\"}", 200),
                Arguments.of(
                        "POST",
                        "/v1/checkout/sessions",
                        "{\"checkout_session\": {\"line_items\": [{\"price_data\": "
                                + "{\"product\": \"fprod_GymMembership\", \"unit_amount\": 9223372036854775807}, \"quantity\": 2}]}}",
                        422));
    }

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @MethodSource("extremeButValidRequests")
    void extremeValuesTheContractAllowsNeverMakeA500(String method, String path, String body, int status) {
        SandboxClient.Raw response = sandbox.sendInvalid(method, path, body);

        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().get("Content-Type")).startsWith("application/json");
    }

    @Test
    void anUnknownIdIs404WithTheDocumentedBody() {
        SandboxClient.Raw response = sandbox.send("GET", "/v1/checkout/sessions/fcs_nope", null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"detail\":\"not_found\"}");
    }

    @Test
    void anUnknownRouteIs404AndAWrongMethod405() {
        SandboxClient.Raw route = sandbox.sendInvalid("GET", "/v1/refunds", null);
        SandboxClient.Raw method = sandbox.sendInvalid("DELETE", "/v1/customers/fcus_x", null);

        assertThat(route.status()).isEqualTo(404);
        assertThat(route.json().get("detail").asText()).isEqualTo("Not Found");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.json().get("detail").asText()).isEqualTo("Method Not Allowed");
    }

    @Test
    void aBadQueryParameterIs422NamingIt() {
        SandboxClient.Raw response = sandbox.sendInvalid("GET", "/v1/customers?limit=500", null);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().at("/detail/0/loc").toString()).isEqualTo("[\"query\",\"limit\"]");
        assertThat(response.json().at("/detail/0/type").asText()).isEqualTo("less_than_equal");
    }

    @Test
    void anUnknownCursorIs422() {
        SandboxClient.Raw response = sandbox.send("GET", "/v1/customers?starting_after=fcus_nope", null);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().at("/detail/0/type").asText()).isEqualTo("invalid_cursor");
    }

    @Test
    void aBadControlRequestIs422AndChangesNothing() {
        SandboxClient.Raw bothClockFields = sandbox.send(
                "POST", "/__admin/flex/clock", "{\"now\": \"2030-01-01T00:00:00Z\", \"advance\": \"P1D\"}");
        SandboxClient.Raw badDuration = sandbox.send("POST", "/__admin/flex/clock", "{\"advance\": \"a year\"}");
        SandboxClient.Raw badConsultation = sandbox.sendInvalid(
                "POST", "/__admin/flex/checkout/sessions/fcs_x/complete", "{\"consultation\": \"maybe\"}");

        assertThat(bothClockFields.status()).isEqualTo(422);
        assertThat(badDuration.status()).isEqualTo(422);
        assertThat(badConsultation.status()).isEqualTo(422);
        assertThat(sandbox.send("GET", "/__admin/flex/clock", null)
                        .json()
                        .get("now")
                        .asText())
                .isEqualTo("2026-06-15T12:00:00Z");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = ' ',
            value = {"/v1/customers?email=a{b}@example.com 200", "/v1/customers/a|b 404", "/v1/nothing|here 404"})
    void charactersThatJavaRefusesInAUrlAreStillAnswered(String rawTarget, int status) throws Exception {
        // java.net.URI refuses these, so the request goes over a socket, as curl would send it.
        URI base = URI.create(sandbox.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream()
                    .write(("GET " + rawTarget + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                                    + sandbox.apiKey() + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 " + status);
            assertThat(response).containsIgnoringCase("Content-Type: application/json");
        }
    }

    private int sessionCount() {
        return sandbox.send("GET", "/v1/checkout/sessions?limit=100", null)
                .json()
                .get("checkout_sessions")
                .size();
    }
}
