package dev.flexkit.sandbox.webhooks;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The hosts the sandbox POSTs webhooks to. It accepts any test key, so any caller could register any URL: like
 * its listening address, its deliveries stay on this machine (loopback) unless it is told which other hosts to
 * reach. An endpoint elsewhere is still registered, as Flex would; its attempts fail with the reason.
 */
public final class DeliveryTargets {

    /** {@code flex.webhook.hosts}: the other hosts, comma-separated, or {@code *} for any. */
    public static final String PROPERTY = "flex.webhook.hosts";

    private final Set<String> others;

    private DeliveryTargets(Set<String> others) {
        this.others = others;
    }

    public static DeliveryTargets loopbackOnly() {
        return new DeliveryTargets(Set.of());
    }

    /** @param others host names, comma-separated, or {@code *}; blank for loopback only */
    public static DeliveryTargets loopbackAnd(String others) {
        return new DeliveryTargets(Stream.of(others == null ? new String[0] : others.split(","))
                .map(host -> host.trim().toLowerCase(Locale.ROOT))
                .filter(host -> !host.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** The targets the {@value #PROPERTY} system property names. */
    public static DeliveryTargets fromSystemProperty() {
        return loopbackAnd(System.getProperty(PROPERTY, ""));
    }

    boolean allows(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        // Literal loopback addresses and localhost only: a name is never resolved to decide.
        return host.equals("localhost")
                || host.startsWith("127.")
                || host.equals("[::1]")
                || others.contains("*")
                || others.contains(host);
    }
}
