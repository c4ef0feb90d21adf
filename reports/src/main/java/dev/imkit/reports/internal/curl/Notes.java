package dev.imkit.reports.internal.curl;

import dev.imkit.reports.api.ExchangeRecord;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What may make a call of a reproducer answer otherwise than in the run, said above the call: a resource no call
 * of the sequence made, state made before the sequence (a conflict), pages that depend on everything the target
 * holds, a percent-encoded path that curl may sign otherwise than SigV4 wants.
 */
final class Notes {
  private static final Pattern ARN = Pattern.compile("arn:aws[a-z-]*:ssm-incidents:[^\"&\\s,}\\]]+");

  private Notes() {
  }

  static void write(StringBuilder s, ExchangeRecord e, List<Capture> captures, String sentBefore) {
    Set<String> foreign = new LinkedHashSet<>();
    Matcher m = ARN.matcher(Capture.sentText(e));
    while (m.find()) {
      String arn = m.group();
      if (!sentBefore.contains(arn) && captures.stream().noneMatch(c -> c.value().equals(arn))) {
        foreign.add(arn);
      }
    }
    foreign.forEach(arn -> s.append("# Note: no call of this sequence made ").append(arn)
        .append(" (an earlier check of the run did, or it is made up to be missing).\n"));
    if (e.status() == 409) {
      s.append("# Note: the run got 409: something made before this sequence was in the way; a fresh target may"
          + " answer otherwise.\n");
    }
    if (captures.stream().anyMatch(c -> c.key().equals("nextToken")) && e.requestBody().contains("nextToken")) {
      s.append("# Note: pages depend on everything the target holds: on another target the walk may end sooner.\n");
    }
    if (Paths.encodedPath(e.uri())) {
      s.append("# Note: the path is percent-encoded; SigV4 for services other than S3 encodes it once more, which\n"
          + "# curl may not do: a 403 InvalidSignatureException here can be curl's, whatever the target does.\n");
    }
  }
}
