import Course
import Foundation
import GRDB
import Testing

@testable import ProgressStore

/// A damaged or foreign file is reported, moved aside with a timestamp, and never wiped.
@Suite struct DamagedFileTests {
  /// 2023-11-14 22:13:20 UTC.
  private let stamp = Date(timeIntervalSince1970: 1_700_000_000)
  private let movedName = "progress.sqlite.damaged-20231114-221320"

  private func check(_ folder: TemporaryFolder, expecting words: String) throws {
    let original = try Data(contentsOf: URL(fileURLWithPath: folder.file("progress.sqlite")))
    let stamp = self.stamp
    let store = SQLiteProgress(folder: .success(folder.path), clock: { stamp })
    try store.record(
      ReviewRecord(
        cardID: "a", topic: "t", time: Moment(secondsSince1970: 0), rating: .good, source: .model))
    let notices = store.takeNotices()
    #expect(notices.count == 1)
    #expect(notices.first?.contains(words) == true, "\(notices)")
    #expect(notices.first?.contains("moved aside to \(folder.file(movedName))") == true, "\(notices)")
    let moved = try Data(contentsOf: URL(fileURLWithPath: folder.file(movedName)))
    #expect(moved == original, "the damaged file is kept byte for byte")
    #expect(try store.cards().count == 1)
  }

  @Test func aFileThatIsNotSQLiteIsMovedAside() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try "lesson: intro\nthis is not a database at all\n".write(
      toFile: folder.file("progress.sqlite"), atomically: true, encoding: .utf8)
    try check(folder, expecting: "is not an SQLite database")
  }

  @Test func aCorruptSQLiteFileIsMovedAside() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    var bytes = Data("SQLite format 3\0".utf8)
    bytes.append(Data(repeating: 0xA5, count: 4_080))
    try bytes.write(to: URL(fileURLWithPath: folder.file("progress.sqlite")))
    try check(folder, expecting: "is damaged")
  }

  @Test func anotherProgramsDatabaseIsMovedAside() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    do {
      let queue = try DatabaseQueue(path: folder.file("progress.sqlite"))
      try queue.write { db in
        try db.execute(sql: "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('margherita')")
      }
    }
    try check(folder, expecting: "another program")
  }

  @Test func aSecondDamagedFileInTheSameSecondGetsItsOwnName() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try "old".write(toFile: folder.file(movedName), atomically: true, encoding: .utf8)
    try "garbage that is not sqlite".write(
      toFile: folder.file("progress.sqlite"), atomically: true, encoding: .utf8)
    let stamp = self.stamp
    let store = SQLiteProgress(folder: .success(folder.path), clock: { stamp })
    _ = try store.cards()
    #expect(try String(contentsOfFile: folder.file(movedName), encoding: .utf8) == "old")
    #expect(FileManager.default.fileExists(atPath: folder.file(movedName + "-2")))
  }

  @Test func theStampIsUTC() {
    #expect(DatabaseCheck.stampText(Date(timeIntervalSince1970: 0)) == "19700101-000000")
    #expect(DatabaseCheck.stampText(stamp) == "20231114-221320")
  }

  @Test func aFolderInPlaceOfTheDatabaseIsRefusedAndKept() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.file("progress.sqlite")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    let store = SQLiteProgress(folder: .success(folder.path), clock: { Date(timeIntervalSince1970: 0) })
    let refusal = #expect(throws: ProgressFailure.self) { try store.cards() }
    #expect(
      refusal?.message
        == "\(path) is a folder, not a regular file; "
        + "move it out of the way, or use --data DIR to keep progress in another folder")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["progress.sqlite"])
  }
}
