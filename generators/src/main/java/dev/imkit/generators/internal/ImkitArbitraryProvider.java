package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.IncidentManagerArbitraries;
import dev.imkit.generators.api.InvalidInput;
import dev.imkit.generators.api.InvalidInputFor;
import dev.imkit.generators.api.ShapeValue;
import dev.imkit.generators.api.ValidInput;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets jqwik inject {@code @ForAll @ValidInput(...) ObjectNode}, {@code @ForAll @InvalidInputFor(...)
 * InvalidInput} and {@code @ForAll @ShapeValue(...) JsonNode} parameters. Registered in
 * {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}.
 */
public final class ImkitArbitraryProvider implements ArbitraryProvider {

  @Override
  public boolean canProvideFor(TypeUsage type) {
    boolean json = type.isOfType(ObjectNode.class) || type.isOfType(JsonNode.class);
    return json && type.findAnnotation(ValidInput.class).isPresent()
        || type.isOfType(JsonNode.class) && type.findAnnotation(ShapeValue.class).isPresent()
        || type.isOfType(InvalidInput.class) && type.findAnnotation(InvalidInputFor.class).isPresent();
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage type, SubtypeProvider subtypeProvider) {
    Optional<ValidInput> valid = type.findAnnotation(ValidInput.class);
    if (valid.isPresent()) {
      return Set.of(at(valid.get().revision()).validInput(valid.get().operation()));
    }
    Optional<InvalidInputFor> invalid = type.findAnnotation(InvalidInputFor.class);
    if (invalid.isPresent()) {
      return Set.of(at(invalid.get().revision()).invalidInput(invalid.get().operation(), invalid.get().kinds()));
    }
    ShapeValue shape = type.findAnnotation(ShapeValue.class).orElseThrow();
    return Set.of(at(shape.revision()).value(shape.shape()));
  }

  @Override
  public int priority() {
    return 10;
  }

  private static IncidentManagerArbitraries at(String revision) {
    return revision.isEmpty() ? IncidentManagerArbitraries.current() : IncidentManagerArbitraries.forRevision(revision);
  }
}
