@rule:visit-type-scope
Feature: A letter covers only its own visit type
  Letters are tied to a visit_type: a letter covers every product of that visit type, and no other.

  Scenario: A gym letter does not cover a skincare product
    Given "Grace" holds a valid "gym" letter and a card saved for off-session payments
    When the merchant charges "Grace" off-session for 1 "acne treatment"
    Then the checkout is refused because a letter is required

  Scenario: A gym letter covers every gym product
    Given "Grace" holds a valid "gym" letter and a card saved for off-session payments
    When the merchant charges "Grace" off-session for 1 "gym membership" and 1 "personal training"
    Then the checkout is complete
    And the checkout is for the "gym" visit type

  Scenario: A cart mixing two visit types needs a letter for each
    Given "Grace" holds a valid "gym" letter and a card saved for off-session payments
    When the merchant charges "Grace" off-session for 1 "gym membership" and 1 "acne treatment"
    Then the checkout is refused because a letter is required

  Scenario: A customer with letters for both visit types can buy both
    Given "Sam" holds valid letters for the "gym" and "skincare" visit types and a card saved for off-session payments
    When the merchant charges "Sam" off-session for 1 "gym membership" and 1 "acne treatment"
    Then the checkout is complete
    And its payment succeeded for $114.00
