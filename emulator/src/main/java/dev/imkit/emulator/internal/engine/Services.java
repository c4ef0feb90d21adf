package dev.imkit.emulator.internal.engine;

import dev.imkit.emulator.internal.hooks.Hooks;
import dev.imkit.emulator.internal.store.Store;
import dev.imkit.schemas.api.Contract;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * What every handler may use: the contract at the emulator's revision, the hooks, the data, the pager and the
 * clock.
 *
 * @param contract the contract at the emulator's revision
 * @param hooks where the emulator deviates, if anywhere
 * @param store the data
 * @param pager pages over sorted maps
 * @param clock epoch millis now
 * @param transitionDelay how long replication set changes stay in flight
 * @param updatingHold how long a replication set stays UPDATING after UpdateReplicationSet, at least
 */
public record Services(Contract contract, Hooks hooks, Store store, Pager pager, LongSupplier clock,
    Duration transitionDelay, Duration updatingHold) {
}
