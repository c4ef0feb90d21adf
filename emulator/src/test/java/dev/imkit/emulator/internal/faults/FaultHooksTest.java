package dev.imkit.emulator.internal.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.internal.hooks.AuthenticationHook;
import dev.imkit.emulator.internal.hooks.BindingHook;
import dev.imkit.emulator.internal.hooks.ErrorHook;
import dev.imkit.emulator.internal.hooks.HeaderHook;
import dev.imkit.emulator.internal.hooks.Hooks;
import dev.imkit.emulator.internal.hooks.InputHook;
import dev.imkit.emulator.internal.hooks.OutputHook;
import dev.imkit.emulator.internal.hooks.PagingHook;
import dev.imkit.emulator.internal.hooks.RoutingHook;
import dev.imkit.emulator.internal.hooks.StatusHook;
import dev.imkit.emulator.internal.hooks.StoreHook;
import dev.imkit.schemas.api.Contract;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each fault is one small deviation attached to exactly one hook; the stricter name and title rules. */
class FaultHooksTest {
  private static final List<Class<?>> HOOKS = List.of(RoutingHook.class, AuthenticationHook.class,
      BindingHook.class, InputHook.class, StatusHook.class, HeaderHook.class, ErrorHook.class, OutputHook.class,
      PagingHook.class, StoreHook.class);

  @ParameterizedTest
  @EnumSource(Fault.class)
  void everyFaultIsAttachedToExactlyOneHook(Fault fault) {
    Object deviation = FaultHooks.deviation(fault, Contract.current());
    assertThat(HOOKS.stream().filter(h -> h.isInstance(deviation))).as(fault.id()).hasSize(1);
  }

  @Test
  void noFaultMeansNoDeviation() {
    Hooks none = FaultHooks.hooks(Set.of(), Set.of(), Contract.current());
    assertThat(none.status().success(Contract.current().operation("CreateResponsePlan"), 201)).isEqualTo(201);
    assertThat(none.routing().serves(Contract.current().operation("PutResourcePolicy"))).isTrue();
    assertThat(none.output().shapes()).isFalse();
    assertThat(FaultHooks.hooks(EnumSet.of(Fault.ISO_TIMESTAMPS), Set.of(), Contract.current()).output().shapes())
        .isTrue();
  }

  @Test
  void theTitlesAndNamesHeldStricterAreTheModelsLooseOnes() {
    Contract c = Contract.current();
    assertThat(InputFaults.titles(c).shapes()).containsExactlyInAnyOrder("IncidentTitle", "RelatedItemTitleString");
    assertThat(InputFaults.names(c).shapes()).containsExactlyInAnyOrder("ResponsePlanName",
        "ResponsePlanDisplayName", "PagerDutyConfigurationNameString");
    for (String title : InputFaults.titles(c).shapes()) {
      assertThat(c.shape(title).min().orElse(0)).as(title).isZero();
    }
    for (String name : InputFaults.names(c).shapes()) {
      assertThat(c.shape(name).max().getAsLong()).as(name).isEqualTo(200);
    }
  }
}
