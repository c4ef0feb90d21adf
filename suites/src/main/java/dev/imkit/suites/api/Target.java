package dev.imkit.suites.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Revision;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The implementation under test, as the checks see it: its endpoint, the contract at the revision it claims
 * (or was detected at), and calls that are built from the operations catalogue, signed with SigV4 and recorded.
 * One instance per run, shared by all checks; safe for concurrent use.
 */
@API(status = EXPERIMENTAL)
public interface Target {

  Settings settings();

  URI endpoint();

  /** Whether the target is the emulator the kit started itself. */
  boolean embedded();

  /** The revision the checks hold the target to. */
  Revision revision();

  /** The contract at {@link #revision()}. */
  Contract contract();

  /** The account the target answers for, once known (from an ARN it returned), else empty string. */
  String account();

  /** Calls {@code operation} with {@code input}: labels, query and body placed as the catalogue says, signed. */
  Exchange call(String operation, ObjectNode input);

  /**
   * Sends a request as given: {@code pathAndQuery} is appended to the endpoint as is; signed when {@code sign}.
   * For wire checks that need what no operation call would send.
   */
  Exchange send(String method, String pathAndQuery, Map<String, List<String>> headers, String body, boolean sign);

  /** A name no other check of this run uses, matching {@code [a-zA-Z0-9-_]}, at most 60 characters. */
  String uniqueName(String hint);
}
