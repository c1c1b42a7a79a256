package dev.flexkit.sandbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flexkit.client.model.CaptureMethod;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.InvoiceStatus;
import dev.flexkit.client.model.PaymentIntentStatus;
import dev.flexkit.client.model.RecurringInterval;
import dev.flexkit.client.model.SubscriptionStatus;
import dev.flexkit.sandbox.domain.Subscriptions.Renewal;
import dev.flexkit.sandbox.domain.rules.DocumentedRule;
import dev.flexkit.sandbox.domain.rules.LetterRequired;
import dev.flexkit.sandbox.domain.rules.OffSessionRules;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Subscriptions of the fixture catalog's gym membership (a letter product), begun on the fixture's 2026-06-15 by a
 * customer whose consultation is approved that day: the letter is valid through 2027-06-14.
 */
class SubscriptionsTest {

    private final DatasetFixture fx = new DatasetFixture();
    private final Dataset data = fx.dataset;
    private final Subscriptions subscriptions = data.subscriptions();

    private Price monthly(long unitAmount, Long trialDays) {
        return data.catalog()
                .createPrice(new Drafts.PriceDraft(
                        null,
                        "fprod_GymMembership",
                        unitAmount,
                        null,
                        new Price.Recurring(RecurringInterval.MONTH, 1, trialDays),
                        null,
                        null));
    }

    private CheckoutSession open(Price... prices) {
        return data.checkouts()
                .create(DatasetFixture.draft(CheckoutSessionMode.SUBSCRIPTION, null, null, false, prices));
    }

    private Checkouts.Completion subscribe(boolean approved, Price... prices) {
        return data.checkouts()
                .complete(
                        open(prices).id(),
                        approved,
                        new Drafts.HostedCustomer("sub@example.com", "Sub", "Scriber", null));
    }

    private List<Renewal> advance(String duration) {
        return data.control().moveClockBy(duration).renewals();
    }

    @Nested
    class Starting {

        @Test
        void completingTheCheckoutMakesAnActiveSubscriptionWhoseFirstInvoiceTheSessionPaid() {
            Checkouts.Completion done = subscribe(true, monthly(6900L, null));

            Subscription subscription = done.subscription();
            assertThat(subscription.id()).startsWith("fsub_");
            assertThat(subscription.status()).isEqualTo(SubscriptionStatus.ACTIVE);
            assertThat(subscription.currentPeriodStart()).isEqualTo(Instant.parse("2026-06-15T12:00:00Z"));
            assertThat(subscription.currentPeriodEnd()).isEqualTo(Instant.parse("2026-07-15T12:00:00Z"));
            assertThat(subscription.paymentMethodId())
                    .isEqualTo(done.paymentMethod().id());
            // The card is charged at every renewal: saved for off-session use without setup_future_use.
            assertThat(done.paymentMethod().offSession()).isTrue();
            Invoice first = subscriptions.invoice(subscription.latestInvoiceId());
            assertThat(first.id()).startsWith("fin_");
            assertThat(first)
                    .extracting(Invoice::status, Invoice::total, Invoice::amountPaid, Invoice::paymentIntentId)
                    .containsExactly(
                            InvoiceStatus.PAID, 6900L, 6900L, done.session().paymentIntentId());
            assertThat(data.checkouts().paymentIntent(first.paymentIntentId()).status())
                    .isEqualTo(PaymentIntentStatus.SUCCEEDED);
            assertThat(subscriptions.ofSession(done.session().id())).isEqualTo(subscription);
            assertThat(subscriptions.invoiceOfPayment(first.paymentIntentId())).isEqualTo(first);
        }

        @Test
        void theSubscriptionIsIncompleteUntilPaidThenActiveAsTheEventsTell() {
            Checkouts.Completion done = subscribe(true, monthly(6900L, null));

            assertThat(data.events(Page.first(20)))
                    .extracting(Event::type)
                    .containsExactly(
                            "checkout.session.completed",
                            "customer.subscription.updated",
                            "invoice.payment_succeeded",
                            "invoice.paid",
                            "invoice.created",
                            "customer.subscription.created",
                            "payment_intent.succeeded",
                            "customer.created",
                            "payment_intent.created");
            assertThat(data.events(Page.first(20)))
                    .filteredOn(e -> e.objectKind().equals("subscription"))
                    .extracting(Event::objectId)
                    .containsOnly(done.subscription().id());
        }

        @Test
        void aTrialChargesNothingUntilItEndsThenTheFirstPeriodIsCharged() {
            Checkouts.Completion done = subscribe(true, monthly(6900L, 7L));

            Subscription trialing = done.subscription();
            assertThat(trialing.status()).isEqualTo(SubscriptionStatus.TRIALING);
            assertThat(trialing.trialEnd()).isEqualTo(Instant.parse("2026-06-22T12:00:00Z"));
            assertThat(data.checkouts()
                            .paymentIntent(done.session().paymentIntentId())
                            .status())
                    .isEqualTo(PaymentIntentStatus.CANCELED);
            assertThat(subscriptions.invoice(trialing.latestInvoiceId()))
                    .extracting(Invoice::total, Invoice::status, Invoice::paymentIntentId)
                    .containsExactly(0L, InvoiceStatus.PAID, null);

            assertThat(advance("P6D")).isEmpty();
            List<Renewal> ran = advance("P1D");

            assertThat(ran).singleElement().satisfies(r -> {
                assertThat(r.outcome()).isEqualTo(Renewal.Outcome.PAID);
                assertThat(r.at()).isEqualTo(Instant.parse("2026-06-22T12:00:00Z"));
            });
            Subscription active = subscriptions.subscription(trialing.id());
            assertThat(active.status()).isEqualTo(SubscriptionStatus.ACTIVE);
            assertThat(active.currentPeriodEnd()).isEqualTo(Instant.parse("2026-07-22T12:00:00Z"));
            assertThat(subscriptions.invoice(active.latestInvoiceId()).total()).isEqualTo(6900L);
        }

        @Test
        void aSubscriptionCheckoutNeedsARecurringPriceOnOneIntervalAndAutomaticCapture() {
            Price yearly = data.catalog()
                    .createPrice(new Drafts.PriceDraft(
                            null,
                            "fprod_GymMembership",
                            60000L,
                            null,
                            new Price.Recurring(RecurringInterval.YEAR, 1),
                            null,
                            null));

            assertThatThrownBy(() -> open(fx.gym))
                    .isInstanceOfSatisfying(
                            RuleViolationException.class,
                            e -> assertThat(e.problems())
                                    .extracting(Problem::type)
                                    .containsExactly("recurring_price_required"));
            assertThatThrownBy(() -> open(monthly(6900L, null), yearly))
                    .isInstanceOfSatisfying(
                            RuleViolationException.class,
                            e -> assertThat(e.problems())
                                    .extracting(Problem::type, Problem::loc)
                                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                            "recurring_interval_mismatch", List.of("line_items", 1))));
            Drafts.CheckoutDraft manual =
                    DatasetFixture.draft(CheckoutSessionMode.SUBSCRIPTION, null, null, false, monthly(6900L, null));
            Drafts.CheckoutDraft withManualCapture = new Drafts.CheckoutDraft(
                    manual.mode(),
                    manual.lineItems(),
                    null,
                    null,
                    false,
                    CaptureMethod.MANUAL,
                    manual.links(),
                    null,
                    Map.of(),
                    false,
                    List.of(),
                    null,
                    null,
                    List.of());
            assertThatThrownBy(() -> data.checkouts().create(withManualCapture))
                    .isInstanceOfSatisfying(
                            RuleViolationException.class,
                            e -> assertThat(e.problems())
                                    .extracting(Problem::type)
                                    .containsExactly("capture_method_not_supported"));
        }

        @Test
        void aOneTimeItemIsChargedWithTheFirstInvoiceOnly() {
            Checkouts.Completion done = subscribe(true, monthly(6900L, null), fx.bandage);

            assertThat(subscriptions
                            .invoice(done.subscription().latestInvoiceId())
                            .total())
                    .isEqualTo(6900L + 900L);
            assertThat(advance("P1M"))
                    .singleElement()
                    .satisfies(
                            r -> assertThat(subscriptions.invoice(r.invoiceId()).total())
                                    .isEqualTo(6900L));
        }
    }

    @Nested
    class Renewing {

        @Test
        void everyMonthOfTheLettersYearRenewsAndTheFirstRenewalAfterItsAnniversaryIsRefusedWithTheLomnBody() {
            Subscription subscription = subscribe(true, monthly(6900L, null)).subscription();

            List<Renewal> year = advance("P1Y");

            assertThat(year).hasSize(12);
            assertThat(year.subList(0, 11))
                    .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Renewal.Outcome.PAID));
            // 2027-05-15 is the last renewal the letter (valid through 2027-06-14) covers.
            assertThat(year.get(10).at()).isEqualTo(Instant.parse("2027-05-15T12:00:00Z"));
            Renewal refused = year.get(11);
            assertThat(refused.at()).isEqualTo(Instant.parse("2027-06-15T12:00:00Z"));
            assertThat(refused.outcome()).isEqualTo(Renewal.Outcome.REFUSED);
            assertThat(refused.problems()).containsExactly(LetterRequired.LOMN_REQUIRED);

            Subscription pastDue = subscriptions.subscription(subscription.id());
            assertThat(pastDue.status()).isEqualTo(SubscriptionStatus.PAST_DUE);
            assertThat(pastDue.latestInvoiceId()).isEqualTo(refused.invoiceId());
            Invoice open = subscriptions.invoice(refused.invoiceId());
            assertThat(open.status()).isEqualTo(InvoiceStatus.OPEN);
            assertThat(open.amountDue()).isEqualTo(6900L);
            assertThat(open.refusal()).containsExactly(LetterRequired.LOMN_REQUIRED);
            assertThat(data.checkouts().paymentIntent(refused.paymentIntentId()).status())
                    .isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
            assertThat(data.events(Page.first(3)))
                    .extracting(Event::type)
                    .containsExactly(
                            "customer.subscription.updated", "invoice.payment_failed", "payment_intent.payment_failed");
        }

        @Test
        void aPastDueSubscriptionKeepsRenewingAndIsActiveAgainOnceANewLetterCoversTheNextRenewal() {
            Subscription subscription = subscribe(true, monthly(6900L, null)).subscription();
            Renewal refused = advance("P1Y").get(11);

            // Still without a letter a month later: refused again, still past_due.
            Renewal againRefused = advance("P1M").get(0);
            assertThat(againRefused.outcome()).isEqualTo(Renewal.Outcome.REFUSED);
            assertThat(againRefused.at()).isEqualTo(Instant.parse("2027-07-15T12:00:00Z"));
            assertThat(subscriptions.subscription(subscription.id()).status()).isEqualTo(SubscriptionStatus.PAST_DUE);

            // A new consultation (an on-session checkout of the gym membership, approved) grants a new letter.
            CheckoutSession visit = data.checkouts()
                    .create(DatasetFixture.draft(
                            CheckoutSessionMode.PAYMENT, subscription.customerId(), null, false, monthlyOneOff()));
            data.checkouts().complete(visit.id(), true, null);

            Renewal paid = advance("P1M").get(0);
            assertThat(paid.outcome()).isEqualTo(Renewal.Outcome.PAID);
            Subscription active = subscriptions.subscription(subscription.id());
            assertThat(active.status()).isEqualTo(SubscriptionStatus.ACTIVE);
            assertThat(active.latestInvoiceId()).isEqualTo(paid.invoiceId());
            // The refused invoices are not retried: they stay open.
            assertThat(subscriptions.invoice(refused.invoiceId()).status()).isEqualTo(InvoiceStatus.OPEN);
            assertThat(subscriptions.invoice(againRefused.invoiceId()).status()).isEqualTo(InvoiceStatus.OPEN);
        }

        private Price monthlyOneOff() {
            return data.catalog()
                    .createPrice(new Drafts.PriceDraft(null, "fprod_GymMembership", 2500L, null, null, null, null));
        }

        @Test
        void eachRenewalIsDatedWhenItRanAndPaidByANewPaymentIntentOfItsInvoice() {
            Subscription subscription = subscribe(true, monthly(6900L, null)).subscription();

            Renewal first = advance("P40D").get(0);

            assertThat(data.control().now()).isEqualTo(Instant.parse("2026-07-25T12:00:00Z"));
            Invoice invoice = subscriptions.invoice(first.invoiceId());
            assertThat(invoice.createdAt()).isEqualTo(Instant.parse("2026-07-15T12:00:00Z"));
            assertThat(invoice.periodStart()).isEqualTo(Instant.parse("2026-07-15T12:00:00Z"));
            assertThat(invoice.periodEnd()).isEqualTo(Instant.parse("2026-08-15T12:00:00Z"));
            PaymentIntent payment = data.checkouts().paymentIntent(first.paymentIntentId());
            assertThat(payment)
                    .extracting(PaymentIntent::status, PaymentIntent::amountReceived, PaymentIntent::paymentMethodId)
                    .containsExactly(PaymentIntentStatus.SUCCEEDED, 6900L, subscription.paymentMethodId());
            assertThat(subscriptions.subscription(subscription.id()).currentPeriodStart())
                    .isEqualTo(Instant.parse("2026-07-15T12:00:00Z"));
        }

        @Test
        void periodsAreCountedFromTheStartSoTheEndOfAShortMonthDoesNotShiftTheNextOnes() {
            data.control().moveClock(Instant.parse("2027-01-31T09:00:00Z"));
            Subscription subscription = subscribe(true, monthly(6900L, null)).subscription();

            assertThat(advance("P2M"))
                    .extracting(Renewal::at)
                    .containsExactly(Instant.parse("2027-02-28T09:00:00Z"), Instant.parse("2027-03-31T09:00:00Z"));
            assertThat(subscriptions.subscription(subscription.id()).currentPeriodEnd())
                    .isEqualTo(Instant.parse("2027-04-30T09:00:00Z"));
        }

        @Test
        void aDeniedConsultationLeavesTheFirstRenewalWithoutALetter() {
            Subscription subscription = subscribe(false, monthly(6900L, null)).subscription();

            assertThat(subscription.status()).isEqualTo(SubscriptionStatus.ACTIVE);
            assertThat(advance("P1M")).singleElement().satisfies(r -> {
                assertThat(r.outcome()).isEqualTo(Renewal.Outcome.REFUSED);
                assertThat(r.problems()).containsExactly(LetterRequired.LOMN_REQUIRED);
            });
        }

        @Test
        void aPaidRenewalRecordsItsPaymentAndBothInvoiceEventsOfThePaidInvoice() {
            subscribe(true, monthly(6900L, null));
            int before = data.events(Page.first(100)).size();

            Renewal renewal = advance("P1M").get(0);

            // The fulfillment guide: invoice.payment_succeeded "covers initial payment and renewals".
            List<Event> events = data.events(Page.first(100));
            assertThat(events.subList(0, events.size() - before))
                    .extracting(Event::type, Event::objectId)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    "customer.subscription.updated", renewal.subscriptionId()),
                            org.assertj.core.groups.Tuple.tuple("invoice.payment_succeeded", renewal.invoiceId()),
                            org.assertj.core.groups.Tuple.tuple("invoice.paid", renewal.invoiceId()),
                            org.assertj.core.groups.Tuple.tuple("payment_intent.succeeded", renewal.paymentIntentId()),
                            org.assertj.core.groups.Tuple.tuple("invoice.created", renewal.invoiceId()),
                            org.assertj.core.groups.Tuple.tuple("payment_intent.created", renewal.paymentIntentId()));
        }

        @Test
        void aRefusedRenewalRecordsNoInvoicePaymentSucceeded() {
            Subscription subscription = subscribe(true, monthly(6900L, null)).subscription();
            subscriptions.failNextRenewal(subscription.id());
            int before = data.events(Page.first(100)).size();

            advance("P1M");

            List<Event> events = data.events(Page.first(100));
            assertThat(events.subList(0, events.size() - before))
                    .extracting(Event::type)
                    .contains("invoice.payment_failed")
                    .doesNotContain("invoice.payment_succeeded", "invoice.paid", "payment_intent.succeeded");
        }

        @Test
        void aTrialCardThatIsTheDeclinedTestCardIsDeclinedAtTheFirstCharge() {
            Checkouts.Completion done = data.checkouts()
                    .complete(
                            open(monthly(6900L, 7L)).id(),
                            true,
                            new Drafts.HostedCustomer("trial@example.com", null, null, null),
                            TestCards.DECLINED);
            assertThat(done.subscription().status()).isEqualTo(SubscriptionStatus.TRIALING);

            Renewal first = advance("P7D").get(0);

            assertThat(first.outcome()).isEqualTo(Renewal.Outcome.REFUSED);
            assertThat(first.problems()).containsExactly(TestCards.OFF_SESSION_DECLINE);
            assertThat(subscriptions.subscription(done.subscription().id()).status())
                    .isEqualTo(SubscriptionStatus.PAST_DUE);
        }

        @Test
        void aDeclinedCardFailsTheNextRenewalOnly() {
            Subscription subscription = subscribe(true, monthly(6900L, null)).subscription();

            assertThat(subscriptions.failNextRenewal(subscription.id()).failNextRenewal())
                    .isTrue();
            Renewal declined = advance("P1M").get(0);

            assertThat(declined.outcome()).isEqualTo(Renewal.Outcome.REFUSED);
            assertThat(declined.problems()).extracting(Problem::type).containsExactly("card_declined");
            assertThat(subscriptions.subscription(subscription.id()))
                    .extracting(Subscription::status, Subscription::failNextRenewal)
                    .containsExactly(SubscriptionStatus.PAST_DUE, false);
        }

        @Test
        void theRenewalsFollowTheSandboxsRulesSoASandboxWithoutOneYearExpiryKeepsRenewing() {
            Dataset broken = new Dataset(OffSessionRules.without(DocumentedRule.ONE_YEAR_EXPIRY));
            broken.control()
                    .seed(new Drafts.Seed(Instant.parse("2026-06-15T12:00:00Z"), List.of(), List.of(), List.of()));
            Product gym = broken.catalog()
                    .createProduct(new Drafts.ProductDraft(
                            null,
                            "Gym",
                            null,
                            dev.flexkit.client.model.VisitType.GYM,
                            dev.flexkit.client.model.HsaFsaEligibility.LETTER_OF_MEDICAL_NECESSITY,
                            null,
                            null,
                            null,
                            null,
                            null,
                            Map.of()));
            Price price = broken.catalog()
                    .createPrice(new Drafts.PriceDraft(
                            null, gym.id(), 6900L, null, new Price.Recurring(RecurringInterval.MONTH, 1), null, null));
            CheckoutSession session = broken.checkouts()
                    .create(DatasetFixture.draft(CheckoutSessionMode.SUBSCRIPTION, null, null, false, price));
            broken.checkouts()
                    .complete(session.id(), true, new Drafts.HostedCustomer("b@example.com", null, null, null));

            assertThat(broken.control().moveClockBy("P2Y").renewals())
                    .hasSize(24)
                    .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Renewal.Outcome.PAID));
        }

        @Test
        void manySubscriptionsRenewInTimeOrderEachOncePerPeriod() {
            Price price = monthly(6900L, null);
            for (int i = 0; i < 200; i++) {
                data.control().moveClockBy("PT1H");
                CheckoutSession session = open(price);
                data.checkouts()
                        .complete(
                                session.id(),
                                true,
                                new Drafts.HostedCustomer("s" + i + "@example.com", null, null, null));
            }

            List<Renewal> ran = advance("P6M");

            assertThat(ran).hasSize(200 * 6);
            assertThat(ran).extracting(Renewal::at).isSorted();
            assertThat(ran.stream()
                            .collect(java.util.stream.Collectors.groupingBy(
                                    Renewal::subscriptionId, java.util.stream.Collectors.counting()))
                            .values())
                    .hasSize(200)
                    .containsOnly(6L);
            assertThat(ran).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Renewal.Outcome.PAID));
        }

        @Test
        void movingTheClockBackRunsNothingAndAResetForgetsTheSchedule() {
            subscribe(true, monthly(6900L, null));

            assertThat(advance("-P10D")).isEmpty();
            data.control().reset();
            assertThat(advance("P2Y")).isEmpty();
            assertThat(subscriptions.list(null, null, Page.first(10))).isEmpty();
        }
    }

    @Nested
    class Canceling {

        @Test
        void atPeriodEndItStaysActiveThenEndsInsteadOfRenewing() {
            Subscription subscription = subscribe(true, monthly(6900L, null)).subscription();

            Subscription pending = subscriptions.cancel(subscription.id(), true, null, null);

            assertThat(pending)
                    .extracting(Subscription::status, Subscription::cancelAtPeriodEnd)
                    .containsExactly(SubscriptionStatus.ACTIVE, true);
            assertThat(advance("P1M")).singleElement().satisfies(r -> {
                assertThat(r.outcome()).isEqualTo(Renewal.Outcome.CANCELED);
                assertThat(r.invoiceId()).isNull();
            });
            assertThat(subscriptions.subscription(subscription.id()))
                    .extracting(Subscription::status, Subscription::canceledAt)
                    .containsExactly(SubscriptionStatus.CANCELED, Instant.parse("2026-07-15T12:00:00Z"));
            assertThat(data.events(Page.first(1)))
                    .extracting(Event::type)
                    .containsExactly("customer.subscription.deleted");
            assertThat(subscriptions.invoices(null, Page.first(10))).hasSize(1);
        }

        @Test
        void immediatelyItEndsNowAndNothingFallsDueAgain() {
            Subscription subscription = subscribe(true, monthly(6900L, null)).subscription();

            Subscription canceled = subscriptions.cancel(subscription.id(), false, "none", 0L);

            assertThat(canceled.status()).isEqualTo(SubscriptionStatus.CANCELED);
            assertThat(canceled.canceledAt()).isEqualTo(Instant.parse("2026-06-15T12:00:00Z"));
            assertThat(advance("P1Y")).isEmpty();
            assertThatThrownBy(() -> subscriptions.cancel(subscription.id(), false, null, null))
                    .isInstanceOfSatisfying(
                            InvalidStateException.class,
                            e -> assertThat(e.problem().type()).isEqualTo("subscription_canceled"));
        }

        @Test
        void aRefundOnCancelIsNotSimulatedAndRefusedBeforeAnythingChanges() {
            Subscription subscription = subscribe(true, monthly(6900L, null)).subscription();

            assertThatThrownBy(() -> subscriptions.cancel(subscription.id(), false, "prorated", null))
                    .isInstanceOfSatisfying(
                            RuleViolationException.class,
                            e -> assertThat(e.problems())
                                    .extracting(Problem::type, Problem::loc)
                                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                            "not_supported_by_sandbox", List.of("body", "refund"))));
            assertThat(subscriptions.subscription(subscription.id()).status()).isEqualTo(SubscriptionStatus.ACTIVE);
        }

        @Test
        void anUpdateSetsCancelAtPeriodEndAndTakesItBackAndCancelAtEndsItThen() {
            Subscription subscription = subscribe(true, monthly(6900L, null)).subscription();
            Subscriptions.Changes atPeriodEnd = new Subscriptions.Changes(true, null, null, null, false, false, false);
            Subscriptions.Changes takeBack = new Subscriptions.Changes(false, null, null, null, false, false, false);

            assertThat(subscriptions.update(subscription.id(), atPeriodEnd).cancelAtPeriodEnd())
                    .isTrue();
            assertThat(subscriptions.update(subscription.id(), takeBack).cancelAtPeriodEnd())
                    .isFalse();
            Instant then = Instant.parse("2026-08-01T00:00:00Z");
            subscriptions.update(
                    subscription.id(),
                    new Subscriptions.Changes(null, then, Map.of("reason", "moving"), null, false, false, false));

            assertThat(advance("P3M"))
                    .extracting(Renewal::outcome, Renewal::at)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    Renewal.Outcome.PAID, Instant.parse("2026-07-15T12:00:00Z")),
                            org.assertj.core.groups.Tuple.tuple(Renewal.Outcome.CANCELED, then));
            assertThat(subscriptions.subscription(subscription.id()).metadata()).containsEntry("reason", "moving");
        }

        @Test
        void whatTheSandboxDoesNotSimulateIsRefusedNotDropped() {
            Subscription subscription = subscribe(true, monthly(6900L, null)).subscription();

            assertThatThrownBy(() -> subscriptions.update(
                            subscription.id(), new Subscriptions.Changes(null, null, null, null, true, true, false)))
                    .isInstanceOfSatisfying(
                            RuleViolationException.class,
                            e -> assertThat(e.problems())
                                    .extracting(Problem::loc)
                                    .containsExactly(
                                            List.of("body", "subscription", "items"),
                                            List.of("body", "subscription", "coupon")));
        }
    }

    @Test
    void listsFilterByCustomerAndStatusNewestFirst() {
        Subscription first = subscribe(true, monthly(6900L, null)).subscription();
        Subscription second = subscribe(true, monthly(4500L, null)).subscription();
        subscriptions.cancel(first.id(), false, null, null);

        assertThat(subscriptions.list(null, null, Page.first(10)))
                .extracting(Subscription::id)
                .containsExactly(second.id(), first.id());
        assertThat(subscriptions.list(first.customerId(), SubscriptionStatus.CANCELED, Page.first(10)))
                .extracting(Subscription::id)
                .containsExactly(first.id());
        assertThat(subscriptions.list("fcus_nobody", null, Page.first(10))).isEmpty();
        assertThat(subscriptions.invoices(first.customerId(), Page.first(10))).hasSize(2);
        assertThatThrownBy(() -> subscriptions.subscription("fsub_missing")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> subscriptions.invoice("fin_missing")).isInstanceOf(NotFoundException.class);
    }
}
