package dev.flexkit.sandbox.domain;

import dev.flexkit.client.model.CaptureMethod;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.VisitType;
import dev.flexkit.sandbox.control.SeedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A dataset holding the kit's fixture catalog ({@code mock/seeds/example.yaml}: the clock on 2026-06-15), and
 * shorthands to create checkouts in it.
 */
final class DatasetFixture {

    final Dataset dataset = new Dataset();
    final Price gym;
    final Price skincare;
    final Price bandage;
    final Price shirt;

    DatasetFixture() {
        try {
            dataset.control().seed(SeedFiles.read(Path.of("seeds", "example.yaml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        gym = dataset.catalog().price("fprice_GymMonthly");
        skincare = dataset.catalog().price("fprice_AcneTreatment");
        bandage = dataset.catalog().price("fprice_Bandages");
        shirt = dataset.catalog().price("fprice_TShirt");
    }

    Customer customer(String email) {
        return dataset.customers()
                .create(new Drafts.CustomerDraft(null, "Jo", "Doe", email, null, null, null, Map.of()));
    }

    /** A customer holding an off-session card and the given letters, as a seed would make them. */
    Drafts.Seed seedHolder(String customerId, String paymentMethodId, Drafts.SeedLetter... letters) {
        return new Drafts.Seed(
                null,
                List.of(),
                List.of(),
                List.of(new Drafts.SeedCustomer(
                        new Drafts.CustomerDraft(
                                customerId, "Grace", "Holder", customerId + "@example.com", null, null, null, Map.of()),
                        List.of(new Drafts.SeedPaymentMethod(paymentMethodId, true, "visa", "4242")),
                        List.of(letters))));
    }

    static Drafts.SeedLetter letter(VisitType visitType, String day) {
        return new Drafts.SeedLetter(visitType, LocalDate.parse(day));
    }

    CheckoutSession onSession(boolean saveForOffSession, Price... prices) {
        return dataset.checkouts().create(draft(CheckoutSessionMode.PAYMENT, null, null, saveForOffSession, prices));
    }

    CheckoutSession offSession(String customerId, String paymentMethodId, Price... prices) {
        return dataset.checkouts()
                .create(draft(CheckoutSessionMode.OFF_SESSION, customerId, paymentMethodId, false, prices));
    }

    /** An on-session checkout paid on the hosted page: captured at once, or held with {@code manual} capture. */
    CheckoutSession paid(CaptureMethod capture, Long tax, Long shipping, Price... prices) {
        Drafts.CheckoutDraft plain = draft(CheckoutSessionMode.PAYMENT, null, null, true, prices);
        Drafts.CheckoutDraft draft = new Drafts.CheckoutDraft(
                plain.mode(),
                plain.lineItems(),
                null,
                null,
                true,
                capture,
                plain.links(),
                null,
                Map.of(),
                false,
                List.of(),
                shipping == null ? null : new Drafts.ShippingDraft(null, "Ground", shipping),
                tax,
                List.of());
        CheckoutSession session = dataset.checkouts().create(draft);
        return dataset.checkouts()
                .complete(session.id(), true, new Drafts.HostedCustomer("jane@example.com", null, null, null))
                .session();
    }

    static Drafts.CheckoutDraft draft(
            CheckoutSessionMode mode, String customerId, String paymentMethodId, boolean save, Price... prices) {
        List<Drafts.LineDraft> lines = java.util.Arrays.stream(prices)
                .map(p -> new Drafts.LineDraft(p.id(), null, 1))
                .toList();
        return new Drafts.CheckoutDraft(
                mode,
                lines,
                customerId,
                paymentMethodId,
                save,
                null,
                new CheckoutSession.Links("https://example.com/success", "https://example.com/cancel", null),
                null,
                Map.of(),
                false,
                List.of(),
                null,
                null,
                List.of());
    }
}
