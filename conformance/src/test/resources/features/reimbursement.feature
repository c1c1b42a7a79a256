@mode:reimbursement
Feature: A reimbursement checkout gives the customer a letter to file, without a charge
  For select merchants, Flex's reimbursement checkout names its items by product alone. The customer fills out the
  intake form; if they qualify they receive a Letter of Medical Necessity for their records, to file for
  reimbursement. Nothing is charged. The hosted page is played through the sandbox's control API.

  @sandbox-only
  Scenario: An approved consultation grants the letter and charges nothing
    When the merchant opens a reimbursement checkout for "gym membership"
    Then the checkout is open and waiting for the customer on Flex's hosted page
    And the checkout requires a letter for the "gym" visit type
    And nothing was charged
    When the customer "reimburse@example.com" completes it and the consultation is approved
    Then the checkout is complete
    And nothing was charged
    And the customer of the checkout holds a "gym" letter
