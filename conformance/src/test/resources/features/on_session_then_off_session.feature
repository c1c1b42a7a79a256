@flow:off-session-setup
Feature: From the first on-session checkout to off-session payments
  The customer goes through one on-session checkout created with setup_future_use: off_session. That gives
  them a customer_id, a letter for the visit types of the cart, and a card saved for off-session payments.

  @sandbox-only @rule:letter-required
  Scenario: An approved consultation makes the next checkouts possible off-session
    When the merchant opens an on-session checkout for 1 "gym membership" that saves the card for off-session payments
    Then the checkout is open and waiting for the customer on Flex's hosted page
    When the customer "jane@example.com" completes it and the consultation is approved
    Then the checkout is complete
    And the customer of the checkout has a card saved for off-session payments
    When the merchant charges that customer off-session with that card for 1 "gym membership"
    Then the checkout is complete
    And its payment succeeded for $69.00
    And the checkout requires a letter for the "gym" visit type

  @sandbox-only @rule:letter-required
  Scenario: A denied consultation leaves the customer without a letter
    When the merchant opens an on-session checkout for 1 "gym membership" that saves the card for off-session payments
    And the customer "dan@example.com" completes it and the consultation is denied
    And the merchant charges that customer off-session with that card for 1 "gym membership"
    Then the checkout is refused because a letter is required

  @sandbox-only @rule:off-session-requirements
  Scenario: Without setup_future_use the card cannot be used off-session
    When the merchant opens an on-session checkout for 1 "bandages" that does not save the card
    And the customer "pat@example.com" completes it and the consultation is approved
    And the merchant charges that customer off-session with that card for 1 "bandages"
    Then the checkout is refused because the payment method was not saved for off-session payments
