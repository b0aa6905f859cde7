/// The version of the `multileader` tool.
///
/// `number` is the only place the version is written down; everything else derives from it.
enum Version {
  /// The semantic version of this release.
  static let number = "0.1.0"

  /// The line printed by `multileader --version`.
  static let banner = "multileader \(number)"
}
