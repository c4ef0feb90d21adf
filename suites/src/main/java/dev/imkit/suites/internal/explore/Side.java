package dev.imkit.suites.internal.explore;

/** The two implementations a step goes to: the one under test and the reference emulator. */
enum Side {
  TARGET("target"),
  REFERENCE("reference");

  private final String label;

  Side(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
