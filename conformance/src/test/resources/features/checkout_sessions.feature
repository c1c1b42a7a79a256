@flow:checkout-sessions
Feature: Reading checkout sessions
  A checkout session shows ids of its customer and payment intent, or the objects themselves when asked.

  Scenario: An open checkout can be read back with its line items
    When the merchant opens an on-session checkout for 2 "gym membership" and 1 "bandages" that saves the card for off-session payments
    And the merchant retrieves the checkout
    Then the checkout is open and waiting for the customer on Flex's hosted page
    And its line items are 2 "gym membership" and 1 "bandages"
    And its total is $147.00

  Scenario: Expanding the customer and the payment intent
    Given "Grace" holds a valid "gym" letter and a card saved for off-session payments
    And the merchant charges "Grace" off-session for 1 "gym membership"
    When the merchant retrieves the checkout
    Then its customer and payment intent are given as ids
    When the merchant retrieves the checkout expanding the customer and the payment intent
    Then its customer is "Grace" in full
    And its payment intent is given in full with the status "succeeded"

  Scenario: Only an authorized payment can be reauthorized
    When the merchant opens an on-session checkout for 1 "gym membership" that saves the card for off-session payments
    And the merchant asks to reauthorize it
    Then the request is refused as "checkout_session_not_authorized"

  # An authorization lapses after seven days on the sandbox clock; only the reauthorization keeps this one alive.
  @sandbox-only @flow:manual-capture
  Scenario: A payment held for manual capture is reauthorized
    When the merchant opens an on-session checkout for 1 "gym membership" captured manually
    And the customer "mo@example.com" completes it and the consultation is approved
    And 6 days pass
    And the merchant asks to reauthorize it
    And 6 days pass
    Then the checkout is complete
    And its payment is authorized and waiting to be captured

  Scenario: An open checkout is canceled
    When the merchant opens an on-session checkout for 1 "bandages" that saves the card for off-session payments
    And the merchant cancels it
    Then the checkout is canceled
