package dev.flexkit.sandbox.control;

import dev.flexkit.sandbox.domain.Letter;
import dev.flexkit.sandbox.domain.rules.OneYearExpiry;

/** A letter as the control API shows it, with the last day it is valid. */
final class Letters {

    private Letters() {}

    static dev.flexkit.sandbox.client.model.Letter view(Letter letter) {
        return new dev.flexkit.sandbox.client.model.Letter()
                .customerId(letter.customerId())
                .visitType(letter.visitType().getValue())
                .consultationDate(letter.consultationDate())
                .validThrough(OneYearExpiry.lastValidDay(letter.consultationDate()));
    }
}
