package dev.flexkit.compat;

/** The version of this gate, from its jar's manifest; a build from classes (tests) is "dev". */
final class GateVersion {

    private GateVersion() {}

    static String id() {
        String version = GateVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
