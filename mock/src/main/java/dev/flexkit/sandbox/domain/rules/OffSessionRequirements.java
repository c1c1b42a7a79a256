package dev.flexkit.sandbox.domain.rules;

import dev.flexkit.sandbox.domain.PaymentMethod;
import dev.flexkit.sandbox.domain.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule "off-session requirements": an off-session checkout names a customer and one of that customer's
 * payment methods saved for off-session use. The ids have already been resolved; {@code null} means absent.
 */
public final class OffSessionRequirements {

    private OffSessionRequirements() {}

    public static List<Problem> check(String customerId, PaymentMethod paymentMethod) {
        List<Problem> problems = new ArrayList<>();
        if (customerId == null) {
            problems.add(Problem.of("customer_required", "customer is required", "customer"));
        }
        if (paymentMethod == null) {
            problems.add(Problem.of("payment_method_required", "payment_method is required", "payment_method"));
        } else if (customerId != null && !paymentMethod.customerId().equals(customerId)) {
            problems.add(Problem.of(
                    "payment_method_not_found",
                    paymentMethod.id() + " is not a payment method of " + customerId,
                    "payment_method"));
        } else if (!paymentMethod.offSession()) {
            problems.add(Problem.of(
                    "payment_method_not_off_session",
                    paymentMethod.id()
                            + " was not saved for off-session use (create the first checkout with setup_future_use: off_session)",
                    "payment_method"));
        }
        return problems;
    }
}
