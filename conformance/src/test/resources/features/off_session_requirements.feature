@rule:off-session-requirements
Feature: Off-session needs a customer and their off-session card
  An off-session checkout names the customer and one of their payment methods saved for off-session use.

  Scenario: With the customer and their off-session card the checkout goes through
    Given "Noah" has a card saved for off-session payments but no letter
    When the merchant charges "Noah" off-session for 1 "bandages"
    Then the checkout is complete

  Scenario: Without a customer and a card the checkout is refused, naming both
    When the merchant charges nobody off-session for 1 "bandages"
    Then the checkout is refused because the "customer" and the "payment_method" are required

  Scenario: Without a customer the checkout is refused
    Given "Noah" has a card saved for off-session payments but no letter
    When the merchant charges the card of "Noah" off-session without naming the customer for 1 "bandages"
    Then the checkout is refused because the "customer" is required

  Scenario: Without a card the checkout is refused
    Given "Noah" has a card saved for off-session payments but no letter
    When the merchant charges "Noah" off-session without a card for 1 "bandages"
    Then the checkout is refused because the "payment_method" is required

  Scenario: A card not saved for off-session use is refused
    Given "Olive" has a card that was not saved for off-session payments
    When the merchant charges "Olive" off-session for 1 "bandages"
    Then the checkout is refused because the payment method was not saved for off-session payments

  Scenario: Another customer's card is refused
    Given "Grace" has a card saved for off-session payments
    And "Noah" has a card saved for off-session payments but no letter
    When the merchant charges "Noah" off-session with the card of "Grace" for 1 "bandages"
    Then the checkout is refused because the payment method is not found
