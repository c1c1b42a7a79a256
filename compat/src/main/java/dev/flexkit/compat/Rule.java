package dev.flexkit.compat;

import static dev.flexkit.compat.Consumer.HTTP;
import static dev.flexkit.compat.Consumer.JAVA;
import static dev.flexkit.compat.Consumer.SERVER;

import java.util.List;

/**
 * The gate's rule table: each decision names the rule it applied, and compat/README.md lists them all with these
 * reasons. The reasons come from what the generated client tolerates (generator-config/flex-client.yaml) and from
 * what the contract promises.
 */
enum Rule {
    OPERATION_REMOVED(
            "operation-removed",
            true,
            List.of(JAVA, HTTP),
            "The generated API class loses the method: calling code stops compiling, or fails with NoSuchMethodError "
                    + "if not recompiled. HTTP clients calling it get an error."),
    RESPONSE_FIELD_REMOVED(
            "response-field-removed",
            true,
            List.of(JAVA, HTTP),
            "The model loses its getter: code reading the field stops compiling. HTTP clients that read it get "
                    + "nothing. Tolerance works one way: the unknown-fields bag absorbs fields a client does not know, "
                    + "not fields it expects and no longer gets."),
    REQUEST_FIELD_REMOVED(
            "request-field-removed",
            true,
            List.of(JAVA, HTTP),
            "The model loses its setter: code setting the field stops compiling. Clients that still send it have "
                    + "it ignored or rejected, and lose whatever it controlled."),
    TYPE_CHANGED(
            "type-changed",
            true,
            List.of(JAVA, HTTP, SERVER),
            "The Java type of the field changes, so its accessors change signature; JSON of the old type no longer "
                    + "reads, and a server and a client on different versions disagree on the wire."),
    FORMAT_CHANGED(
            "format-changed",
            true,
            List.of(JAVA, HTTP, SERVER),
            "openapi-generator picks the Java type from the format (date: LocalDate, date-time: OffsetDateTime, "
                    + "int32: Integer, int64: Long), so accessors change type, and values in the old format are read "
                    + "differently."),
    REQUEST_FIELD_NEWLY_REQUIRED(
            "request-field-newly-required",
            true,
            List.of(JAVA, HTTP),
            "Requests that existing code builds without the field are now invalid and rejected. The generated "
                    + "model does not enforce required fields, so this still compiles and fails at run time."),
    REQUEST_PARAMETER_NEWLY_REQUIRED(
            "request-parameter-newly-required",
            true,
            List.of(JAVA, HTTP),
            "Calls without the parameter, valid until now, are rejected."),
    REQUEST_PARAMETER_REMOVED(
            "request-parameter-removed",
            true,
            List.of(JAVA, HTTP),
            "The generated method loses an argument (a signature change), and a value clients still send is "
                    + "ignored or rejected."),
    REQUEST_BODY_NEWLY_REQUIRED(
            "request-body-newly-required",
            true,
            List.of(JAVA, HTTP),
            "Calls without a body, valid until now, are rejected."),
    REQUEST_ENUM_NARROWED(
            "request-enum-narrowed",
            true,
            List.of(JAVA, HTTP),
            "A value clients send today is rejected, and the generated enum loses its constant, so code naming it "
                    + "stops compiling."),
    REQUEST_CONSTRAINT_TIGHTENED(
            "request-constraint-tightened",
            true,
            List.of(JAVA, HTTP),
            "Values that were valid (a 200-character string under maxLength 255 -> 100) are now rejected. The "
                    + "generated client does not validate (no bean validation), so it still compiles and the break "
                    + "shows as a 422 at run time."),
    REQUEST_PATTERN_CHANGED(
            "request-pattern-changed",
            true,
            List.of(JAVA, HTTP),
            "A different pattern can reject values the old one accepted; patterns cannot be compared for "
                    + "inclusion, so any change counts."),
    REQUEST_NULLABLE_REMOVED(
            "request-nullable-removed",
            true,
            List.of(JAVA, HTTP),
            "An explicit null was accepted and now is not. With openApiNullable=true, Java code sends explicit "
                    + "nulls through JsonNullable."),
    REQUEST_ONEOF_NARROWED(
            "request-oneof-narrowed", true, List.of(JAVA, HTTP), "A shape clients send today is rejected."),
    MEDIA_TYPE_REMOVED(
            "media-type-removed",
            true,
            List.of(JAVA, HTTP),
            "Requests in that media type are rejected, or clients that accept only that media type get another. "
                    + "The generated client sends and accepts application/json only."),
    RESPONSE_FIELD_MADE_OPTIONAL(
            "response-field-made-optional",
            true,
            List.of(JAVA, HTTP),
            "Clients rely on a required field always being there; it may now be absent, which the Java client "
                    + "reads as null."),
    RESPONSE_NULLABLE_ADDED(
            "response-nullable-added",
            true,
            List.of(JAVA, HTTP),
            "Clients get null where the contract promised a value."),
    RESPONSE_ONEOF_WIDENED(
            "response-oneof-widened",
            true,
            List.of(JAVA, HTTP),
            "The generated client reads only the alternatives it knows: a response in a new shape fails to read."),
    RESPONSE_STATUS_REMOVED(
            "response-status-removed",
            true,
            List.of(HTTP),
            "Clients that branch on the status (a 200 they check for, an error they handle) no longer get it. "
                    + "The generated client reads any 2xx by the declared return type, so it is affected only if "
                    + "that type changes, which the Java level reports."),
    PARAMETER_SERIALIZATION_CHANGED(
            "parameter-serialization-changed",
            true,
            List.of(JAVA, HTTP),
            "The parameter is encoded differently (style, explode, allowEmptyValue), so requests built the old "
                    + "way are read differently."),
    OPENAPI_DIFF_INCOMPATIBLE(
            "openapi-diff-incompatible",
            true,
            List.of(HTTP),
            "openapi-diff judges this change incompatible and no rule of this gate says the consumers tolerate it."),

    OPERATION_ADDED(
            "operation-added",
            false,
            List.of(),
            "Existing calls are unchanged; the generated API class gains a method."),
    DEPRECATED("deprecated", false, List.of(), "Deprecation is advice: everything still works."),
    RESPONSE_FIELD_ADDED(
            "response-field-added",
            false,
            List.of(),
            "The generated client reads with FAIL_ON_UNKNOWN_PROPERTIES=false and keeps fields it does not know in "
                    + "its unknown-fields bag (additional_properties.mustache); the contract says Flex may add "
                    + "response fields at any time."),
    REQUEST_FIELD_ADDED_OPTIONAL(
            "request-field-added-optional",
            false,
            List.of(),
            "Existing requests stay valid; the model gains accessors."),
    RESPONSE_ENUM_WIDENED(
            "response-enum-widened",
            false,
            List.of(),
            "The generated enums are open value types (modelEnum.mustache): an unknown value is read and kept as "
                    + "it came, and the new constant is an addition; the contract says Flex may add enum values at "
                    + "any time."),
    RESPONSE_ENUM_NARROWED(
            "response-enum-narrowed",
            false,
            List.of(),
            "Clients only stop receiving a value. Removing the Java constant is a break of its own, which the "
                    + "Java level reports."),
    REQUEST_ENUM_WIDENED("request-enum-widened", false, List.of(), "Every value clients send today is still accepted."),
    REQUEST_CONSTRAINT_LOOSENED(
            "request-constraint-loosened", false, List.of(), "Every value clients send today is still accepted."),
    RESPONSE_CONSTRAINT_CHANGED(
            "response-constraint-changed",
            false,
            List.of(),
            "The generated client does not validate response values (no bean validation), so values inside or "
                    + "outside the old bounds or pattern read the same."),
    REQUEST_REQUIREMENT_RELAXED(
            "request-requirement-relaxed",
            false,
            List.of(),
            "Requests that send the field, parameter or body stay valid."),
    RESPONSE_FIELD_MADE_REQUIRED(
            "response-field-made-required",
            false,
            List.of(),
            "Clients that handle the field's absence still work when it is always there."),
    REQUEST_PARAMETER_ADDED_OPTIONAL(
            "request-parameter-added-optional",
            false,
            List.of(),
            "Existing calls stay valid on the wire. In the generated client a query parameter is a field of the "
                    + "operation's parameter object (ListXxxParams), so the new one is a new setter and every "
                    + "existing call compiles and links; a new header parameter travels in RequestOptions."),
    PATH_PARAMETER_RENAMED(
            "path-parameter-renamed",
            false,
            List.of(),
            "Only the name of the URL template variable changes: the URL on the wire is the same, and Java "
                    + "parameter names are not part of a method's signature."),
    RESPONSE_STATUS_ADDED(
            "response-status-added",
            false,
            List.of(),
            "The generated client turns any non-2xx status into an ApiException with code and body, and HTTP "
                    + "clients already meet statuses the contract does not list (401, 429, 5xx)."),
    MEDIA_TYPE_ADDED("media-type-added", false, List.of(), "The media types clients use are still there."),
    NULLABLE_RELAXED(
            "nullable-relaxed",
            false,
            List.of(),
            "The server accepts more (null in a request) or promises more (no null in a response)."),
    ONEOF_SAFE("oneof-safe", false, List.of(), "Clients send shapes that are still accepted, or receive fewer shapes."),
    DOCUMENTATION_ONLY(
            "documentation-only",
            false,
            List.of(),
            "Descriptions, summaries and examples are not on the wire; in the generated client they only change "
                    + "javadoc."),
    OPENAPI_DIFF_COMPATIBLE(
            "openapi-diff-compatible",
            false,
            List.of(),
            "openapi-diff judges this change compatible and no rule of this gate says otherwise."),

    JAVA_BINARY_INCOMPATIBLE(
            "java-binary-incompatible",
            true,
            List.of(JAVA),
            "japicmp: code compiled against the old generated client fails against the new one at run time "
                    + "(NoSuchMethodError, NoSuchFieldError, IncompatibleClassChangeError)."),
    JAVA_SOURCE_INCOMPATIBLE(
            "java-source-incompatible",
            true,
            List.of(JAVA),
            "japicmp: code written against the old generated client no longer compiles against the new one.");

    private final String id;
    private final boolean breaking;
    private final List<Consumer> breaks;
    private final String reason;

    Rule(String id, boolean breaking, List<Consumer> breaks, String reason) {
        this.id = id;
        this.breaking = breaking;
        this.breaks = breaks;
        this.reason = reason;
    }

    String id() {
        return id;
    }

    boolean breaking() {
        return breaking;
    }

    /** @return who a breaking change of this rule breaks; empty for compatible rules */
    List<Consumer> breaks() {
        return breaks;
    }

    String reason() {
        return reason;
    }
}
