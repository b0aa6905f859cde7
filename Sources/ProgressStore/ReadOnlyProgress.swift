import GRDB
import Glibc

/// Opens a progress database that cannot be written (its folder is read-only), only to read it.
///
/// SQLite reads a WAL-mode database read-only when its `-wal` and `-shm` files exist; after a clean
/// exit they are gone and cannot be made in a read-only folder, so the file is then opened as
/// immutable, which is safe because with no `-wal` file every change is in the database itself.
enum ReadOnlyProgress {
  /// A read-only connection to the database at `path`, or `nil` when its folder can be written
  /// (the failure to open it for writing was something else) or there is nothing to read.
  static func open(path: String, configuration: Configuration) -> DatabaseQueue? {
    let folder = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
    guard access(folder.isEmpty ? "." : folder, W_OK) != 0, access(path, R_OK) == 0 else { return nil }
    var configuration = configuration
    configuration.readonly = true
    let escaped = path.replacing("%", with: "%25").replacing("?", with: "%3f").replacing("#", with: "%23")
    let uri = "file:" + escaped
    let candidates = access(path + "-wal", F_OK) == 0 ? [path] : [path, uri + "?immutable=1"]
    for candidate in candidates {
      // Only a database this version wrote, whole: not one from a newer or an older version.
      let migrator = ProgressSchema.migrator
      guard let queue = try? DatabaseQueue(path: candidate, configuration: configuration),
        (try? queue.read { db in
          try migrator.hasCompletedMigrations(db) && !migrator.hasBeenSuperseded(db)
        }) == true
      else { continue }
      return queue
    }
    return nil
  }
}
