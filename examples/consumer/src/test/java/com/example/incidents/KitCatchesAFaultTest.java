package com.example.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import dev.imkit.emulator.api.Emulator;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The other half of trusting a conformance suite: given a known bug, it fails, with the checks that name it.
 * Here our implementation answers 200 where the model says 201 or 204.
 */
class KitCatchesAFaultTest {

  @Test
  void aWrongSuccessCodeFailsTheSuccessCodeChecks() {
    try (Emulator faulty = Emulator.builder().fault("success-200-everywhere").start()) {
      Events failed = EngineTestKit.engine("junit-jupiter")
          .selectors(selectPackage("dev.imkit.suites.checks"))
          .filters(includeClassNamePatterns(".*Checks"))
          .configurationParameter("imkit.endpoint", faulty.uri().toString())
          .configurationParameter("imkit.access-key-id", "AKIDEXAMPLE")
          .configurationParameter("imkit.secret-access-key", "example-secret")
          .configurationParameter("imkit.only", "PROTOCOL")
          .execute().testEvents().failed();
      Set<String> ids = new TreeSet<>();
      failed.stream().forEach(e -> ids.add(e.getTestDescriptor().getDisplayName()));
      assertTrue(ids.containsAll(Set.of("PROTO-SUCCESS-CreateResponsePlan", "PROTO-SUCCESS-DeleteResponsePlan",
          "PROTO-SUCCESS-TagResource")), () -> "failing checks: " + ids);
      assertEquals(Set.of(), Set.copyOf(ids.stream().filter(id -> !id.startsWith("PROTO-")).toList()));
    }
  }
}
