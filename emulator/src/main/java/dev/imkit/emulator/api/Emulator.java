package dev.imkit.emulator.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.MAINTAINED;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A running Incident Manager emulator: every operation of the contract, in memory, per account and region.
 * Thread-safe. Close it to stop the server and drop its data.
 *
 * <pre>{@code
 * try (Emulator emulator = Emulator.builder().revision("2022-05-12").port(0).start()) {
 *   SsmIncidentsClient client = SsmIncidentsClient.builder().endpointOverride(emulator.uri())...build();
 *   ...
 *   emulator.inventory("123456789012", "us-east-1").responsePlanArns();
 * }
 * }</pre>
 */
@API(status = MAINTAINED)
public interface Emulator extends AutoCloseable {

  /** A builder with the defaults: 127.0.0.1, a free port, the current revision, no fault. */
  static EmulatorBuilder builder() {
    return EmulatorBuilder.DEFAULTS;
  }

  /** The base URI to send requests to, e.g. {@code http://127.0.0.1:41234}. */
  URI uri();

  /** The port the server listens on. */
  int port();

  /** The name of the revision the emulator behaves as. */
  String revision();

  /** The faults it was started with. */
  Set<Fault> faults();

  /** What exists in one account and region. */
  Inventory inventory(String account, String region);

  /** What exists, for every account and region that has been used. */
  List<Inventory> inventories();

  /**
   * Adds a finding to an incident record (the service derives findings from CodeDeploy and CloudFormation;
   * the emulator has no such source, so tests add them here). Returns the finding's id.
   *
   * @throws IllegalArgumentException if no such incident record exists
   */
  String addFinding(String incidentRecordArn, Finding finding);

  /**
   * Serves one request in this process, exactly as the server would answer it over HTTP but without a socket:
   * for callers in the same JVM that send many requests, such as a reference beside the target under test.
   */
  @API(status = EXPERIMENTAL)
  Response serve(Request request);

  /**
   * A request for {@link #serve}.
   *
   * @param method the HTTP method
   * @param uri the URI as a client would send it (its host and port become the {@code Host} header)
   * @param headers the request headers (a SigV4 {@code Authorization} among them)
   * @param body the body, empty for none
   */
  @API(status = EXPERIMENTAL)
  record Request(String method, URI uri, Map<String, List<String>> headers, byte[] body) {
  }

  /**
   * What {@link #serve} answered.
   *
   * @param status the HTTP status
   * @param headers the response headers
   * @param body the body, empty for none
   */
  @API(status = EXPERIMENTAL)
  record Response(int status, Map<String, List<String>> headers, byte[] body) {
  }

  /** Stops the server; waits at most a second for exchanges in flight. */
  @Override
  void close();
}
