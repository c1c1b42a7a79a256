package dev.flexkit.sandbox.hosted;

import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.HsaFsaEligibility;
import dev.flexkit.sandbox.domain.CheckoutSession;
import dev.flexkit.sandbox.domain.Customer;
import dev.flexkit.sandbox.domain.LineItem;
import dev.flexkit.sandbox.domain.Price;
import dev.flexkit.sandbox.domain.TestCards;
import java.util.ArrayList;
import java.util.List;

/**
 * What the checkout form shows of an open session, as text ready for the template (which escapes all of it). Amounts
 * are US dollars: Flex charges HSA/FSA cards, which are American.
 */
public record CheckoutPageModel(
        String sessionId,
        String formAction,
        String heading,
        List<Item> items,
        List<Total> totals,
        String eligibilitySummary,
        boolean consultation,
        String consultationVisitTypes,
        boolean consultationApproved,
        boolean consultationDenied,
        String fixedEmail,
        String email,
        boolean card,
        String succeedingCard,
        String decliningCard,
        String submitLabel,
        boolean cancel,
        String error,
        String emailError,
        String consultationError,
        String cardError) {

    /** One line of the cart. */
    public record Item(String name, long quantity, String unitAmount, String amount, String eligibility, String kind) {}

    /** One line under the cart: subtotal, discount, tax, shipping, fees, total. */
    public record Total(String label, String amount, boolean grand) {}

    /** What the customer entered, kept when the form comes back with a problem (never the card number). */
    public record Entered(String email, String consultation) {

        static final Entered NOTHING = new Entered(null, null);
    }

    /** The problems of a form that comes back: one for the whole form, or per field. */
    public record Problems(String form, String email, String consultation, String card) {

        static final Problems NONE = new Problems(null, null, null, null);

        boolean any() {
            return form != null || email != null || consultation != null || card != null;
        }
    }

    static CheckoutPageModel of(CheckoutSession session, Customer customer, Entered entered, Problems problems) {
        CheckoutSessionMode mode = session.mode();
        boolean reimbursement = mode == CheckoutSessionMode.REIMBURSEMENT;
        String prefilled =
                session.defaults() == null ? null : session.defaults().email();
        return new CheckoutPageModel(
                session.id(),
                HostedCheckoutUrls.PATH + session.id(),
                heading(mode),
                session.lineItems().stream().map(CheckoutPageModel::item).toList(),
                reimbursement ? List.of() : totals(session),
                eligibilitySummary(session),
                needsConsultation(session),
                String.join(", ", letterVisitTypes(session)),
                "approved".equals(entered.consultation()),
                "denied".equals(entered.consultation()),
                customer == null ? null : customer.email(),
                entered.email() != null ? entered.email() : prefilled,
                !reimbursement,
                spaced(TestCards.SUCCEEDS),
                spaced(TestCards.DECLINED),
                submitLabel(session),
                HostedCheckoutPage.webUrl(session.links().cancelUrl(), session.id()) != null,
                problems.form(),
                problems.email(),
                problems.consultation(),
                problems.card());
    }

    /** A reimbursement always runs the consultation; other modes when an item needs a letter. */
    static boolean needsConsultation(CheckoutSession session) {
        return session.mode() == CheckoutSessionMode.REIMBURSEMENT
                || session.lineItems().stream().anyMatch(item -> item.product().needsLetter());
    }

    private static List<String> letterVisitTypes(CheckoutSession session) {
        return session.lineItems().stream()
                .filter(item -> item.product().needsLetter() && item.product().visitType() != null)
                .map(item -> item.product().visitType().getValue())
                .distinct()
                .toList();
    }

    private static String heading(CheckoutSessionMode mode) {
        return switch (mode.known().orElseThrow()) {
            case SUBSCRIPTION -> "Start your subscription";
            case SETUP -> "Save a card for later payments";
            case REIMBURSEMENT -> "Request a reimbursement";
            default -> "Pay with your HSA/FSA card";
        };
    }

    private static String submitLabel(CheckoutSession session) {
        return switch (session.mode().known().orElseThrow()) {
            case SUBSCRIPTION -> "Subscribe";
            case SETUP -> "Save card";
            case REIMBURSEMENT -> "Submit";
            default -> "Pay " + dollars(session.amountTotal());
        };
    }

    private static Item item(LineItem line) {
        Price price = line.price();
        String unit = price == null ? "" : dollars(price.unitAmount()) + recurrence(price);
        return new Item(
                line.product().name(),
                line.quantity(),
                unit,
                price == null ? "" : dollars(line.amount()),
                eligibility(line.product().eligibility()),
                line.product().eligibility().getValue());
    }

    private static String recurrence(Price price) {
        if (price.recurring() == null) {
            return "";
        }
        long count = price.recurring().intervalCount();
        String every = " every " + (count == 1 ? "" : count + " ")
                + price.recurring().interval().getValue();
        Long trial = price.recurring().trialPeriodDays();
        return trial == null || trial == 0 ? every : every + ", " + trial + " days free";
    }

    static String eligibility(HsaFsaEligibility eligibility) {
        return switch (eligibility.known().orElse(HsaFsaEligibility.Known.NOT_ELIGIBLE)) {
            case LETTER_OF_MEDICAL_NECESSITY -> "HSA/FSA eligible with a Letter of Medical Necessity";
            case AUTO_SUBSTANTIATION -> "HSA/FSA eligible";
            default -> "Not HSA/FSA eligible";
        };
    }

    private static String eligibilitySummary(CheckoutSession session) {
        List<LineItem> items = session.lineItems();
        long eligible = items.stream().filter(i -> i.product().hsaFsaEligible()).count();
        if (items.isEmpty()) {
            return null;
        }
        if (eligible == items.size()) {
            return "Every item can be paid with an HSA/FSA card.";
        }
        return eligible == 0
                ? "No item of this cart is HSA/FSA eligible."
                : "This cart mixes HSA/FSA eligible and other items: the eligible part is paid separately.";
    }

    private static List<Total> totals(CheckoutSession session) {
        CheckoutSession.Charges charges = session.charges();
        List<Total> totals = new ArrayList<>();
        if (!session.lineItems().isEmpty()) {
            totals.add(new Total("Subtotal", dollars(session.amountSubtotal()), false));
        }
        if (charges.discount() != 0) {
            totals.add(new Total("Discount", "-" + dollars(charges.discount()), false));
        }
        if (charges.tax() != 0) {
            totals.add(new Total("Tax", dollars(charges.tax()), false));
        }
        if (charges.shipping() != 0) {
            String label =
                    charges.shippingRateName() == null ? "Shipping" : "Shipping (" + charges.shippingRateName() + ")";
            totals.add(new Total(label, dollars(charges.shipping()), false));
        }
        charges.feeItems()
                .forEach(fee ->
                        totals.add(new Total(fee.name() == null ? "Fee" : fee.name(), dollars(fee.amount()), false)));
        totals.add(new Total("Total", dollars(session.amountTotal()), true));
        return totals;
    }

    /** @return e.g. {@code $1,234.05} */
    static String dollars(long cents) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        return String.format("%s$%,d.%02d", sign, abs / 100, abs % 100);
    }

    private static String spaced(String cardNumber) {
        return cardNumber.replaceAll("(\\d{4})(?=\\d)", "$1 ");
    }
}
