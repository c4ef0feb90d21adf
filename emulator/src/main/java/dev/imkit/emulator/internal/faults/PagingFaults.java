package dev.imkit.emulator.internal.faults;

import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.internal.hooks.PagingHook;
import dev.imkit.schemas.api.Contract;
import java.util.Map;
import java.util.function.Function;

/** Faults of paging: page sizes and what page tokens hold. */
final class PagingFaults {
  private PagingFaults() {
  }

  static Map<Fault, Function<Contract, ?>> all() {
    return Map.of(
        Fault.REPEAT_ACROSS_PAGES, c -> new PagingHook() {
          @Override
          public boolean resumesAtLastItem() {
            return true;
          }
        },
        Fault.ENDLESS_PAGINATION, c -> new PagingHook() {
          @Override
          public boolean tokenOnLastPage() {
            return true;
          }
        },
        Fault.IGNORE_MAX_RESULTS, c -> new PagingHook() {
          @Override
          public int pageSize(int asked, int max) {
            return max;
          }
        },
        Fault.PAGE_TOKEN_BROKEN_BY_INSERT, c -> new PagingHook() {
          @Override
          public boolean countsOffsets() {
            return true;
          }
        },
        Fault.PAGINATION_IGNORED, c -> new PagingHook() {
          @Override
          public int pageSize(int asked, int max) {
            return Integer.MAX_VALUE;
          }

          @Override
          public boolean readsTokens() {
            return false;
          }

          @Override
          public boolean issuesTokens() {
            return false;
          }
        });
  }
}
