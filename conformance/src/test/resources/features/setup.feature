@mode:setup
Feature: A setup checkout saves a card for off-session payments without a charge
  A checkout of mode setup has no line items and charges nothing: the customer gives a card on the hosted page, and
  the card is saved for off-session payments (Flex documents setup for payment links; for checkout sessions the
  contract infers it). The hosted page is played through the sandbox's control API.

  @sandbox-only
  Scenario: The saved card pays a later off-session checkout
    When the merchant opens a checkout that saves a card without a charge
    Then the checkout is open and waiting for the customer on Flex's hosted page
    When the customer "setup@example.com" completes it and the consultation is approved
    Then the checkout is complete
    And nothing was charged
    And the checkout has a setup intent
    And the customer of the checkout has a card saved for off-session payments
    When the merchant charges that customer off-session with that card for 1 "bandages"
    Then the checkout is complete
    And its payment succeeded for $9.00
