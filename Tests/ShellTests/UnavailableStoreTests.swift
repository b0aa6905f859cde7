import Course
import Foundation
import Glibc
import Testing

@testable import ProgressStore
@testable import Shell
@testable import Tutor
@testable import Workbench

/// Progress that cannot be saved: a clear message, once, and a shell that keeps working; and a
/// shell recording into a real database.
@Suite struct UnavailableStoreTests {
  private func checkShellKeepsWorking(with store: SQLiteProgress, saying words: String) throws {
    var shell = ShellSession(options: SessionOptions(seed: 3))
    shell.attachProgress(store)
    let first = shell.execute("lesson next")
    #expect(first.error == nil)
    #expect(first.notices.count == 1)
    #expect(first.notices.first?.hasPrefix("progress is not saved: ") == true, "\(first.notices)")
    #expect(first.notices.first?.contains(words) == true, "\(first.notices)")
    _ = shell.execute("quiz clock-skew")
    let answer = try #require(shell.tutor.practice.quiz).question.expected.description
    let graded = shell.execute(answer)
    #expect(graded.output.contains("Right."))
    #expect(graded.notices.isEmpty, "the message is shown once")
    #expect(shell.execute("progress").error == nil)
  }

  @Test func aMissingHomeSaysWhereToPointIt() throws {
    let folder = ProgressLocation.folder(data: nil, environment: [:])
    #expect(throws: ProgressFailure.self) { try folder.get() }
    try checkShellKeepsWorking(with: SQLiteProgress(folder: folder), saying: "HOME is not set")
  }

  @Test func aDataFolderThatCannotBeCreated() throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    try "a file".write(toFile: folder.file("file"), atomically: true, encoding: .utf8)
    let store = SQLiteProgress(folder: .success(folder.file("file") + "/data"))
    try checkShellKeepsWorking(with: store, saying: "cannot create the data folder")
  }

  @Test(.enabled(if: geteuid() != 0, "root can write to a read-only folder"))
  func aReadOnlyDataFolder() throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    chmod(folder.path, 0o500)
    try checkShellKeepsWorking(with: SQLiteProgress(folder: .success(folder.path)), saying: folder.path)
  }

  @Test func aFolderInPlaceOfTheDatabase() throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    try FileManager.default.createDirectory(
      atPath: folder.file("progress.sqlite"), withIntermediateDirectories: false)
    try checkShellKeepsWorking(
      with: SQLiteProgress(folder: .success(folder.path)), saying: "is a folder, not a regular file")
  }

  @Test func aShellRecordsItsQuizAnswersInTheDatabase() throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    let store = SQLiteProgress(folder: .success(folder.path))
    var shell = ShellSession(options: SessionOptions(seed: 3))
    shell.attachProgress(store)
    _ = shell.execute("quiz clock-skew", at: LearnerTime(Moment(secondsSince1970: 1_700_000_000)))
    _ = shell.execute("anchovy")
    let reviews = try store.reviews()
    #expect(reviews.count == 1)
    #expect(reviews.first?.rating == .again)
    #expect(reviews.first?.source == .model)
    _ = shell.execute("lesson next")
    let again = SQLiteProgress(folder: .success(folder.path))
    #expect(try again.place().lesson != nil, "the place is saved as it moves")
  }
}

/// A fresh folder for one test's progress database.
private struct StoreFolder {
  /// The folder's path.
  let path: String

  init() throws {
    path =
      FileManager.default.temporaryDirectory.appendingPathComponent("shell-store-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// The path of `name` inside the folder.
  func file(_ name: String) -> String { "\(path)/\(name)" }

  /// Deletes the folder, whatever its permissions.
  func remove() {
    chmod(path, 0o700)
    try? FileManager.default.removeItem(atPath: path)
  }
}
