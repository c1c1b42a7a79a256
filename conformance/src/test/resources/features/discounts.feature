Feature: Shipping rates, coupons and promo codes
  A merchant makes shipping rates and coupons through their own resources, and a checkout session names them: the
  session charges the rate's amount as shipping and takes the coupon's discount off the items it applies to. The
  coupon counts a redemption when the session completes; one that expires counts nothing (inferred from Stripe,
  whose times_redeemed counts the times a coupon was applied to a customer).
  Promo codes are customer-facing codes of a coupon.

  @flow:shipping-rate
  Scenario: A checkout charges the shipping rate it names, and an archived rate is listed as archived
    When the merchant creates a shipping rate "Ground" of $5.00
    And the merchant opens an on-session checkout for 1 "bandages" shipped at that rate
    Then its total is $14.00
    And the merchant finds the shipping rate among the active shipping rates
    When the merchant archives the shipping rate
    Then the merchant finds the shipping rate among the archived shipping rates

  @flow:coupon
  Scenario: A coupon is taken off the product it applies to
    When the merchant creates a coupon of $10.00 off "gym membership"
    And the merchant opens an on-session checkout for 1 "gym membership" and 1 "bandages" with that coupon
    Then its discount is $10.00
    And its total is $68.00

  @flow:coupon @sandbox-only
  Scenario: A coupon counts the checkouts that complete, not those opened or left to expire
    When the merchant creates a coupon of $10.00 off "gym membership"
    And the merchant opens an on-session checkout for 1 "gym membership" with that coupon
    Then the coupon, read again, was redeemed 0 times
    When 2 days pass
    Then the coupon, read again, was redeemed 0 times
    When the merchant opens an on-session checkout for 1 "gym membership" with that coupon
    And the customer "coupon@example.com" completes it and the consultation is approved
    Then the checkout is complete
    And the coupon, read again, was redeemed 1 time

  @flow:promo-code
  Scenario: A promo code of a coupon is listed with its coupon until it is deactivated
    When the merchant creates a coupon of $5.00 off "bandages"
    And the merchant creates a promo code for that coupon
    Then the merchant finds the promo code among the active promo codes, with its coupon
    When the merchant deactivates the promo code
    Then the merchant finds the promo code among the inactive promo codes, with its coupon
