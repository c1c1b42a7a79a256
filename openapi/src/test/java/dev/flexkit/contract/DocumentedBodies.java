package dev.flexkit.contract;

/**
 * Flex's documented bodies, written once for every test of the kit (the sandbox's, the suite's steps) and compared
 * with Flex's page once, by {@link DocumentedErrorBodyTest}.
 */
public final class DocumentedBodies {

    /** A missing or invalid letter, exactly as Flex's off-session guide shows it. */
    public static final String LOMN_REQUIRED =
            "{\"detail\":[{\"loc\":[\"visit_type\"],\"msg\":\"A LoMN is required for this visit type\",\"type\":\"invalid_request_error\"}]}";

    /** An unknown id, as Flex's own plugin's fixture shows it. */
    public static final String NOT_FOUND = "{\"detail\":\"not_found\"}";

    private DocumentedBodies() {}
}
