@rule:letter-required
Feature: Letter required
  An off-session checkout for a product that needs a Letter of Medical Necessity (LoMN) fails
  unless the customer holds a valid letter. Flex answers with one documented error.

  Scenario: A customer without a letter cannot be charged off-session for a letter product
    Given "Noah" has a card saved for off-session payments but no letter
    When the merchant charges "Noah" off-session for 1 "gym membership"
    Then the checkout is refused because a letter is required

  Scenario: A customer holding a valid letter is charged off-session
    Given "Grace" holds a valid "gym" letter and a card saved for off-session payments
    When the merchant charges "Grace" off-session for 1 "gym membership"
    Then the checkout is complete
    And its payment succeeded for $69.00

  Scenario: A product that needs no letter is charged off-session without one
    Given "Noah" has a card saved for off-session payments but no letter
    When the merchant charges "Noah" off-session for 2 "bandages"
    Then the checkout is complete
    And its payment succeeded for $18.00
    And the checkout does not require a letter
