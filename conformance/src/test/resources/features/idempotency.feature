@flow:idempotency
Feature: Retries with an Idempotency-Key
  A POST repeated with the same Idempotency-Key gets the first answer again and changes nothing, so a retry never
  creates or charges twice; the same key with another request is refused.

  Scenario: A repeated create with one Idempotency-Key returns the same session and creates one
    When the merchant opens an on-session checkout for 1 "bandages" with an idempotency key
    And the merchant sends the same request again with the same idempotency key
    Then both answers are the same checkout session
    And the merchant's checkouts hold it once

  Scenario: The same key with another request is refused
    When the merchant opens an on-session checkout for 1 "bandages" with an idempotency key
    And the merchant opens an on-session checkout for 2 "bandages" with the same idempotency key
    Then the request is refused as "idempotency_key_reused"
    And the merchant's checkouts hold it once
