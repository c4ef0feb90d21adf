package dev.imkit.emulator.internal.store;

/**
 * A related item, compact: the generated id as two longs, the identifier's value as canonical JSON.
 *
 * @param type the ItemType
 * @param idHigh the upper 64 bits of the generated id
 * @param idLow the lower 64 bits of the generated id
 * @param valueJson the ItemValue union as canonical JSON
 * @param title the title, or {@code null}
 */
public record RelatedItem(String type, long idHigh, long idLow, String valueJson, String title) {

  /** The generated id, {@code related-item/<TYPE>/<32 hex digits>}. */
  public String generatedId() {
    return "related-item/" + type + "/" + Ids.hex32(idHigh, idLow);
  }

  /** Whether this item has the given identifier (type and canonical value). */
  public boolean identifiedBy(String otherType, String otherValueJson) {
    return type.equals(otherType) && valueJson.equals(otherValueJson);
  }

  /** A copy with another title, same id. */
  public RelatedItem withTitle(String newTitle) {
    return new RelatedItem(type, idHigh, idLow, valueJson, newTitle);
  }
}
