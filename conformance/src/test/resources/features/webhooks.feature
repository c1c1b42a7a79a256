@flow:webhooks
Feature: A webhook tells the merchant that a checkout completed, signed by Flex
  Flex's fulfillment guide: register an endpoint for checkout.session.completed, let the customer pay on the hosted
  page, verify each event's signature (Flex's verifying-webhooks page) and fulfil the order. Retry Event sends a
  completed checkout's event again, as a new event. The endpoint runs on this machine, so only the sandbox can reach
  it; the hosted page is played through the sandbox's control API.

  @sandbox-only
  Scenario: A completed checkout reaches the merchant's endpoint, signed, and is sent again on request
    Given the merchant registers a webhook endpoint for "checkout.session.completed"
    When the merchant opens an on-session checkout for 1 "bandages" that does not save the card
    And the customer "webhook@example.com" completes it and the consultation is approved
    Then the checkout is complete
    And the endpoint receives a signed "checkout.session.completed" event for the checkout
    When the merchant retries that event
    Then the endpoint receives the retried event, signed
