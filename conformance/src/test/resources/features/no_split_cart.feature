@rule:no-split-cart
Feature: No split cart off-session
  Off-session, every item in the cart must be HSA/FSA eligible: there is no customer to pay for the rest
  with a second card.

  Scenario: A cart with an item that is not eligible is refused, naming the item
    Given "Grace" has a card saved for off-session payments
    When the merchant charges "Grace" off-session for 1 "bandages" and 1 "t-shirt"
    Then the checkout is refused because item 2 of the cart is not HSA/FSA eligible

  Scenario: A split cart is refused even when the customer holds the letter
    Given "Grace" holds a valid "gym" letter and a card saved for off-session payments
    When the merchant charges "Grace" off-session for 1 "gym membership" and 1 "t-shirt"
    Then the checkout is refused because item 2 of the cart is not HSA/FSA eligible

  Scenario: A split cart is refused as a split cart before the letter is considered
    Given "Noah" has a card saved for off-session payments but no letter
    When the merchant charges "Noah" off-session for 1 "t-shirt" and 1 "gym membership"
    Then the checkout is refused because item 1 of the cart is not HSA/FSA eligible

  Scenario: A cart of eligible items is charged
    Given "Grace" holds a valid "gym" letter and a card saved for off-session payments
    When the merchant charges "Grace" off-session for 1 "gym membership" and 1 "bandages"
    Then the checkout is complete
    And its payment succeeded for $78.00
