@flow:refund
Feature: Refunds
  A completed checkout is refunded in full, by amount, or item by item (by product or by price), as Flex's refund
  guide describes; each refund is also a resource of its own, found by its checkout session. A checkout that is not
  complete, or more than was paid, is refused.

  Background:
    Given "Grace" holds a valid "gym" letter and a card saved for off-session payments
    And the merchant charges "Grace" off-session for 1 "gym membership" and 1 "bandages"

  Scenario: A completed checkout is refunded, then the refund is found by its checkout session
    When the merchant refunds $20.00 of the "gym membership"
    Then the checkout has refunded $20.00
    When the merchant lists the refunds of that checkout
    Then the list holds exactly the checkout's refund of $20.00

  Scenario: A whole item is refunded by its price
    When the merchant refunds the whole "bandages" by its price
    Then the checkout has refunded $9.00

  Scenario: The whole checkout is refunded, and nothing is left to refund
    When the merchant refunds the whole checkout
    Then the checkout has refunded $78.00
    When the merchant refunds the whole checkout
    Then the request is refused as "refund_exceeds_amount_received"

  Scenario: Refunding more than was paid is refused
    When the merchant refunds $78.01 of the checkout
    Then the request is refused as "refund_exceeds_amount_received"
    And nothing was refunded

  Scenario: Refunding more of an item than it cost is refused
    When the merchant refunds $69.01 of the "gym membership"
    Then the request is refused as "refund_exceeds_line_amount"
    And nothing was refunded

  Scenario: The refund allocation preview names the card and refunds nothing
    When the merchant previews a refund of $20.00 of the "gym membership"
    Then the preview takes $20.00 from the customer's card
    And nothing was refunded

  Scenario: A checkout that is not complete cannot be refunded
    When the merchant opens an on-session checkout for 1 "bandages" that saves the card for off-session payments
    And the merchant refunds the whole checkout
    Then the request is refused as "checkout_session_not_complete"
