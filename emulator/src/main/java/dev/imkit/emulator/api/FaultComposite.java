package dev.imkit.emulator.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A named set of faults that together make one poor implementation, as real ones are: several rules broken
 * at once. Its name is accepted wherever fault names are ({@link EmulatorBuilder#fault(String)}, {@code --fault},
 * {@code imkit.emulator.faults}); {@link Fault#resolve(String)} turns either kind of name into faults.
 *
 * <pre>{@code
 * Emulator.builder().fault("lenient").start();   // every fault of LENIENT at once
 * FaultComposite.LENIENT.faults();               // which ones
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public enum FaultComposite {
  LENIENT("an implementation that validates little: no resource policy operations, no enum, length, union or "
      + "required-member validation, 200 for every success, pagination and client tokens ignored",
      Fault.MISSING_RESOURCE_POLICIES, Fault.ACCEPT_UNKNOWN_ENUM, Fault.IGNORE_LENGTH, Fault.ACCEPT_UNION_TWO_MEMBERS,
      Fault.IGNORE_REQUIRED, Fault.SUCCESS_200_EVERYWHERE, Fault.PAGINATION_IGNORED, Fault.IGNORE_CLIENT_TOKEN);

  private final String description;
  private final Set<Fault> faults;

  FaultComposite(String description, Fault first, Fault... rest) {
    this.description = description;
    this.faults = Collections.unmodifiableSet(EnumSet.of(first, rest));
  }

  /** The stable kebab-case name, e.g. {@code lenient}; never the name of a fault. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** One line saying what kind of implementation it makes. */
  public String description() {
    return description;
  }

  /** Its faults, in declaration order. */
  public Set<Fault> faults() {
    return faults;
  }

  /** The composite with this name; {@link IllegalArgumentException} listing the valid names if none. */
  public static FaultComposite named(String id) {
    for (FaultComposite c : values()) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown composite '" + id + "'; valid composites: "
        + String.join(", ", ids()));
  }

  /** Every composite's name, in declaration order. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(FaultComposite::id).toList();
  }
}
