package com.example.incidents;

import dev.imkit.suites.api.ConformanceSuite;
import org.junit.platform.suite.api.ConfigurationParameter;

/**
 * The whole imkit conformance suite against our implementation: one JUnit test per check, named by its ID. The
 * endpoint is set by {@link ImplementationUnderTest} when the test run starts; known deviations would go in a
 * baseline file ({@code imkit.baseline}). The build also gets {@code target/imkit/report.html},
 * {@code results.jsonl}, Allure results and the seed, with nothing else to write.
 */
@ConformanceSuite
@ConfigurationParameter(key = "imkit.access-key-id", value = "AKIDEXAMPLE")
@ConfigurationParameter(key = "imkit.secret-access-key", value = "example-secret")
@ConfigurationParameter(key = "imkit.tries", value = "5")
class ConformanceTest {
}
