@flow:errors
Feature: Errors keep Flex's shapes
  Every refusal has the documented status and Flex's error body.

  Scenario Outline: An unknown id is not found
    When the merchant retrieves the <object> "<id>"
    Then the request is refused as not found

    Examples:
      | object           | id                                |
      | checkout session | fcs_01HZZZZZZZZZZZZZZZZZZZZZZZ    |
      | customer         | fcus_01HZZZZZZZZZZZZZZZZZZZZZZZ   |
      | product          | fprod_01HZZZZZZZZZZZZZZZZZZZZZZZ  |
      | price            | fprice_01HZZZZZZZZZZZZZZZZZZZZZZZ |

  Scenario: A body that is not JSON is refused
    When the merchant sends a checkout whose body is not JSON
    Then the request is refused as invalid, pointing at the "body"

  # Flex's pages do not require line_items (a setup session sends none): a payment without items passes the
  # contract and charges nothing, below the minimum Flex charges (the 50-cent minimum is inferred).
  Scenario: A payment without line items is refused as too low
    When the merchant sends a checkout without line items
    Then the request is refused as "checkout_amount_too_low"

  Scenario: A quantity that is not a number is refused
    When the merchant sends a checkout whose quantity is "one"
    Then the request is refused as invalid, pointing at the "body, checkout_session, line_items, 0, quantity"

  Scenario: A request without an API key is refused
    When the merchant lists customers without an API key
    Then the request is refused as unauthenticated

  Scenario: A request with a malformed API key is refused
    When the merchant lists customers with the API key "not-a-flex-key"
    Then the request is refused as unauthenticated
