package dev.imkit.suites.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A configuration the kit cannot run with (bad endpoint, unknown revision or profile, unreachable target,
 * missing credentials). The message is one line that says what is wrong and how to fix it.
 */
@API(status = EXPERIMENTAL)
public class ConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigurationException(String message) {
    super(message);
  }

  public ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
