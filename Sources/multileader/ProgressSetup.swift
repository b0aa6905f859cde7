import Course
import Glibc
import ProgressStore

/// The progress store of an interactive shell: nothing is opened until a command needs it.
enum ProgressSetup {
  /// The store in the data folder (`--data DIR`, else the XDG data folder); `legacyPlaceFile` is
  /// imported once.
  static func store(data: String?, legacyPlaceFile: String?) -> SQLiteProgress {
    var environment: [String: String] = [:]
    for name in ["XDG_DATA_HOME", "HOME"] { environment[name] = Terminal.environment(name) }
    return SQLiteProgress(
      folder: ProgressLocation.folder(data: data, environment: environment), legacyPlaceFile: legacyPlaceFile)
  }

  /// Whether the learner has been here before: a progress database or an old place file exists
  /// (checked with `access`, so the database stays closed until it is needed).
  static func returning(_ store: SQLiteProgress) -> Bool {
    [store.path, store.legacyPlaceFilePath].contains { path in path.map { access($0, F_OK) == 0 } ?? false }
  }
}
