package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.ExchangeRecord;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Proves, from the recorded exchanges, that every VALIDATION pass was caused by what it names: each broken request
 * differs from the accepted control recorded beside it only at the rule site (and in the values each call needs
 * fresh: tokens, unique names, the identifier of an added item), so a 400 cannot have been caused by another member.
 */
final class Causality {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> FRESH = Set.of("/clientToken", "/name",
      "/relatedItemsUpdate/itemToAdd/identifier/value/url", "/relatedItemsUpdate/itemToAdd/identifier/value/arn");

  private Causality() {
  }

  static void assertEveryPassIsCausal(Runs.Outcome outcome) {
    for (CheckResult r : outcome.records()) {
      if (r.status() != CheckStatus.PASS || r.id().startsWith("VAL-CONTROL-") || r.id().startsWith("VAL-EDGE-")
          || !r.id().startsWith("VAL-")) {
        continue;
      }
      // the control the check broke: the last it holds (a check that first needs its controls sends the base, then
      // the full control, then the place alone, each kept in that order; one sent earlier is attached alone)
      ExchangeRecord control = r.exchanges().stream().filter(e -> e.role() == ExchangeRecord.Role.CONTROL)
          .reduce((first, second) -> second).orElse(null);
      assertThat(control).as(r.id() + " passed without its accepted control recorded").isNotNull();
      // valid: accepted, or (the replication set rules) a set that exists or one that does not
      assertThat(control.status()).as(r.id() + " control").isIn(200, 201, 204, 409, 404);
      Pattern site = site(r);
      for (ExchangeRecord sent : r.exchanges()) {
        if (sent.role() != ExchangeRecord.Role.CHECK) {
          continue;
        }
        for (String differs : differences(control, sent)) {
          // a query member differs as a whole: ?tagKeys=a&tagKeys=b names no item
          boolean query = site.pattern().startsWith("/\\Q" + differs.substring(Math.min(1, differs.length())) + "\\E");
          assertThat(site.matcher(differs).lookingAt() || query)
              .as("%s: the request differs from its control at %s, outside the site %s", r.id(), differs, site)
              .isTrue();
        }
      }
    }
  }

  /** The site's pointer as a pattern: {@code relatedItems[].title} is {@code /relatedItems/\d+/title}. */
  private static Pattern site(CheckResult r) {
    String rule = r.rules().get(1);
    String path = rule.substring(rule.indexOf('.') + 1);
    StringBuilder regex = new StringBuilder();
    for (String part : path.split("(?=\\[\\])|(?=\\{\\})|\\.")) {
      if (part.startsWith("[]")) {
        regex.append("/\\d+");
        part = part.substring(2);
      } else if (part.startsWith("{}")) {
        regex.append("/[^/]+");
        part = part.substring(2);
      }
      if (!part.isEmpty()) {
        regex.append('/').append(Pattern.quote(part));
      }
    }
    return Pattern.compile(path.equals("root") ? "" : regex.toString());
  }

  /** Where the two requests' bodies and URIs differ, as JSON pointers (the URI's members as {@code /member}). */
  static List<String> differences(ExchangeRecord a, ExchangeRecord b) {
    Set<String> out = new TreeSet<>();
    diff("", parse(a.requestBody()), parse(b.requestBody()), out);
    uriDiff(a.uri(), b.uri(), out);
    out.removeIf(p -> FRESH.contains(p));
    return new ArrayList<>(out);
  }

  private static void uriDiff(String a, String b, Set<String> out) {
    String[] pa = a.split("\\?", 2);
    String[] pb = b.split("\\?", 2);
    if (!pa[0].equals(pb[0])) {
      out.add("/" + label(pa[0], pb[0]));
    }
    Set<String> qa = new TreeSet<>(List.of(pa.length > 1 ? pa[1].split("&") : new String[0]));
    Set<String> qb = new TreeSet<>(List.of(pb.length > 1 ? pb[1].split("&") : new String[0]));
    Set<String> sym = new TreeSet<>(qa);
    sym.addAll(qb);
    for (String p : sym) {
      if (!(qa.contains(p) && qb.contains(p))) {
        out.add("/" + URLDecoder.decode(p.split("=", 2)[0], StandardCharsets.UTF_8));
      }
    }
  }

  /** The member a path label differs in: only {@code /tags/{resourceArn}} has one. */
  private static String label(String a, String b) {
    return a.contains("/tags/") || b.contains("/tags/") ? "resourceArn" : "uri";
  }

  private static void diff(String at, JsonNode a, JsonNode b, Set<String> out) {
    if (a == null || b == null || a.getNodeType() != b.getNodeType()) {
      if (!(a == null && b == null)) {
        out.add(at);
      }
      return;
    }
    if (a.isObject()) {
      Set<String> names = new TreeSet<>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      for (String n : names) {
        diff(at + "/" + n, a.get(n), b.get(n), out);
      }
    } else if (a.isArray()) {
      for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
        diff(at + "/" + i, a.get(i), b.get(i), out);
      }
    } else if (!a.equals(b)) {
      out.add(at);
    }
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return JSON.createObjectNode();
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return JSON.getNodeFactory().textNode(body);
    }
  }


}
