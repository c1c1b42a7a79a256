package dev.flexkit.sandbox.hosted;

import dev.flexkit.sandbox.domain.CheckoutSession;

/** The page shown instead of the form: a session that is not open, or none at all. */
public record ClosedPageModel(String title, String message, String sessionId) {

    static ClosedPageModel unknown() {
        return new ClosedPageModel(
                "No such checkout", "This checkout link is not valid. Ask the merchant for a new one.", null);
    }

    static ClosedPageModel of(CheckoutSession session) {
        return switch (session.status().known().orElseThrow()) {
            case EXPIRED ->
                new ClosedPageModel(
                        "This checkout has expired",
                        "Nothing was charged. Go back to the merchant to start a new checkout.",
                        session.id());
            case CANCELED ->
                new ClosedPageModel(
                        "This checkout was canceled", "The merchant canceled it; nothing was charged.", session.id());
            default ->
                new ClosedPageModel(
                        "This checkout is complete",
                        "It was paid already: there is nothing left to do here.",
                        session.id());
        };
    }

    static ClosedPageModel completedWithoutReturnUrl(CheckoutSession session) {
        return new ClosedPageModel("Thank you", "Your checkout is complete. You can close this page.", session.id());
    }
}
