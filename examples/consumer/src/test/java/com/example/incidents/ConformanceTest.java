package com.example.incidents;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The whole imkit conformance suite against our implementation: one JUnit test per check. The endpoint is set
 * by {@link ImplementationUnderTest} when the test run starts; known deviations would go in a baseline file
 * ({@code imkit.baseline}).
 */
@Suite
@SelectPackages("dev.imkit.suites.checks")
@IncludeClassNamePatterns(".*Checks")
@ConfigurationParameter(key = "imkit.access-key-id", value = "AKIDEXAMPLE")
@ConfigurationParameter(key = "imkit.secret-access-key", value = "example-secret")
@ConfigurationParameter(key = "imkit.tries", value = "5")
class ConformanceTest {
}
