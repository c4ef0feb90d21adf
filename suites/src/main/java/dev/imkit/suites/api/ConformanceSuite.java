package dev.imkit.suites.api;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Makes a test class run every imkit conformance check, one JUnit test per check named by its ID; the build then
 * writes {@code results.jsonl}, {@code report.html}, Allure results and JUnit XML to {@code target/imkit} and
 * prints the seed, the verdict and the failures. Settings go in {@code @ConfigurationParameter}s, system
 * properties or {@code junit-platform.properties}.
 *
 * <pre>{@code
 * @ConformanceSuite
 * @ConfigurationParameter(key = "imkit.endpoint", value = "http://localhost:4566")
 * class ConformanceTest {
 * }
 * }</pre>
 */
@API(status = MAINTAINED)
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Suite
@SelectPackages("dev.imkit.suites.checks")
@IncludeClassNamePatterns(".*Checks")
public @interface ConformanceSuite {
}
