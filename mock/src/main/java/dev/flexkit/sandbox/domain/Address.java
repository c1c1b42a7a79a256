package dev.flexkit.sandbox.domain;

/** A postal address; {@code id} is set on a customer's shipping address ({@code fsh_...}). */
public record Address(
        String id, String line1, String line2, String city, String state, String postalCode, String country) {}
