import Course
import Foundation
import GRDB

/// Decides whether an existing progress file can be used, and moves a bad one aside.
struct DatabaseCheck {
  /// The database file.
  let path: String
  /// How to open it for the check.
  let configuration: Configuration

  /// What is wrong with the file, such as "is not an SQLite database", or `nil` when it is usable
  /// (or missing, or empty: then a fresh database is simply created).
  func problem() -> String? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    let header = (try? handle.read(upToCount: 16)) ?? Data()
    try? handle.close()
    if header.isEmpty { return nil }
    guard header == Data("SQLite format 3\0".utf8) else { return "is not an SQLite database" }
    do {
      let queue = try DatabaseQueue(path: path, configuration: configuration)
      defer { try? queue.close() }
      return try queue.read { db in
        let check = try String.fetchAll(db, sql: "PRAGMA quick_check")
        if check != ["ok"] { return "is damaged (\(check.prefix(3).joined(separator: "; ")))" }
        let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if application == ProgressSchema.applicationID { return nil }
        if application != 0 { return "belongs to another program (application_id \(application))" }
        let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
        return tables == 0
          ? nil : "is an SQLite database of another program (its tables are not multileader's)"
      }
    } catch let error as DatabaseError
      where [.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode)
    {
      return "is damaged (\(error.message ?? "\(error.resultCode)"))"
    } catch {
      // Anything else (permissions, a busy file) is not a verdict on the file: opening reports it.
      return nil
    }
  }

  /// Renames the file (and its `-wal` and `-shm` companions) to
  /// `progress.sqlite.damaged-YYYYMMDD-HHMMSS`, stamped with `stamp` in UTC; returns the new path.
  func moveAside(stamp: Date) -> Result<String, ProgressFailure> {
    var target = path + ".damaged-" + Self.stampText(stamp)
    var attempt = 2
    while FileManager.default.fileExists(atPath: target) {
      target = path + ".damaged-" + Self.stampText(stamp) + "-\(attempt)"
      attempt += 1
    }
    guard rename(path, target) == 0 else {
      let reason = String(cString: strerror(errno))
      return .failure(ProgressFailure("\(path) is unusable and cannot be moved aside: \(reason)"))
    }
    for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
      _ = rename(path + suffix, target + suffix)
    }
    return .success(target)
  }

  /// `YYYYMMDD-HHMMSS` in UTC.
  static func stampText(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
    return
      "\(parts.year ?? 0)\(two(parts.month))\(two(parts.day))-\(two(parts.hour))\(two(parts.minute))\(two(parts.second))"
  }
}
