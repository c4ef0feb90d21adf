package dev.imkit.emulator.internal.engine;

import dev.imkit.emulator.internal.store.Store;
import dev.imkit.schemas.api.Contract;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * What every handler may use: the contract at the emulator's revision, its faults, the data, the pager and
 * the clock.
 *
 * @param contract the contract at the emulator's revision
 * @param faults the active faults
 * @param store the data
 * @param pager pages over sorted maps
 * @param clock epoch millis now
 * @param transitionDelay how long replication set changes stay in flight
 */
public record Services(Contract contract, Faults faults, Store store, Pager pager, LongSupplier clock,
    Duration transitionDelay) {
}
