/**
 * Property-based generation for the Incident Manager contract: {@link
 * dev.imkit.generators.api.IncidentManagerArbitraries} gives jqwik arbitraries of valid inputs, of any shape's
 * values, and of invalid inputs labelled with the one rule they break; {@link
 * dev.imkit.generators.api.GenerationContext} makes them refer to resources that exist.
 *
 * <pre>{@code
 * @Property
 * void rejectsEveryBrokenRule(@ForAll @InvalidInputFor(operation = "StartIncident") InvalidInput in) {
 *   ValidationReport r = Contract.current().validator().input("StartIncident", in.document());
 *   assertThat(r.violations()).singleElement().matches(in.label()::matches);
 * }
 * }</pre>
 */
package dev.imkit.generators.api;
