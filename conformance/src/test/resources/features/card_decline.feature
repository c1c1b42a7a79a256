@flow:card-decline
Feature: A declined card leaves the checkout open for another try
  Flex's subscriptions guide documents two test cards: 4242 4242 4242 4242 succeeds, 4000 0000 0000 9995 is
  declined. A customer paying a one-off checkout with the declined card is told so on the hosted page; the checkout
  stays open and nothing is charged, so the customer can pay with another card. A checkout that charges nothing (a
  setup checkout) saves the declined card; charged off-session later, it is declined the same way (inferred from
  Stripe: Flex's pages show declines on the hosted page only). The hosted page is played through the sandbox's
  control API.

  @sandbox-only
  Scenario: The declined test card charges nothing and a second card completes the checkout
    When the merchant opens an on-session checkout for 1 "gym membership" that saves the card for off-session payments
    And the customer "declined@example.com" pays it with Flex's declined test card
    Then the card is declined and the checkout stays open
    When the customer "declined@example.com" completes it and the consultation is approved
    Then the checkout is complete

  @sandbox-only
  Scenario: A saved declined test card is declined off-session and the checkout stays open
    When the merchant opens a checkout that saves a card without a charge
    And the customer "saved-declined@example.com" saves Flex's declined test card on it
    Then the checkout is complete
    When the merchant charges that customer off-session with that card for 1 "bandages"
    Then the card is declined and that customer's off-session checkout stays open
