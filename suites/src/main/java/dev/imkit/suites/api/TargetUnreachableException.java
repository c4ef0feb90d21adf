package dev.imkit.suites.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The target did not answer the first request (connection refused, unknown host, timeout), or answered as something
 * other than ssm-incidents restJson1 (the sanity gate): exit code 3 of {@code imkit run}.
 */
@API(status = EXPERIMENTAL)
public class TargetUnreachableException extends ConfigurationException {
  private static final long serialVersionUID = 1L;

  public TargetUnreachableException(String message) {
    super(message);
  }

  public TargetUnreachableException(String message, Throwable cause) {
    super(message, cause);
  }
}
