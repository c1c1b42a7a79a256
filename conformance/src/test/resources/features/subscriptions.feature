@mode:subscription
Feature: Subscriptions of a product that needs a letter
  Flex supports subscriptions only for products eligible through a Letter of Medical Necessity, and the letter the
  customer gets at the first checkout is valid for 12 months. The hosted checkout makes the subscription and pays its
  first invoice; every renewal after that is an off-session charge of the saved card, to which the documented rules
  apply. Renewals run on the sandbox's clock, and the hosted page is played through its control API: these scenarios
  are for the sandbox only. The fixture sandbox's today is 2026-06-15, so the letter of an approved consultation is
  valid through 2027-06-14.

  @sandbox-only
  Scenario: Completing a subscription checkout makes an active subscription whose first invoice is paid
    When the merchant opens a monthly subscription checkout for "gym membership" at $69.00
    Then the checkout is open and waiting for the customer on Flex's hosted page
    When the customer "sub@example.com" completes it and the consultation is approved
    Then the checkout is complete
    And the subscription is active
    And its latest invoice is paid for $69.00
    And the merchant finds the subscription among the customer's active subscriptions

  @sandbox-only
  Scenario: The subscription renews every month while the letter is valid
    When the merchant opens a monthly subscription checkout for "gym membership" at $69.00
    And the customer "sub@example.com" completes it and the consultation is approved
    And 11 months pass
    Then the subscription renewed 11 times, each paid
    And the subscription is active
    And its latest invoice is paid for $69.00

  @sandbox-only @rule:letter-required @rule:one-year-expiry
  Scenario: The first renewal after the letter's anniversary is refused because a letter is required
    When the merchant opens a monthly subscription checkout for "gym membership" at $69.00
    And the customer "sub@example.com" completes it and the consultation is approved
    And 11 months pass
    Then the subscription renewed 11 times, each paid
    When 1 month passes
    Then the renewal is refused because a letter is required
    And the subscription is past_due
    And its latest invoice is open for $69.00

  # Flex's pages are silent on what follows past_due; the sandbox keeps the billing period (Stripe's default).
  @sandbox-only @rule:letter-required @rule:one-year-expiry
  Scenario: A past_due subscription is active again once a new consultation grants a letter
    When the merchant opens a monthly subscription checkout for "gym membership" at $69.00
    And the customer "sub@example.com" completes it and the consultation is approved
    And 12 months pass
    Then the renewal is refused because a letter is required
    And the subscription is past_due
    When the subscriber's new consultation is approved at an on-session checkout for "gym membership"
    And 1 month passes
    Then the last renewal is paid
    And the subscription is active
    And its latest invoice is paid for $69.00

  @sandbox-only
  Scenario: A subscription canceled at the end of its period is not charged again
    When the merchant opens a monthly subscription checkout for "gym membership" at $69.00
    And the customer "sub@example.com" completes it and the consultation is approved
    And the merchant cancels the subscription at the end of its period
    Then the subscription ends at the end of its period
    When 1 month passes
    Then the subscription is canceled
    And its latest invoice is paid for $69.00

  @sandbox-only
  Scenario: A cancellation taken back before the period ends lets the subscription renew
    When the merchant opens a monthly subscription checkout for "gym membership" at $69.00
    And the customer "sub@example.com" completes it and the consultation is approved
    And the merchant cancels the subscription at the end of its period
    And the merchant takes the cancellation back
    And 1 month passes
    Then the subscription renewed 1 time, each paid
    And the subscription is active

  @sandbox-only
  Scenario: A subscription canceled now ends at once
    When the merchant opens a monthly subscription checkout for "gym membership" at $69.00
    And the customer "sub@example.com" completes it and the consultation is approved
    And the merchant cancels the subscription now
    Then the subscription is canceled
    And the merchant finds the subscription among the customer's canceled subscriptions
