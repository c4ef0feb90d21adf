package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;

/**
 * A related item's generatedId for the document's incident: one the context knows, or (lenient contexts
 * without any) a synthesized one.
 */
final class RelatedItemIdGen implements Conditional {
  private final References references;
  private final boolean strict;

  RelatedItemIdGen(References references, boolean strict) {
    this.references = references;
    this.strict = strict;
  }

  @Override
  public boolean availableIn(Run run) {
    return !strict || !references.relatedItemIds(run.refs.incident()).isEmpty();
  }

  @Override
  public JsonNode next(Run run) {
    List<String> ids = references.relatedItemIds(run.refs.incident());
    if (ids.isEmpty()) {
      return TextNode.valueOf(references.synthesizedRelatedItemId(run.source));
    }
    return TextNode.valueOf(ids.get(run.source.pick(ids.size())));
  }
}
