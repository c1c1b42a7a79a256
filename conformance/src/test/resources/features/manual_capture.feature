@flow:manual-capture
Feature: Manual capture
  A checkout created with capture_method manual is only authorized when the customer pays: the payment is held.
  The merchant captures it at fulfilment, all of it or part, item by item; a final capture releases the rest.
  A hold the merchant neither captures nor reauthorizes lapses after seven days (the sandbox's reading, as Stripe's).

  Background:
    When the merchant opens an on-session checkout for 1 "gym membership" and 1 "bandages" captured manually
    And the customer "mo@example.com" completes it and the consultation is approved

  @sandbox-only
  Scenario: Part of an authorization is captured, then the capture is read
    Then its payment is authorized and waiting to be captured
    When the merchant captures $50.00 of the "gym membership" and keeps the rest authorized
    Then the checkout has received $50.00
    And $28.00 is still authorized
    When the merchant reads that capture
    Then the capture is of $50.00 of the checkout's payment
    When the merchant lists the captures of that checkout
    Then the capture is of $50.00 of the checkout's payment

  @sandbox-only
  Scenario: A final capture releases the rest of the hold
    When the merchant captures $10.00 of the "gym membership" as the final capture
    Then the checkout has received $10.00
    And nothing is left authorized
    When the merchant captures $1.00 of the "bandages" as the final capture
    Then the request is refused as "checkout_session_not_authorized"

  @sandbox-only
  Scenario: Capturing more of an item than it costs is refused
    When the merchant captures $70.00 of the "gym membership" as the final capture
    Then the request is refused as "capture_exceeds_line_amount"
    And $78.00 is still authorized

  @sandbox-only
  Scenario: The capture allocation preview names the card and captures nothing
    When the merchant previews a capture of $40.00 of the "gym membership"
    Then the preview takes $40.00 from the customer's card
    And $78.00 is still authorized

  @sandbox-only
  Scenario: An authorization that is not reauthorized lapses after seven days
    When 8 days pass
    Then the authorization has lapsed
    When the merchant captures the whole authorization
    Then the request is refused as "checkout_session_not_authorized"

  @sandbox-only
  Scenario: A reauthorized authorization can still be captured in full after its first seven days
    When 6 days pass
    And the merchant asks to reauthorize it
    And 6 days pass
    And the merchant captures the whole authorization
    Then the checkout has received $78.00
    And nothing is left authorized

  @sandbox-only
  Scenario: Canceling releases the hold
    When the merchant cancels it
    Then the checkout is canceled
    And nothing is left authorized
