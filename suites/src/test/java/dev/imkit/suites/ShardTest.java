package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.suites.api.Catalogue;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.api.ConfigurationException;
import dev.imkit.suites.api.Shard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Shards split a run deterministically: together they hold every check exactly once. */
class ShardTest {

  @Test
  void theShardsOfTheCatalogueCoverEveryCheckOnceAndAreBalanced() {
    List<String> ids = Catalogue.current().stream().map(CheckInfo::id).toList();
    for (int n : new int[] {1, 2, 3, 7}) {
      List<String> union = new ArrayList<>();
      for (int k = 1; k <= n; k++) {
        Shard shard = new Shard(k, n);
        List<String> mine = ids.stream().filter(shard::includes).toList();
        assertThat(mine.size()).as("shard %s of %d checks", shard, ids.size())
            .isBetween(ids.size() / n * 65 / 100, ids.size() / n * 135 / 100 + 1);
        union.addAll(mine);
      }
      assertThat(union).hasSameSizeAs(ids).containsExactlyInAnyOrderElementsOf(ids);
    }
  }

  @Test
  void sequencesAreDealtRoundRobin() {
    Shard second = Shard.parse("2/3");
    assertThat(IntStream.range(0, 9).filter(second::includes)).containsExactly(1, 4, 7);
    assertThat(Shard.ALL.includes(41L)).isTrue();
  }

  @Test
  void badShardsAreOneLine() {
    assertThatThrownBy(() -> Shard.parse("3/2")).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("1 <= K <= N");
    assertThatThrownBy(() -> Shard.parse("0/2")).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> Shard.parse("two")).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("is not K/N");
  }

  @Test
  void aShardedRunRunsOnlyItsChecksAndTheShardsTogetherEqualTheWholeRun() {
    Map<String, String> base = Map.of("imkit.seed", "42");
    List<String> whole = ids(Runs.run(base, Category.STATE, Category.PAGINATION).records());
    List<String> union = new ArrayList<>();
    for (int k = 1; k <= 3; k++) {
      Runs.Outcome shard = Runs.run(Map.of("imkit.seed", "42", "imkit.shard", k + "/3"), Category.STATE,
          Category.PAGINATION);
      assertThat(shard.failures()).isEmpty();
      union.addAll(ids(shard.records()));
    }
    assertThat(whole).isNotEmpty();
    assertThat(union).hasSameSizeAs(whole).containsExactlyInAnyOrderElementsOf(whole);
  }

  private static List<String> ids(List<CheckResult> records) {
    return records.stream().map(r -> r.id() + " " + r.status()).toList();
  }
}
