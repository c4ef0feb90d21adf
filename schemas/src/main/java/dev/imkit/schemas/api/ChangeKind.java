package dev.imkit.schemas.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The kinds of structural change a revision can make to the contract. */
@API(status = EXPERIMENTAL)
public enum ChangeKind {
  ADD_OPERATION("addOperation"),
  ADD_ERROR("addError"),
  REMOVE_ERROR("removeError"),
  ADD_SHAPE("addShape"),
  ADD_MEMBER("addMember"),
  REMOVE_MEMBER("removeMember"),
  CHANGE_MEMBER_TARGET("changeMemberTarget"),
  CHANGE_REQUIRED("changeRequired"),
  ADD_ENUM_VALUES("addEnumValues"),
  REMOVE_ENUM_VALUES("removeEnumValues"),
  CHANGE_CONSTRAINT("changeConstraint");

  private final String id;

  ChangeKind(String id) {
    this.id = id;
  }

  /** The name used in {@code revisions.json}. */
  public String id() {
    return id;
  }

  /** The kind with the given data name. */
  public static ChangeKind fromId(String id) {
    for (ChangeKind k : values()) {
      if (k.id.equals(id)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown change kind '" + id + "' in the revision history");
  }
}
