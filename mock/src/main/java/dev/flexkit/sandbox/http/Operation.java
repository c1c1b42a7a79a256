package dev.flexkit.sandbox.http;

/** The sandbox's implementation of one operation of the Flex API contract. */
@FunctionalInterface
interface Operation {

    /** @return the body of the 200 response, a generated model */
    Object handle(ApiCall call);
}
