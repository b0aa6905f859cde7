import Course
import Foundation
import GRDB
import Testing

@testable import ProgressStore

/// `review limits` in the `setting` table: saved, read back by another store, and a value that is
/// not a limit ignored.
@Suite struct ReviewLimitsStoreTests {
  @Test func limitsSurviveReopeningAndForeignValuesAreIgnored() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = SQLiteProgress(folder: .success(folder.path))
    #expect(try store.reviewLimits() == nil)
    try store.saveReviewLimits(ReviewLimits(newCards: 5, reviews: 40))
    try store.saveReviewLimits(ReviewLimits(newCards: 6, reviews: 50))
    let other = SQLiteProgress(folder: .success(folder.path))
    #expect(try other.reviewLimits() == ReviewLimits(newCards: 6, reviews: 50))

    let queue = try DatabaseQueue(path: folder.file("progress.sqlite"))
    try queue.write { db in
      try db.execute(
        sql: "UPDATE setting SET value = 'lots' WHERE key = ?", arguments: [SQLiteProgress.reviewsSetting])
    }
    #expect(try SQLiteProgress(folder: .success(folder.path)).reviewLimits() == nil)
  }
}
