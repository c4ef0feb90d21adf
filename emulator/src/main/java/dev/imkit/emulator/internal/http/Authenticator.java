package dev.imkit.emulator.internal.http;

import com.sun.net.httpserver.HttpExchange;
import dev.imkit.emulator.internal.engine.Caller;
import dev.imkit.emulator.internal.hooks.AuthenticationHook;
import dev.imkit.emulator.internal.store.Arns;
import dev.imkit.emulator.internal.wire.Errors;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Says who sent a request: the access key and region from the SigV4 credential scope, the account from the
 * key map. By default any well-formed signature passes; with credentials configured, signatures are checked.
 */
final class Authenticator {
  /** Region and key of requests let through unsigned by the accept-unsigned fault. */
  static final String UNSIGNED_REGION = "us-east-1";
  static final String UNSIGNED_KEY = "anonymous";
  private static final int MAX_CACHED_CALLERS = 10_000;

  private final Map<String, String> accounts;
  private final String defaultAccount;
  private final SignatureVerifier verifier;
  private final AuthenticationHook hook;
  private final Map<String, Caller> callers = new ConcurrentHashMap<>();

  Authenticator(Map<String, String> accounts, String defaultAccount, Map<String, String> secrets, String signingName,
      AuthenticationHook hook, LongSupplier clock) {
    this.accounts = Map.copyOf(accounts);
    this.defaultAccount = defaultAccount;
    this.verifier = secrets.isEmpty() ? null : new SignatureVerifier(secrets, signingName, clock);
    this.hook = hook;
  }

  /** The caller of a request, or the 403 it deserves. */
  Caller authenticate(HttpExchange exchange, byte[] body) {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    if (header == null || header.isBlank()) {
      if (hook.servesUnsigned()) {
        return caller(UNSIGNED_KEY, UNSIGNED_REGION);
      }
      throw Errors.protocol("MissingAuthenticationTokenException", 403, "Missing Authentication Token");
    }
    SigV4Header auth = SigV4Header.parse(header);
    if (verifier != null && hook.checksSignatures()) {
      verifier.verify(auth, exchange, body);
    }
    return caller(auth.accessKeyId(), auth.region());
  }

  /** Callers are few and immutable: keep one per key and region, so records share their strings. */
  private Caller caller(String accessKeyId, String region) {
    Caller known = callers.get(accessKeyId + '/' + region);
    if (known != null) {
      return known;
    }
    String account = accounts.getOrDefault(accessKeyId, defaultAccount);
    Caller fresh = new Caller(accessKeyId, account, region, Arns.principal(account, accessKeyId));
    if (callers.size() < MAX_CACHED_CALLERS) {
      callers.putIfAbsent(accessKeyId + '/' + region, fresh);
    }
    return fresh;
  }
}
