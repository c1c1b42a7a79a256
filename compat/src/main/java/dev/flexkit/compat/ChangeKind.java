package dev.flexkit.compat;

/**
 * What changed between two specs, as a plain fact read from openapi-diff's result; whether it breaks anyone is
 * decided by {@link ConsumerRules}, which also needs the {@link Side}.
 */
enum ChangeKind {
    OPERATION_REMOVED("operation removed"),
    OPERATION_ADDED("operation added"),
    DEPRECATED("deprecated"),
    PARAMETER_REMOVED("parameter removed"),
    PARAMETER_ADDED_REQUIRED("required parameter added"),
    PARAMETER_ADDED_OPTIONAL("optional parameter added"),
    PARAMETER_MADE_REQUIRED("parameter made required"),
    PARAMETER_MADE_OPTIONAL("parameter made optional"),
    PATH_PARAMETER_RENAMED("path parameter renamed"),
    PARAMETER_SERIALIZATION_CHANGED("parameter serialization changed"),
    REQUEST_BODY_MADE_REQUIRED("request body made required"),
    REQUEST_BODY_MADE_OPTIONAL("request body made optional"),
    MEDIA_TYPE_REMOVED("media type removed"),
    MEDIA_TYPE_ADDED("media type added"),
    RESPONSE_STATUS_REMOVED("response status removed"),
    RESPONSE_STATUS_ADDED("response status added"),
    FIELD_REMOVED("field removed"),
    FIELD_ADDED_REQUIRED("required field added"),
    FIELD_ADDED_OPTIONAL("optional field added"),
    FIELD_MADE_REQUIRED("field made required"),
    FIELD_MADE_OPTIONAL("field made optional"),
    TYPE_CHANGED("type changed"),
    FORMAT_CHANGED("format changed"),
    ENUM_VALUES_ADDED("enum values added"),
    ENUM_VALUES_REMOVED("enum values removed"),
    CONSTRAINT_NARROWED("constraint tightened"),
    CONSTRAINT_WIDENED("constraint loosened"),
    PATTERN_CHANGED("pattern changed"),
    NULLABLE_ADDED("made nullable"),
    NULLABLE_REMOVED("made non-nullable"),
    ONE_OF_ADDED("oneOf alternatives added"),
    ONE_OF_REMOVED("oneOf alternatives removed"),
    DOCUMENTATION_CHANGED("documentation changed"),
    OTHER("changed");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
