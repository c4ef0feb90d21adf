/**
 * The Incident Manager contract as data: {@link dev.imkit.schemas.api.Contract} at any revision, its
 * operations, shapes and JSON Schemas, the revision history, and validation with Smithy-style messages.
 *
 * <pre>{@code
 * Contract contract = Contract.at("2022-05-12");
 * ValidationReport report = contract.validator().input("StartIncident", json);
 * report.violations().forEach(v -> System.out.println(v.message()));
 * }</pre>
 */
package dev.imkit.schemas.api;
