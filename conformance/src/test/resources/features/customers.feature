@flow:customers
Feature: Customers and their payment methods
  Customers are listed newest first, a page at a time.

  Scenario: A new customer can be read back and updated
    When the merchant creates a customer "Ada Lovelace"
    Then the customer can be read back with the same details
    When the merchant changes the employer of the customer to "Analytical Engines"
    Then the customer's employer is "Analytical Engines"

  Scenario: Customers are listed a page at a time
    When the merchant creates the customers "Ada", "Grace" and "Edsger"
    And the merchant lists customers 2 at a time
    Then the pages do not repeat a customer
    And the new customers come newest first: "Edsger", "Grace", "Ada"

  Scenario: A customer's payment methods are listed
    Given "Grace" holds a valid "gym" letter and a card saved for off-session payments
    When the merchant lists the payment methods of "Grace"
    Then every payment method belongs to "Grace"
