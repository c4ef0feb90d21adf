/**
 * The reference Incident Manager emulator, embedded: {@link dev.imkit.emulator.api.Emulator#builder()} starts
 * one, {@link dev.imkit.emulator.api.Fault} lists the deliberate deviations it can be started with and
 * {@link dev.imkit.emulator.api.FaultComposite} the named sets of them that make one poor implementation.
 *
 * <pre>{@code
 * try (Emulator emulator = Emulator.builder().fault(Fault.ISO_TIMESTAMPS).start()) {
 *   URI endpoint = emulator.uri();
 * }
 * }</pre>
 */
package dev.imkit.emulator.api;
