package dev.flexkit.sandbox.webhooks;

import dev.flexkit.sandbox.domain.Dataset;
import dev.flexkit.sandbox.domain.Event;

/** Writes an event as the JSON Flex POSTs (the HTTP layer's views: this package knows no JSON). */
@FunctionalInterface
public interface PayloadRenderer {

    byte[] render(Dataset dataset, Event event);
}
