import Course
import Foundation
import Testing

@testable import ProgressStore

/// A shell killed mid-answer: what was committed is on disk (in the WAL), nothing else is needed.
@Suite struct CrashRecoveryTests {
  @Test func committedReviewsSurviveAProcessThatNeverClosedTheDatabase() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let live = folder.file("live")
    let store = SQLiteProgress(folder: .success(live))
    for index in 0..<5 {
      try store.record(
        ReviewRecord(
          cardID: "q\(index)", topic: "t", time: Moment(secondsSince1970: Double(index)), rating: .good,
          source: .model))
    }
    // The files exactly as a killed process leaves them: the database never closed or checkpointed.
    let copy = folder.file("after-kill")
    try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: true)
    for suffix in ["", "-wal", "-shm"]
    where FileManager.default.fileExists(atPath: live + "/progress.sqlite" + suffix) {
      try FileManager.default.copyItem(
        atPath: live + "/progress.sqlite" + suffix, toPath: copy + "/progress.sqlite" + suffix)
    }
    #expect(
      FileManager.default.fileExists(atPath: copy + "/progress.sqlite-wal"), "the reviews are in the WAL")
    let reopened = SQLiteProgress(folder: .success(copy))
    #expect(try reopened.reviews().count == 5)
    #expect(try reopened.cards().map(\.id) == ["q0", "q1", "q2", "q3", "q4"])
    #expect(reopened.takeNotices().isEmpty, "not mistaken for a damaged file")
    _ = store
  }
}
