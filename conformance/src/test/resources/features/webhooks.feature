@flow:webhooks
Feature: A webhook tells the merchant that a checkout completed, signed by Flex
  Flex's fulfillment guide: register an endpoint for checkout.session.completed, let the customer pay on the hosted
  page, verify each event's signature (Flex's verifying-webhooks page) and fulfil the order. Retry Event sends a
  completed checkout's event again, as a new event. The guide's list of events spells the completion
  checkout_session.completed, and names payment_intent.created, payment_intent.succeeded and, for subscriptions,
  invoice.payment_succeeded ("sent when a subscription invoice is paid"). The endpoint runs on this machine, so only
  the sandbox can reach it; the hosted page is played through the sandbox's control API.

  @sandbox-only
  Scenario: A completed checkout reaches the merchant's endpoint, signed, and is sent again on request
    Given the merchant registers a webhook endpoint for "checkout.session.completed"
    When the merchant opens an on-session checkout for 1 "bandages" that does not save the card
    And the customer "webhook@example.com" completes it and the consultation is approved
    Then the checkout is complete
    And the endpoint receives a signed "checkout.session.completed" event for the checkout
    When the merchant retries that event
    Then the endpoint receives the retried event, signed

  @sandbox-only
  Scenario: An endpoint subscribed by the fulfillment guide's other spelling gets the completed checkout
    Given the merchant registers a webhook endpoint for "checkout_session.completed"
    When the merchant opens an on-session checkout for 1 "bandages" that does not save the card
    And the customer "spelling@example.com" completes it and the consultation is approved
    Then the endpoint receives a signed "checkout.session.completed" event for the checkout

  @sandbox-only
  Scenario: An off-session checkout announces its payment intent, the payment and the completed checkout
    Given the merchant registers a webhook endpoint for "payment_intent.created", "payment_intent.succeeded" and "checkout.session.completed"
    When the merchant charges "Grace" off-session for 1 "gym membership"
    Then the checkout is complete
    And the endpoint receives a signed "payment_intent.created" event for the checkout's payment
    And the endpoint receives a signed "payment_intent.succeeded" event for the checkout's payment
    And the endpoint receives a signed "checkout.session.completed" event for the checkout

  @sandbox-only
  Scenario: A subscription's paid first invoice is announced as invoice.payment_succeeded
    Given the merchant registers a webhook endpoint for "invoice.payment_succeeded"
    When the merchant opens a monthly subscription checkout for "gym membership" at $69.00
    And the customer "subscriber@example.com" completes it and the consultation is approved
    Then the endpoint receives a signed "invoice.payment_succeeded" event for the checkout's first invoice
