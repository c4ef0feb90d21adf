package dev.imkit.emulator.internal.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.internal.hooks.StoreHook;
import dev.imkit.schemas.api.Contract;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Faults of the store: what deletes, updates and tags keep, what lists show, what client tokens do. */
final class StoreFaults {
  /** The resources whose deleted copies delete-leaves-in-lists keeps listed. */
  private static final Set<String> LISTED_AFTER_DELETE = Set.of("RESPONSE_PLAN", "INCIDENT_RECORD");

  private StoreFaults() {
  }

  static Map<Fault, Function<Contract, ?>> all() {
    return Map.ofEntries(
        Map.entry(Fault.DELETE_KEEPS, c -> new StoreHook() {
          @Override
          public Deletion deletion(String resourceType, Deletion deletion) {
            return Deletion.KEEP;
          }
        }),
        Map.entry(Fault.DELETE_LEAVES_IN_LISTS, c -> new StoreHook() {
          @Override
          public Deletion deletion(String resourceType, Deletion deletion) {
            return deletion == Deletion.REMOVE && LISTED_AFTER_DELETE.contains(resourceType) ? Deletion.KEEP_LISTED
                : deletion;
          }
        }),
        Map.entry(Fault.DROP_DYNAMIC_PARAMETERS, c -> withoutDynamicParameters(true)),
        Map.entry(Fault.UPDATE_DROPS_DYNAMIC_PARAMETERS, c -> withoutDynamicParameters(false)),
        Map.entry(Fault.RESOLVE_WITHOUT_TIME, c -> new StoreHook() {
          @Override
          public Long resolvedTime(Long before, Long after) {
            return Objects.equals(before, after) ? after : null;
          }
        }),
        Map.entry(Fault.TAGS_NOT_STORED, c -> new StoreHook() {
          @Override
          public Map<String, String> tags(Map<String, String> before, Map<String, String> after) {
            return before;
          }
        }),
        Map.entry(Fault.TAGS_SURVIVE_DELETE, c -> new StoreHook() {
          @Override
          public boolean tagsOutliveResources() {
            return true;
          }
        }),
        Map.entry(Fault.UPDATE_DROPS_MEMBER, c -> new StoreHook() {
          @Override
          public boolean updatesFromCreation() {
            return true;
          }
        }),
        Map.entry(Fault.LIST_MISSES_NEWEST, c -> new StoreHook() {
          @Override
          public boolean listsNewest() {
            return false;
          }
        }),
        Map.entry(Fault.IGNORE_CLIENT_TOKEN, c -> new StoreHook() {
          @Override
          public boolean remembersClientTokens() {
            return false;
          }
        }),
        Map.entry(Fault.TOKEN_MISMATCH_ACCEPTED, c -> new StoreHook() {
          @Override
          public boolean refusesClientTokenReuse() {
            return false;
          }
        }));
  }

  /** Runbooks stored without their dynamicParameters: by updates only, or by creates too. */
  private static StoreHook withoutDynamicParameters(boolean onCreate) {
    return new StoreHook() {
      @Override
      public ObjectNode planDocument(boolean created, ObjectNode document) {
        if (created && !onCreate) {
          return document;
        }
        ObjectNode copy = document.deepCopy();
        for (JsonNode action : copy.path("actions")) {
          if (action.get("ssmAutomation") instanceof ObjectNode automation) {
            automation.remove("dynamicParameters");
          }
        }
        return copy;
      }
    };
  }
}
