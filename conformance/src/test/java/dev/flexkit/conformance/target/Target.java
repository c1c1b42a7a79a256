package dev.flexkit.conformance.target;

/** Where the suite runs: the embedded sandbox, or Flex's live test environment (or anything that answers like it). */
public interface Target {

    /** @return {@code sandbox} or {@code live}, as given with {@code -Dflex.target} */
    String name();

    String baseUrl();

    /** @return the test-mode key a scenario uses; on the sandbox, a fresh one whose dataset holds the fixtures */
    String apiKeyForScenario();

    /** @return the objects scenarios name by role */
    Fixtures fixtures();

    /** @return whether the sandbox's control API (clock, seeding, hosted checkout) is there */
    boolean hasControlApi();
}
