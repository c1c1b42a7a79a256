package dev.flexkit.sandbox.http;

import dev.flexkit.client.model.CaptureEnvelope;
import dev.flexkit.client.model.CaptureList;
import dev.flexkit.client.model.CaptureUpdateRequest;
import java.util.Map;

/**
 * The capture operations of the contract (Flex's Captures resource). {@code expand} is accepted and answered with
 * ids: Flex's pages print a capture item's {@code payment_intent} only as an id.
 */
final class CaptureOperations {

    private CaptureOperations() {}

    static void register(Map<String, Operation> operations) {
        operations.put(
                "listCaptures",
                call -> new CaptureList()
                        .captures(call.dataset().captures().list(call.query("checkout_session")).stream()
                                .map(Views::capture)
                                .toList()));
        operations.put(
                "retrieveCapture",
                call -> new CaptureEnvelope()
                        .capture(Views.capture(call.dataset().captures().capture(call.path("capture_id")))));
        operations.put(
                "updateCapture",
                call -> new CaptureEnvelope()
                        .capture(Views.capture(call.dataset()
                                .captures()
                                .update(
                                        call.path("capture_id"),
                                        call.body(CaptureUpdateRequest.class)
                                                .getCapture()
                                                .getMetadata()))));
    }
}
