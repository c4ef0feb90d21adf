package dev.imkit.suites.internal.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.suites.api.ConfigurationException;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.api.TargetUnreachableException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Before any check, proves in at most three read calls, each sent once, that the endpoint answers as ssm-incidents
 * restJson1: a read answer that validates against the operation's output schema (at the current or the first
 * revision), or a JSON error envelope naming one of the model's errors. Anything else (a web server's 501 page, an
 * S3-style XML error, empty bodies, another service's errors) stops the run with one line saying what it answered.
 * A read whose connection is closed unanswered leaves the others to show the service; nothing listening, or no
 * answer to the first read within the timeout, stops the run at once.
 */
final class SanityGate {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Pattern CREDENTIALS = Pattern.compile("signature|unrecognizedclient|token|accessdenied");

  /** One read call of the gate. */
  private record Read(String operation, Function<DefaultTarget, ObjectNode> input) {
  }

  private static final List<Read> READS = List.of(
      new Read("ListResponsePlans", t -> JSON.objectNode().put("maxResults", 1)),
      new Read("GetResponsePlan", t -> JSON.objectNode().put("arn", "arn:aws:ssm-incidents::"
          + (t.account().isEmpty() ? "123456789012" : t.account()) + ":response-plan/imkit-gate-"
          + UUID.randomUUID().toString().substring(0, 8))),
      new Read("ListReplicationSets", t -> JSON.objectNode()));

  private SanityGate() {
  }

  /** Returns when the target answers as ssm-incidents; throws a one-line reason otherwise. */
  static void pass(DefaultTarget target) {
    List<Exchange> answers = new ArrayList<>();
    List<String> unanswered = new ArrayList<>();
    for (Read read : READS) {
      Exchange answer;
      try {
        answer = target.callOnce(read.operation(), read.input().apply(target));
      } catch (UncheckedIOException e) {
        if (answers.isEmpty() && unanswered.isEmpty() && nothingThere(e)) {
          throw new TargetUnreachableException("cannot reach " + target.endpoint() + " (" + e.getCause().getMessage()
              + "): is the server running, and is imkit.endpoint right?", e);
        }
        // a connection closed unanswered: the other reads may still show the service (the checks of this one say so)
        unanswered.add(read.operation() + ": " + e.getCause().getMessage());
        continue;
      }
      refusedCredentials(answer);
      if (speaksIncidentManager(read.operation(), answer)) {
        return;
      }
      answers.add(answer);
    }
    if (answers.isEmpty()) {
      throw new TargetUnreachableException(target.endpoint() + " accepted connections but answered none of "
          + unanswered.size() + " read calls (" + String.join("; ", unanswered) + "): is it an ssm-incidents endpoint, "
          + "and is imkit.timeout-seconds long enough?");
    }
    throw new TargetUnreachableException(describe(answers) + ": not an ssm-incidents endpoint (" + target.endpoint()
        + " answered " + answers.stream().map(SanityGate::request).collect(Collectors.joining(", "))
        + "; is imkit.endpoint right?)");
  }

  /**
   * Whether the first call shows nothing to talk to: the connection refused, the host unknown or unreachable, or
   * no answer within the timeout (a server that holds its first call would hold the others as long).
   */
  private static boolean nothingThere(UncheckedIOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
          || t instanceof java.net.NoRouteToHostException || t instanceof java.net.SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  static boolean speaksIncidentManager(String operation, Exchange answer) {
    JsonNode body = answer.jsonOrNull();
    if (answer.succeeded()) {
      return body != null && body.isObject() && (validOutput(Contract.current(), operation, body)
          || validOutput(Contract.at(Revisions.all().get(0)), operation, body));
    }
    return body != null && body.isObject() && answer.errorType()
        .map(name -> Contract.current().errors().stream().anyMatch(e -> e.name().equals(name))).orElse(false);
  }

  private static boolean validOutput(Contract contract, String operation, JsonNode body) {
    return contract.validator().output(operation, body).violations().isEmpty();
  }

  private static void refusedCredentials(Exchange answer) {
    String error = answer.errorType().orElse("").toLowerCase(Locale.ROOT);
    if (answer.status() == 403 && CREDENTIALS.matcher(error).find()) {
      throw new ConfigurationException("the target refused the credentials or region (" + answer.answerLine()
          + "): check imkit.region and the credentials");
    }
  }

  /** {@code HTTP 501 text/html from every call}, or each answer in turn when they differ. */
  static String describe(List<Exchange> answers) {
    List<String> each = answers.stream().map(SanityGate::kind).toList();
    if (each.size() > 1 && each.stream().distinct().count() == 1) {
      return each.get(0) + " from every call";
    }
    if (each.size() == 1) {
      return each.get(0);
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      parts.add(each.get(i) + " to " + answers.get(i).operation());
    }
    return String.join("; ", parts);
  }

  /** What kind of answer it was: {@code HTTP 404 application/xml}, {@code HTTP 200 (empty body)}. */
  private static String kind(Exchange answer) {
    String type = answer.header("Content-Type").map(t -> t.split(";")[0].trim().toLowerCase(Locale.ROOT))
        .filter(t -> !t.isEmpty()).orElse("");
    StringBuilder s = new StringBuilder("HTTP ").append(answer.status());
    boolean empty = answer.responseBody() == null || answer.responseBody().isBlank();
    if (!type.isEmpty() && !empty) {
      s.append(' ').append(type);
    }
    answer.errorType().ifPresent(name -> s.append(' ').append(name));
    if (empty) {
      s.append(" (empty body)");
    } else if (answer.jsonOrNull() == null && type.isEmpty()) {
      s.append(" (a body that is not JSON)");
    }
    return s.toString();
  }

  private static String request(Exchange answer) {
    String uri = answer.uri();
    int path = uri.indexOf('/', uri.indexOf("//") + 2);
    String shown = path < 0 ? "/" : uri.substring(path);
    return answer.method() + " " + (shown.contains("?") ? shown.substring(0, shown.indexOf('?')) : shown);
  }
}
