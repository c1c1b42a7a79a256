package dev.flexkit.sandbox.domain;

import dev.flexkit.client.model.VisitType;
import java.time.Instant;

/**
 * The consultation a {@code mode: reimbursement} checkout records (Flex's reimbursement page: {@code fcons_} ids,
 * {@code consultation_type}, {@code status: complete}, the customer). Approved, it grants the letter the customer
 * files for reimbursement.
 *
 * @param visitType what the consultation was about: the visit type of the cart's letter items (Flex's example
 *                  shows {@code consultation_type: fitness}, a vocabulary the sandbox does not know)
 */
public record Consultation(
        String id,
        String checkoutSessionId,
        String customerId,
        VisitType visitType,
        boolean approved,
        Instant createdAt)
        implements Entity {}
