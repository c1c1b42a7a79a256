package dev.flexkit.sandbox.domain;

import java.time.Instant;

/**
 * One webhook-worthy state change of a dataset: what happened ({@code type}, spelled as Flex's events page spells
 * it), to which object, and when on the sandbox clock. Events carry ids, not copies, so an event costs a few dozen
 * bytes whatever the object's size; a delivery reads the object as it is when it is sent.
 *
 * @param id {@code fevt_} ids, as the third-party Flex mock shows them (the prefix is not on Flex's pages: inferred)
 * @param objectKind the object's kind as the webhook payload names it ({@code checkout_session}, {@code customer}, ...)
 */
public record Event(String id, String type, String objectKind, String objectId, Instant created) implements Entity {}
