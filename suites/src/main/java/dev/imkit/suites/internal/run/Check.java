package dev.imkit.suites.internal.run;

import dev.imkit.suites.api.CheckInfo;

/** A check: what it is, and what it does. */
public record Check(CheckInfo info, CheckBody body) {

  /** The body of a check: returns normally when the target conforms, throws {@link CheckFailure} when not. */
  @FunctionalInterface
  public interface CheckBody {
    void run(CheckContext context) throws Exception;
  }
}
