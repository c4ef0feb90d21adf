package dev.imkit.emulator.internal.store;

import dev.imkit.emulator.internal.hooks.StoreHook;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;

/** One account: its replication set (account-wide, as in the service) and a partition per region. */
public final class Account {
  private final String id;
  private final StoreHook hook;
  private final ConcurrentHashMap<String, Partition> regions = new ConcurrentHashMap<>();
  private volatile ReplicationSet replicationSet;

  Account(String id, StoreHook hook) {
    this.id = id;
    this.hook = hook;
  }

  public String id() {
    return id;
  }

  /** The partition of a region, made on first use. */
  public Partition region(String region) {
    return regions.computeIfAbsent(region, r -> new Partition(this, r, hook));
  }

  /** Every region used so far. */
  public Collection<Partition> partitions() {
    return regions.values();
  }

  /** The replication set, or {@code null}; writers synchronise on this account. */
  public ReplicationSet replicationSet() {
    return replicationSet;
  }

  public void replicationSet(ReplicationSet set) {
    this.replicationSet = set;
  }
}
