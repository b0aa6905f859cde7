import Course
import Foundation
import Testing

@testable import ProgressStore

/// Solved challenges in the `challengeSolved` table (migration `v4-challenges`): the fewest
/// commands kept, read back by another store.
@Suite struct ChallengeStoreTests {
  @Test func theBestCountSurvivesReopening() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = SQLiteProgress(folder: .success(folder.path))
    #expect(try store.challengeRecords() == [])
    let first = try store.recordChallenge("skew", commands: 5, at: Moment(secondsSince1970: 100))
    #expect(
      first
        == ChallengeRecord(
          id: "skew", bestCommands: 5, timesSolved: 1, firstSolved: Moment(secondsSince1970: 100)))
    try store.recordChallenge("skew", commands: 3, at: Moment(secondsSince1970: 200))
    try store.recordChallenge("skew", commands: 4, at: Moment(secondsSince1970: 300))
    try store.recordChallenge("quorum", commands: 3, at: Moment(secondsSince1970: 400))
    let other = SQLiteProgress(folder: .success(folder.path))
    #expect(
      try other.challengeRecords() == [
        ChallengeRecord(
          id: "quorum", bestCommands: 3, timesSolved: 1, firstSolved: Moment(secondsSince1970: 400)),
        ChallengeRecord(
          id: "skew", bestCommands: 3, timesSolved: 3, firstSolved: Moment(secondsSince1970: 100)),
      ])
  }

  @Test func inMemoryProgressKeepsTheBestToo() {
    let store = InMemoryProgress()
    store.recordChallenge("skew", commands: 4, at: Moment(secondsSince1970: 1))
    store.recordChallenge("skew", commands: 6, at: Moment(secondsSince1970: 2))
    #expect(store.challengeRecords().map(\.bestCommands) == [4])
    #expect(store.challengeRecords().map(\.timesSolved) == [2])
  }
}
