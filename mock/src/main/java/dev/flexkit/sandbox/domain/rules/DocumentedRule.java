package dev.flexkit.sandbox.domain.rules;

/**
 * The documented rules of off-session checkouts that the sandbox can be told to break, one at a time, by
 * {@link OffSessionRules#without}: a suite that still passes against a sandbox without a rule does not prove that
 * rule. The ids are those of the contract's {@code x-flex-rules} and of the scenarios' {@code @rule:} tags.
 */
public enum DocumentedRule {
    LETTER_REQUIRED("letter-required"),
    VISIT_TYPE_SCOPE("visit-type-scope"),
    ONE_YEAR_EXPIRY("one-year-expiry"),
    NO_SPLIT_CART("no-split-cart");

    private final String id;

    DocumentedRule(String id) {
        this.id = id;
    }

    /** @return the rule's id in the contract, e.g. {@code letter-required} */
    public String id() {
        return id;
    }
}
