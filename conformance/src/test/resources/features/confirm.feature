@flow:confirm
Feature: Confirm a checkout with a saved card
  Confirm charges an open checkout against one saved payment method of its customer, only its HSA/FSA-eligible
  portion; it needs an Idempotency-Key and refuses a checkout captured manually.

  Background:
    Given "Grace" holds a valid "gym" letter and a card saved for off-session payments

  Scenario: Confirm charges only the HSA/FSA-eligible part of a split cart
    When the merchant opens a checkout of "Grace" for 1 "bandages" and 1 "t-shirt"
    And the merchant confirms it
    Then the checkout is complete
    And the checkout has received $9.00

  Scenario: Confirm refuses a checkout captured manually
    When the merchant opens a checkout of "Grace" for 1 "bandages" captured manually
    And the merchant confirms it
    Then the request is refused as "manual_capture_not_supported"

  Scenario: Confirm needs an Idempotency-Key
    When the merchant opens a checkout of "Grace" for 1 "bandages"
    And the merchant confirms it without an idempotency key
    Then the request is refused as "idempotency_key_required"

  Scenario: A confirmed checkout cannot be confirmed again
    When the merchant opens a checkout of "Grace" for 1 "bandages"
    And the merchant confirms it
    And the merchant confirms it
    Then the request is refused as "checkout_session_already_processed"
