@sandbox-only @flow:hosted-page
Feature: The customer on the hosted checkout page
  An on-session checkout sends the customer to its redirect_url: Flex's hosted page, where they go through the
  consultation (for products that need a Letter of Medical Necessity), give their email and card, and are sent
  back to the merchant's success_url, while the merchant's webhook endpoint gets checkout.session.completed. The sandbox serves its own page at the same path, on its own address;
  these scenarios use it as a browser without JavaScript does, with form posts (Flex's own page is a JavaScript
  application: sandbox only). The test cards are the two Flex documents: 4242 4242 4242 4242 is charged,
  4000 0000 0000 9995 is declined.

  @rule:letter-required
  Scenario: A declined card leaves the checkout open; the customer pays with another, then is charged off-session
    Given the merchant registers a webhook endpoint for "checkout.session.completed"
    When the merchant opens an on-session checkout for 1 "gym membership" that saves the card for off-session payments
    And the customer opens the checkout's hosted page
    Then the hosted page shows "Gym membership" at $69.00, "HSA/FSA eligible with a Letter of Medical Necessity"
    And the hosted page asks for the consultation of the "gym" visit type
    When the customer "hosted@example.com" pays on the hosted page with the card "4000 0000 0000 9995" and the consultation approved
    Then the hosted page says "Your card has insufficient funds."
    And the checkout is still open
    When the customer "hosted@example.com" pays on the hosted page with the card "4242 4242 4242 4242" and the consultation approved
    Then the customer is sent to the checkout's success_url with its session id
    And the checkout is complete
    And the endpoint receives a signed "checkout.session.completed" event for the checkout
    And the customer of the checkout has a card saved for off-session payments
    When the merchant charges that customer off-session with that card for 1 "gym membership"
    Then the checkout is complete
    And its payment succeeded for $69.00

  @rule:letter-required
  Scenario: A consultation denied on the hosted page gives no letter
    When the merchant opens an on-session checkout for 1 "gym membership" that saves the card for off-session payments
    And the customer opens the checkout's hosted page
    And the customer "denied.page@example.com" pays on the hosted page with the card "4242 4242 4242 4242" and the consultation denied
    Then the customer is sent to the checkout's success_url with its session id
    When the merchant charges that customer off-session with that card for 1 "gym membership"
    Then the checkout is refused because a letter is required

  Scenario: Cancel on the hosted page goes back to cancel_url and leaves the checkout open
    When the merchant opens an on-session checkout for 1 "gym membership" that saves the card for off-session payments
    And the customer opens the checkout's hosted page
    And the customer cancels on the hosted page
    Then the customer is sent to the checkout's cancel_url
    And the checkout is still open
