import Glibc

/// Says in plain words why SQLite could not use the data folder, when the folder itself is the
/// cause: a full disk or a read-only file system (SQLite reports both as vague I/O errors, such as
/// "disk I/O error" or "unable to open database file").
enum FolderDiagnosis {
  /// What is wrong with the folder, with SQLite's own words in brackets.
  ///
  /// - Parameters:
  ///   - folder: The data folder.
  ///   - detail: SQLite's (or the system's) message.
  ///   - full: Whether SQLite itself said the disk is full (SQLITE_FULL).
  /// - Returns: The problem, or `nil` when the folder looks fine (then `detail` alone is the best
  ///   explanation there is).
  static func problem(in folder: String, detail: String, full: Bool = false) -> String? {
    var status = statvfs()
    let known = statvfs(folder, &status) == 0
    if known && status.f_flag & UInt(ST_RDONLY) != 0 {
      return "the data folder \(folder) is on a read-only file system (\(detail)); "
        + "use --data DIR to keep progress somewhere writable"
    }
    if full || (known && status.f_bavail == 0) {
      return "the disk holding \(folder) is full (\(detail)); free some space to save progress"
    }
    if access(folder, W_OK) != 0 {
      return "the data folder \(folder) is not writable (\(detail)); "
        + "use --data DIR to keep progress somewhere writable"
    }
    return nil
  }
}
