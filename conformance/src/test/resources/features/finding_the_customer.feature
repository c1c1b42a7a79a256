@flow:finding-ids
Feature: Finding the customer_id and the off-session payment method
  The off-session call needs the customer_id and the id of a card saved for off-session payments.

  Scenario: The customer is found by email
    Given "Grace" holds a valid "gym" letter and a card saved for off-session payments
    When the merchant looks for customers with the email of "Grace"
    Then exactly "Grace" is found

  Scenario: The off-session card is found among the customer's payment methods
    Given "Grace" holds a valid "gym" letter and a card saved for off-session payments
    When the merchant lists the payment methods of "Grace"
    Then one of them is saved for off-session payments
    And it can be retrieved on its own

  @sandbox-only
  Scenario: The customer_id is on the completed checkout session
    When the merchant opens an on-session checkout for 1 "gym membership" that saves the card for off-session payments
    And the customer "finn@example.com" completes it and the consultation is approved
    When the merchant retrieves the checkout
    Then its customer is the customer with the email "finn@example.com"
