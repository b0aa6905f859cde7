import GRDB
import Glibc

/// Opens a progress database that cannot be written, only to read it: its folder is read-only, or
/// a newer multileader wrote it.
///
/// SQLite reads a WAL-mode database read-only when its `-wal` and `-shm` files exist; after a clean
/// exit they are gone and cannot be made in a read-only folder, so the file is then opened as
/// immutable, which is safe because with no `-wal` file every change is in the database itself.
enum ReadOnlyProgress {
  /// Whether the folder holding `path` cannot be written (so the database there can only be read).
  static func folderIsReadOnly(of path: String) -> Bool {
    let folder = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
    return access(folder.isEmpty ? "." : folder, W_OK) != 0
  }

  /// A read-only connection to the database at `path`, or `nil` when there is nothing to read: no
  /// readable file, or a database too old to read unmigrated (one without
  /// ``ProgressSchema/oldestReadable``, which only this version's migrations could bring up to
  /// date). A database with more migrations than this version knows (from a newer one) is read.
  static func open(path: String, configuration: Configuration) -> DatabaseQueue? {
    guard access(path, R_OK) == 0 else { return nil }
    var configuration = configuration
    configuration.readonly = true
    let escaped = path.replacing("%", with: "%25").replacing("?", with: "%3f").replacing("#", with: "%23")
    let uri = "file:" + escaped
    let immutable = folderIsReadOnly(of: path) && access(path + "-wal", F_OK) != 0
    for candidate in immutable ? [path, uri + "?immutable=1"] : [path] {
      guard let queue = try? DatabaseQueue(path: candidate, configuration: configuration),
        (try? queue.read(ProgressSchema.isReadable)) == true
      else { continue }
      return queue
    }
    return nil
  }

  /// Whether the database at `path` was migrated by a newer multileader (it records migrations
  /// this version does not know); `false` when it cannot be read.
  static func isFromNewerVersion(path: String, configuration: Configuration) -> Bool {
    guard access(path, R_OK) == 0 else { return false }
    var configuration = configuration
    configuration.readonly = true
    guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return false }
    defer { try? queue.close() }
    return (try? queue.read { db in try ProgressSchema.migrator.hasBeenSuperseded(db) }) == true
  }
}
