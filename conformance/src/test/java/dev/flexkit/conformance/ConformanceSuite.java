package dev.flexkit.conformance;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The conformance suite: every feature under {@code src/test/resources/features}, on the target of
 * {@code -Dflex.target} (see {@code junit-platform.properties} for the glue, plugins and parallelism).
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
public class ConformanceSuite {}
