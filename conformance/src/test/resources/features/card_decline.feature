@flow:card-decline
Feature: A declined card leaves the checkout open for another try
  Flex's subscriptions guide documents two test cards: 4242 4242 4242 4242 succeeds, 4000 0000 0000 9995 is
  declined. A customer paying a one-off checkout with the declined card is told so on the hosted page; the checkout
  stays open and nothing is charged, so the customer can pay with another card. The hosted page is played through
  the sandbox's control API.

  @sandbox-only
  Scenario: The declined test card charges nothing and a second card completes the checkout
    When the merchant opens an on-session checkout for 1 "gym membership" that saves the card for off-session payments
    And the customer "declined@example.com" pays it with Flex's declined test card
    Then the card is declined and the checkout stays open
    When the customer "declined@example.com" completes it and the consultation is approved
    Then the checkout is complete
