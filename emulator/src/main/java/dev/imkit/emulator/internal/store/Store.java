package dev.imkit.emulator.internal.store;

import dev.imkit.emulator.internal.hooks.StoreHook;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/** All data of one emulator, by account and region. */
public final class Store {
  private final ConcurrentHashMap<String, Account> accounts = new ConcurrentHashMap<>();
  private final StoreHook hook;

  /** A store that keeps what the hook says writes keep. */
  public Store(StoreHook hook) {
    this.hook = hook;
  }

  /** The account, made on first use. */
  public Account account(String id) {
    return accounts.computeIfAbsent(id, a -> new Account(a, hook));
  }

  /** The partition of an account and region, made on first use. */
  public Partition partition(String account, String region) {
    return account(account).region(region);
  }

  /** Every partition used so far, by account then region. */
  public List<Partition> partitions() {
    List<Partition> all = new ArrayList<>();
    accounts.values().forEach(a -> all.addAll(a.partitions()));
    all.sort(Comparator.comparing((Partition p) -> p.account().id()).thenComparing(Partition::region));
    return all;
  }
}
