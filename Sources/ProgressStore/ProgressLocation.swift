import Course

/// Where the progress database lives.
public enum ProgressLocation {
  /// The database's file name inside the data folder.
  public static let fileName = "progress.sqlite"

  /// The data folder: `data` (from `--data DIR`) when given, else `$XDG_DATA_HOME/multileader`
  /// when that is an absolute path, else `$HOME/.local/share/multileader`.
  ///
  /// Fails with a message when neither `--data` nor HOME nor XDG_DATA_HOME says where.
  public static func folder(data: String?, environment: [String: String]) -> Result<String, ProgressFailure> {
    if let data, !data.isEmpty { return .success(data) }
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return .success(xdg + "/multileader") }
    if let home = environment["HOME"], !home.isEmpty { return .success(home + "/.local/share/multileader") }
    return .failure(
      ProgressFailure("HOME is not set, so there is no folder to save progress in (use --data DIR)."))
  }
}
