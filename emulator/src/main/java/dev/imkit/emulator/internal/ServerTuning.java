package dev.imkit.emulator.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Settings of the JDK HTTP server. They are system properties read once per JVM when the first server
 * starts, so they are set (unless the user set them) before that: TCP_NODELAY (without it a keep-alive
 * client waits on delayed ACKs, about 40 ms a request) and time limits that close a connection whose request
 * takes too long to arrive, so slow clients cannot hold the worker threads.
 */
final class ServerTuning {
  /** Worker threads: enough that a few slow clients cannot starve the others (system property to tune). */
  static final int THREADS = Integer.getInteger("imkit.emulator.threads", 64);
  /** Seconds a request may take to arrive, and a response to leave. */
  static final String REQUEST_SECONDS = "20";

  private ServerTuning() {
  }

  static void apply() {
    setIfAbsent("sun.net.httpserver.nodelay", "true");
    setIfAbsent("sun.net.httpserver.maxReqTime", REQUEST_SECONDS);
    setIfAbsent("sun.net.httpserver.maxRspTime", REQUEST_SECONDS);
  }

  static ExecutorService executor() {
    AtomicInteger n = new AtomicInteger();
    ThreadFactory daemons = r -> {
      Thread t = new Thread(r, "imkit-emulator-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), daemons);
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
