package dev.flexkit.sandbox.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flexkit.sandbox.FlexSandbox;
import dev.flexkit.sandbox.RawHttp;
import dev.flexkit.sandbox.StandaloneJar;
import dev.flexkit.sandbox.http.ContractRoutes;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The defects that contract-driven fuzzing of the standalone jar found, each replayed through the running jar as a
 * separate process, over a plain socket: whatever the input, the answer is JSON in Flex's envelope with a 4xx
 * status, no key reads another key's data, and nothing key-less reaches a key's data.
 */
class HostileInputIT {

    private static final String JSON = "application/json";

    private static StandaloneJar jar;
    private static int port;
    private static String listeningLine;

    @BeforeAll
    static void startTheJar() throws IOException {
        jar = StandaloneJar.start();
        port = jar.port();
        listeningLine = jar.listeningLine();
    }

    @AfterAll
    static void stopTheJar() {
        jar.close();
    }

    // 1. Jetty caches header values per connection; a key differing only in case must not hit the cached one.
    @Test
    void onOneKeepAliveConnectionAKeyReachesOnlyItsOwnDataWhateverItsCase() throws IOException {
        try (RawHttp connection = connect()) {
            String created = connection
                    .send("POST", "/v1/customers", auth("fsk_test_CaseKey", JSON), "{\"customer\":{}}")
                    .json()
                    .at("/customer/customer_id")
                    .asText();
            assertThat(connection
                            .send("GET", "/v1/customers", auth("fsk_test_CaseKey", null), null)
                            .text())
                    .contains(created);

            RawHttp.Response lowerCase = connection.send("GET", "/v1/customers", auth("fsk_test_casekey", null), null);
            RawHttp.Response upperPrefix =
                    connection.send("GET", "/v1/customers", auth("FSK_TEST_CaseKey", null), null);

            assertThat(lowerCase.status()).isEqualTo(200);
            assertThat(lowerCase.text()).doesNotContain(created);
            assertThat(upperPrefix.status()).isEqualTo(401);
            assertThat(upperPrefix.text()).doesNotContain(created);
        }
    }

    // 2. WireMock's own admin API has no key: closed, so that no caller can add stubs for all or stop the sandbox.
    @ParameterizedTest
    @ValueSource(
            strings = {
                "GET /__admin/mappings",
                "GET /__admin/requests",
                "GET /__admin/settings",
                "GET /__admin",
                "GET /__admin/swagger-ui/",
                "GET /__admin/recorder/",
                "GET /__admin;x=1/mappings",
                "GET /__admin/flex/../mappings",
                "POST /__admin/mappings",
                "POST /__admin/reset",
                "POST /__admin/shutdown",
                "DELETE /__admin/mappings"
            })
    void wireMocksOwnAdminApiIsClosed(String request) throws IOException {
        String[] methodAndPath = request.split(" ");
        String stub =
                "{\"request\":{\"method\":\"GET\",\"url\":\"/v1/customers\"},\"response\":{\"status\":200,\"body\":\"stubbed\"}}";
        try (RawHttp connection = connect()) {
            RawHttp.Response answer =
                    connection.send(methodAndPath[0], methodAndPath[1], Map.of("Content-Type", JSON), stub);

            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.json().get("detail").asText()).isEqualTo("Not Found");
            RawHttp.Response customers = connection.send("GET", "/v1/customers", auth("fsk_test_admin", null), null);
            assertThat(customers.status()).as("still serving, from state").isEqualTo(200);
            assertThat(customers.text()).doesNotContain("stubbed");
        }
    }

    @Test
    void theControlApiStillAnswersWithAKey() throws IOException {
        try (RawHttp connection = connect()) {
            assertThat(connection
                            .send("GET", "/__admin/flex/clock", auth("fsk_test_admin", null), null)
                            .status())
                    .isEqualTo(200);
            assertThat(connection
                            .send("GET", "/__admin/flex/clock", Map.of(), null)
                            .status())
                    .isEqualTo(401);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "404 GET /__admin/flex/nothing",
                "404 POST /__admin/flex/checkout/sessions/x/complete/more",
                "404 GET /__admin/flex",
                "405 PUT /__admin/flex/clock",
                "405 DELETE /__admin/flex/reset"
            })
    void aControlPathOrMethodTheControlContractLacksGetsTheEnvelope(String expectation) throws IOException {
        String[] parts = expectation.split(" ");
        try (RawHttp connection = connect()) {
            RawHttp.Response answer = connection.send(parts[1], parts[2], auth("fsk_test_admin", JSON), "{}");

            assertThat(answer.status()).isEqualTo(Integer.parseInt(parts[0]));
            assertIsAFlexEnvelopeWithoutInternals(answer);
        }
    }

    // 3. A product that needs a letter but has no visit type: a valid checkout, stored and listed, never a 500.
    @Test
    void aCheckoutOfALetterProductWithoutAVisitTypeIsServedAndListed() throws IOException {
        Map<String, String> key = auth("fsk_test_novisit", JSON);
        try (RawHttp connection = connect()) {
            connection.send("POST", "/__admin/flex/seed", key, """
                    {"products":[{"product_id":"fprod_NoVisit","name":"x","hsa_fsa_eligibility":"letter_of_medical_necessity"}],
                     "prices":[{"price_id":"fprice_NoVisit","product":"fprod_NoVisit","unit_amount":1000}]}""");
            RawHttp.Response created = connection.send("POST", "/v1/checkout/sessions", key, """
                    {"checkout_session":{"line_items":[{"price":"fprice_NoVisit","quantity":1}],"mode":"payment",
                     "success_url":"https://example.com/s","cancel_url":"https://example.com/c"}}""");
            RawHttp.Response listed = connection.send("GET", "/v1/checkout/sessions", key, null);

            assertThat(created.status()).isEqualTo(200);
            assertThat(created.json().at("/checkout_session/visit_type").isNull())
                    .isTrue();
            assertThat(listed.status()).isEqualTo(200);
            assertThat(listed.text())
                    .contains(created.json()
                            .at("/checkout_session/checkout_session_id")
                            .asText());
        }
    }

    static Stream<String> listPaths() {
        return ContractRoutes.operations().stream()
                .filter(operation -> operation[0].equals("GET") && !operation[1].contains("{"))
                .map(operation -> operation[1]);
    }

    /** Each list path with the paging integers its operation declares ({@code limit}, {@code offset}). */
    static Stream<Arguments> pagingParameters() {
        io.swagger.v3.oas.models.OpenAPI api = new io.swagger.v3.parser.OpenAPIV3Parser()
                .readContents(dev.flexkit.contract.FlexContract.read(dev.flexkit.contract.FlexContract.FLEX_API))
                .getOpenAPI();
        return listPaths()
                .flatMap(path -> api.getPaths().get(path).getGet().getParameters().stream()
                        .map(parameter -> parameter.get$ref() == null
                                ? parameter
                                : api.getComponents()
                                        .getParameters()
                                        .get(parameter
                                                .get$ref()
                                                .substring(parameter.get$ref().lastIndexOf('/') + 1)))
                        .map(io.swagger.v3.oas.models.parameters.Parameter::getName)
                        .filter(name -> name.equals("limit") || name.equals("offset"))
                        .map(name -> Arguments.of(path, name)));
    }

    // 4. "5 " passes the contract check as an integer; pydantic's int_parsing answer, not a NumberFormatException.
    @ParameterizedTest
    @MethodSource("pagingParameters")
    void whitespaceInAnIntegerQueryParameterIs422(String path, String parameter) throws IOException {
        try (RawHttp connection = connect()) {
            String value = parameter.equals("limit") ? "5%20" : "%201";
            RawHttp.Response answer =
                    connection.send("GET", path + "?" + parameter + "=" + value, auth("fsk_test_a", null), null);

            assertThat(answer.status()).as(path + " " + parameter).isEqualTo(422);
            assertThat(answer.json().at("/detail/0/loc").toString()).isEqualTo("[\"query\",\"" + parameter + "\"]");
            assertThat(answer.json().at("/detail/0/type").asText()).isEqualTo("int_parsing");
        }
    }

    // 5. A lenient reader takes the first document and drops the rest.
    @Test
    void trailingDataAfterTheJsonBodyIsRefusedAndStoresNothing() throws IOException {
        Map<String, String> key = auth("fsk_test_trailing", JSON);
        try (RawHttp connection = connect()) {
            int before = customers(connection, key).size();
            RawHttp.Response answer =
                    connection.send("POST", "/v1/customers", key, "{\"customer\":{\"first_name\":\"t\"}}garbage");

            assertThat(answer.status()).isEqualTo(422);
            assertThat(answer.json().at("/detail/0/type").asText()).isEqualTo("json_invalid");
            assertThat(answer.json().at("/detail/0/loc").toString()).isEqualTo("[\"body\"]");
            assertThat(customers(connection, key)).hasSize(before);
        }
    }

    // 6. Broken escapes, NUL, dot-segments, huge headers: WireMock and Jetty answered 500s and HTML pages.
    @ParameterizedTest
    @ValueSource(
            strings = {
                "400 /v1/prices/%4?x=1",
                "400 /v1/prices?x=%",
                "400 /v1/customers?email=%zz",
                "400 /v1/prices/%00",
                "404 /v1/%2e%2e/x",
                "404 /v1/prices/..%2f..%2f__admin%2fmappings"
            })
    void aMalformedUrlGetsAJsonEnvelope(String expectation) throws IOException {
        String[] statusAndTarget = expectation.split(" ");
        try (RawHttp connection = connect()) {
            RawHttp.Response answer = connection.send("GET", statusAndTarget[1], auth("fsk_test_a", null), null);

            assertThat(answer.status()).isEqualTo(Integer.parseInt(statusAndTarget[0]));
            assertIsAFlexEnvelopeWithoutInternals(answer);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "DELETE", "OPTIONS"})
    void aRequestJettyRefusesBeforeTheSandboxGetsAJsonEnvelopeForEveryMethod(String method) throws IOException {
        try (RawHttp connection = connect()) {
            RawHttp.Response answer = connection.send(method, "/v1/prices/%00", Map.of(), null);

            assertThat(answer.status()).isEqualTo(400);
            assertIsAFlexEnvelopeWithoutInternals(answer);
        }
    }

    @Test
    void aHugeAuthorizationHeaderGets431InTheEnvelope() throws IOException {
        try (RawHttp connection = connect()) {
            RawHttp.Response answer =
                    connection.send("GET", "/v1/prices", auth("fsk_test_" + "a".repeat(65_536), null), null);

            assertThat(answer.status()).isEqualTo(431);
            assertIsAFlexEnvelopeWithoutInternals(answer);
        }
    }

    // 7. A lone surrogate cannot be written as UTF-8: it came back as "?". Refused; a real pair is kept exactly.
    @Test
    void aLoneSurrogateIsRefusedAndAPairIsKeptExactly() throws IOException {
        Map<String, String> key = auth("fsk_test_unicode", JSON);
        try (RawHttp connection = connect()) {
            int before = customers(connection, key).size();
            RawHttp.Response lone =
                    connection.send("POST", "/v1/customers", key, "{\"customer\":{\"first_name\":\"\\ud800x\"}}");
            RawHttp.Response pair = connection.send(
                    "POST", "/v1/customers", key, "{\"customer\":{\"first_name\":\"\\ud83d\\ude00x\"}}");

            assertThat(lone.status()).isEqualTo(422);
            assertThat(lone.json().at("/detail/0/loc").toString()).isEqualTo("[\"body\",\"customer\",\"first_name\"]");
            assertThat(lone.json().at("/detail/0/type").asText()).isEqualTo("string_unicode");
            assertThat(pair.status()).isEqualTo(200);
            assertThat(pair.json().at("/customer/first_name").asText()).isEqualTo("\uD83D\uDE00x");
            assertThat(customers(connection, key)).hasSize(before + 1);
        }
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() throws IOException {
        byte[] body = "{\"customer\":{\"first_name\":\"\u00ff\"}}".getBytes(StandardCharsets.ISO_8859_1);
        try (RawHttp connection = connect()) {
            RawHttp.Response answer =
                    connection.sendBytes("POST", "/v1/customers", auth("fsk_test_unicode", JSON), body);

            assertThat(answer.status()).isEqualTo(422);
            assertThat(answer.json().at("/detail/0/type").asText()).isEqualTo("json_invalid");
        }
    }

    // 8. It accepts any test key and has a control API: this machine only, unless told otherwise. 127.0.0.2 is
    // another loopback address: a server bound to every interface answers there, one bound to 127.0.0.1 does not.
    @Test
    void theJarListensOn127001Only() throws IOException {
        assertThat(listeningLine).contains("http://127.0.0.1:" + port);
        try (Socket socket = new Socket()) {
            assertThat(canConnect(socket, new InetSocketAddress("127.0.0.2", port)))
                    .isFalse();
        }
    }

    @Test
    void bindAddressOpensOtherInterfacesWhenAsked() throws IOException {
        try (FlexSandbox everywhere = FlexSandbox.start("0.0.0.0", 0, null);
                Socket socket = new Socket()) {
            assertThat(canConnect(socket, new InetSocketAddress("127.0.0.2", everywhere.port())))
                    .isTrue();
        }
    }

    // 9. FastAPI ignores what it does not declare; the sandbox does too, and says what it ignored.
    @Test
    void unknownQueryParametersAndBodyFieldsAreIgnoredAndNamed() throws IOException {
        Map<String, String> key = auth("fsk_test_unknown", JSON);
        try (RawHttp connection = connect()) {
            RawHttp.Response list = connection.send("GET", "/v1/customers?foo=1&limit=1", key, null);
            RawHttp.Response created = connection.send(
                    "POST",
                    "/v1/customers",
                    key,
                    "{\"customer\":{\"first_name\":\"t\",\"nickname\":\"x\",\"shipping\":{\"gate\":2}},\"extra\":true}");

            assertThat(list.status()).isEqualTo(200);
            assertThat(list.json().get("customers")).hasSize(1);
            assertThat(list.header("X-Flex-Sandbox-Ignored")).isEqualTo("query.foo");
            assertThat(created.status()).isEqualTo(200);
            assertThat(created.header("X-Flex-Sandbox-Ignored"))
                    .isEqualTo("body.extra, body.customer.nickname, body.customer.shipping.gate");
            assertThat(created.json().get("customer").has("nickname")).isFalse();
            assertThat(created.json().at("/customer/first_name").asText()).isEqualTo("t");
        }
    }

    // 9. An amount beyond an int is Flex's to take (FastAPI does not bound int): kept to the cent, and an amount
    // beyond a long, the one refusal left, is a 422 that names the field.
    @Test
    void amountsBeyondAnIntAreKeptExactlyAndBeyondALongRefusedByName() throws IOException {
        Map<String, String> key = auth("fsk_test_bigamounts", JSON);
        try (RawHttp connection = connect()) {
            RawHttp.Response price = connection.send(
                    "POST",
                    "/v1/prices",
                    key,
                    "{\"price\":{\"product\":\"fprod_Bandages\",\"unit_amount\":3000000000}}");
            RawHttp.Response session = connection.send(
                    "POST",
                    "/v1/checkout/sessions",
                    key,
                    "{\"checkout_session\":{\"mode\":\"payment\",\"success_url\":\"https://example.com/s\","
                            + "\"line_items\":[{\"price\":\"fprice_Bandages\",\"quantity\":4000000000}]}}");
            RawHttp.Response tooBig = connection.send(
                    "POST",
                    "/v1/prices",
                    key,
                    "{\"price\":{\"product\":\"fprod_Bandages\",\"unit_amount\":9223372036854775808}}");

            assertThat(price.status()).isEqualTo(200);
            assertThat(price.json().at("/price/unit_amount").asLong()).isEqualTo(3_000_000_000L);
            assertThat(session.status()).isEqualTo(200);
            assertThat(session.json().at("/checkout_session/amount_total").asLong())
                    .isEqualTo(900L * 4_000_000_000L);
            assertThat(tooBig.status()).isEqualTo(422);
            assertThat(tooBig.json().at("/detail/0/loc").toString()).isEqualTo("[\"body\",\"price\",\"unit_amount\"]");
            assertIsAFlexEnvelopeWithoutInternals(tooBig);
        }
    }

    // Issue 12's bug: a metadata key of digits was parsed as an array index (a 500 when beyond an int).
    @ParameterizedTest
    @ValueSource(strings = {"12345678901", "12", "0"})
    void aMetadataKeyOfDigitsIsANameInLoc(String name) throws IOException {
        try (RawHttp connection = connect()) {
            // A product's metadata is an object of strings (a customer's may also be a JSON string: one oneOf, one
            // detail).
            RawHttp.Response answer = connection.send(
                    "POST",
                    "/v1/products",
                    auth("fsk_test_a", JSON),
                    "{\"product\":{\"name\":\"x\",\"metadata\":{\"" + name + "\":5}}}");

            assertThat(answer.status()).isEqualTo(422);
            assertThat(answer.json().at("/detail/0/loc").toString())
                    .isEqualTo("[\"body\",\"product\",\"metadata\",\"" + name + "\"]");
        }
    }

    @Test
    void eachMissingFieldIsNamedInADetailOfItsOwn() throws IOException {
        try (RawHttp connection = connect()) {
            // price_data needs product and unit_amount (a line's quantity is optional: Flex's reimbursement guide sends
            // none).
            RawHttp.Response answer = connection.send(
                    "POST",
                    "/v1/checkout/sessions",
                    auth("fsk_test_a", JSON),
                    "{\"checkout_session\":{\"line_items\":[{\"price_data\":{\"unit_amount\":1}},"
                            + "{\"price_data\":{\"product\":\"fprod_x\",\"unit_amount\":1}},{\"price_data\":{}}]}}");

            assertThat(answer.status()).isEqualTo(422);
            assertThat(answer.json().get("detail"))
                    .extracting(detail -> detail.get("loc").toString())
                    .contains(
                            "[\"body\",\"checkout_session\",\"line_items\",0,\"price_data\",\"product\"]",
                            "[\"body\",\"checkout_session\",\"line_items\",2,\"price_data\",\"product\"]",
                            "[\"body\",\"checkout_session\",\"line_items\",2,\"price_data\",\"unit_amount\"]")
                    .doesNotContain("[\"body\",\"checkout_session\",\"line_items\",1,\"price_data\",\"product\"]");
        }
    }

    private static void assertIsAFlexEnvelopeWithoutInternals(RawHttp.Response answer) {
        assertThat(answer.header("Content-Type")).startsWith(JSON);
        assertThat(answer.text()).doesNotContain("<html", "Exception", "\tat ", "jetty");
        JsonNode detail = answer.json().get("detail");
        assertThat(detail).isNotNull();
        assertThat(detail.isTextual() || detail.isArray()).isTrue();
    }

    private static JsonNode customers(RawHttp connection, Map<String, String> key) {
        return connection
                .send("GET", "/v1/customers?limit=100", key, null)
                .json()
                .get("customers");
    }

    private static RawHttp connect() {
        return new RawHttp("127.0.0.1", port);
    }

    private static Map<String, String> auth(String key, String contentType) {
        return contentType == null
                ? Map.of("Authorization", "Bearer " + key)
                : Map.of("Authorization", "Bearer " + key, "Content-Type", contentType);
    }

    private static boolean canConnect(Socket socket, InetSocketAddress address) {
        try {
            socket.connect(address, 2_000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
