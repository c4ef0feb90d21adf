package dev.imkit.emulator.internal.hooks;

import java.util.List;

/**
 * Paging: the size of a page, what a page token holds and when one is given. By default a token names the last
 * item sent and the next page starts after it; the last page has none.
 */
public interface PagingHook {

  /** The page size, given the one asked for (maxResults within the contract's bounds, else the maximum). */
  default int pageSize(int asked, int max) {
    return asked;
  }

  /** Whether a nextToken sent is read (if not, every call starts at the first item). */
  default boolean readsTokens() {
    return true;
  }

  /** Whether pages carry tokens at all (if not, the last page is the only one anybody sees). */
  default boolean issuesTokens() {
    return true;
  }

  /** Whether the next page starts at the last item sent rather than after it. */
  default boolean resumesAtLastItem() {
    return false;
  }

  /** Whether a token counts the items sent so far rather than naming the last one. */
  default boolean countsOffsets() {
    return false;
  }

  /** Whether the last page carries a token too. */
  default boolean tokenOnLastPage() {
    return false;
  }

  /** Every hook at once. */
  static PagingHook chain(List<PagingHook> hooks) {
    if (hooks.isEmpty()) {
      return new PagingHook() { };
    }
    return new PagingHook() {
      @Override
      public int pageSize(int asked, int max) {
        int size = asked;
        for (PagingHook h : hooks) {
          size = h.pageSize(size, max);
        }
        return size;
      }

      @Override
      public boolean readsTokens() {
        return hooks.stream().allMatch(PagingHook::readsTokens);
      }

      @Override
      public boolean issuesTokens() {
        return hooks.stream().allMatch(PagingHook::issuesTokens);
      }

      @Override
      public boolean resumesAtLastItem() {
        return hooks.stream().anyMatch(PagingHook::resumesAtLastItem);
      }

      @Override
      public boolean countsOffsets() {
        return hooks.stream().anyMatch(PagingHook::countsOffsets);
      }

      @Override
      public boolean tokenOnLastPage() {
        return hooks.stream().anyMatch(PagingHook::tokenOnLastPage);
      }
    };
  }
}
