package dev.imkit.suites;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.opentest4j.TestAbortedException;

/**
 * A network namespace of its own, joined to this one by a veth pair: {@link #hostAddress()} here,
 * {@link #innerAddress()} inside, both on a /30 of 10.250.0.0/16, neither loopback. A server started with
 * {@link #exec} inside is reachable from here only through the veth, as a service container in a CI network is.
 * Needs Linux, iproute2 and CAP_NET_ADMIN (root); where namespaces are impossible, {@link #create} aborts the test
 * with the reason.
 */
final class NetworkNamespace implements AutoCloseable {
  private final String name;
  private final String hostLink;
  private final String innerAddress;
  private final String hostAddress;

  private NetworkNamespace(String name, String hostLink, String hostAddress, String innerAddress) {
    this.name = name;
    this.hostLink = hostLink;
    this.hostAddress = hostAddress;
    this.innerAddress = innerAddress;
  }

  static NetworkNamespace create() {
    if (!System.getProperty("os.name").toLowerCase().contains("linux")) {
      throw new TestAbortedException("network namespaces need Linux; this is " + System.getProperty("os.name"));
    }
    int tag = ThreadLocalRandom.current().nextInt(1 << 20);
    String name = "imkit-" + Integer.toHexString(tag);
    String link = "imk" + Integer.toHexString(tag);
    int net = ThreadLocalRandom.current().nextInt(1 << 14) * 4;
    String prefix = "10.250." + (net >> 8) + ".";
    String host = prefix + ((net & 0xff) + 1);
    String inner = prefix + ((net & 0xff) + 2);
    run(true, "ip", "netns", "add", name);
    NetworkNamespace ns = new NetworkNamespace(name, link + "h", host, inner);
    try {
      run(false, "ip", "link", "add", link + "h", "type", "veth", "peer", "name", link + "n");
      run(false, "ip", "link", "set", link + "n", "netns", name);
      run(false, "ip", "addr", "add", host + "/30", "dev", link + "h");
      run(false, "ip", "link", "set", link + "h", "up");
      run(false, "ip", "netns", "exec", name, "ip", "addr", "add", inner + "/30", "dev", link + "n");
      run(false, "ip", "netns", "exec", name, "ip", "link", "set", link + "n", "up");
      run(false, "ip", "netns", "exec", name, "ip", "link", "set", "lo", "up");
      return ns;
    } catch (RuntimeException e) {
      ns.close();
      throw e;
    }
  }

  String innerAddress() {
    return innerAddress;
  }

  String hostAddress() {
    return hostAddress;
  }

  /** Starts {@code command} inside the namespace. */
  Process exec(List<String> command) throws IOException {
    List<String> all = new ArrayList<>(List.of("ip", "netns", "exec", name));
    all.addAll(command);
    return new ProcessBuilder(all).redirectErrorStream(true).start();
  }

  @Override
  public void close() {
    quietly("ip", "link", "del", hostLink);
    quietly("ip", "netns", "del", name);
  }

  /** Runs an {@code ip} command; the first one's failure means namespaces are impossible here: the test aborts. */
  private static void run(boolean first, String... command) {
    String output;
    int code;
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      code = p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    } catch (IOException e) {
      throw new TestAbortedException("iproute2's ip cannot be run (" + e.getMessage() + "): no network namespace");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TestAbortedException("interrupted");
    }
    if (code != 0 && first) {
      throw new TestAbortedException("network namespaces are impossible here (" + String.join(" ", command) + ": "
          + output + "); they need CAP_NET_ADMIN, i.e. root");
    }
    if (code != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
    }
  }

  private static void quietly(String... command) {
    try {
      new ProcessBuilder(command).redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
    } catch (IOException e) {
      // nothing to remove
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
