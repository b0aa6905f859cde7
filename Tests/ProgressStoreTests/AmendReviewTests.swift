import Course
import Foundation
import GRDB
import Testing

@testable import ProgressStore

/// Changing the rating of a card's latest review (`override`, or a rating after a right answer):
/// the same contract for the SQLite store and the in-memory one.
@Suite struct AmendReviewTests {
  private static let now = Moment(secondsSince1970: 1_700_000_000)

  /// The two stores.
  enum Kind: String, CaseIterable, Sendable { case sqlite, memory }

  /// A fresh store of `kind`, and the folder to remove afterwards.
  private func store(_ kind: Kind) throws -> (any ProgressRecording, TemporaryFolder?) {
    switch kind {
    case .memory: return (InMemoryProgress(), nil)
    case .sqlite:
      let folder = try TemporaryFolder()
      return (SQLiteProgress(folder: .success(folder.path)), folder)
    }
  }

  private func review(
    _ card: String, at time: Moment = now, _ rating: ReviewRating, overridden: Bool = false
  ) -> ReviewRecord {
    ReviewRecord(cardID: card, topic: "t", time: time, rating: rating, source: .model, overridden: overridden)
  }

  @Test(arguments: Kind.allCases)
  func anOverrideReplacesTheWrongReviewAndSchedulesAsIfItHadBeenGood(kind: Kind) throws {
    let (store, folder) = try store(kind)
    defer { folder?.remove() }
    try store.record(review("b", .good))
    let wrong = review("a", .again)
    try store.record(wrong)
    let amended = try store.amend(wrong, rating: .good, overridden: true)
    #expect(amended == review("a", .good, overridden: true))
    #expect(
      try store.reviews() == [review("b", .good), review("a", .good, overridden: true)], "one review, not two"
    )
    let card = try #require(try store.cards().first { $0.id == "a" })
    #expect(card == ReviewCard.after(review("a", .good), existing: nil), "scheduled as if answered right")
    #expect(try store.amend(wrong, rating: .good, overridden: true) == nil, "only once")
  }

  @Test(arguments: Kind.allCases)
  func aRatingReschedulesFromTheCardBeforeThatReview(kind: Kind) throws {
    let (store, folder) = try store(kind)
    defer { folder?.remove() }
    let first = try store.record(review("a", .good))
    let second = review("a", at: first.due, .good)
    try store.record(second)
    try store.amend(second, rating: .easy, overridden: false)
    #expect(try store.reviews().map(\.rating) == [.good, .easy])
    let expected = ReviewCard.after(review("a", at: first.due, .easy), existing: first)
    #expect(try store.cards() == [expected])
  }

  @Test(arguments: Kind.allCases)
  func onlyTheLatestReviewOfItsCardCanBeAmended(kind: Kind) throws {
    let (store, folder) = try store(kind)
    defer { folder?.remove() }
    let older = review("a", .again)
    try store.record(older)
    try store.record(review("a", at: Self.now.adding(days: 0.01), .good))
    let before = try store.cards()
    #expect(try store.amend(older, rating: .good, overridden: true) == nil)
    #expect(try store.amend(review("z", .again), rating: .good, overridden: true) == nil)
    #expect(try store.cards() == before)
    #expect(try store.reviews().map(\.rating) == [.again, .good])
    try store.reset(topic: nil)
    #expect(
      try store.amend(review("a", at: Self.now.adding(days: 0.01), .good), rating: .easy, overridden: false)
        == nil)
    #expect(try store.cards().isEmpty)
  }

  @Test func anAmendedReviewIsReadBackByAnotherStore() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let wrong = review("a", .again)
    try SQLiteProgress(folder: .success(folder.path)).record(wrong)
    try SQLiteProgress(folder: .success(folder.path)).amend(wrong, rating: .good, overridden: true)
    let reopened = SQLiteProgress(folder: .success(folder.path))
    #expect(try reopened.reviews() == [review("a", .good, overridden: true)])
  }

  @Test func aReviewLoggedBeforeTheMigrationIsReadButNotAmended() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.file("progress.sqlite")
    do {
      let queue = try DatabaseQueue(path: path)
      try ProgressSchema.migrator.migrate(queue, upTo: "v2-review-log")
      try queue.write { db in
        try db.execute(
          sql: """
            INSERT INTO card (id, topic, stability, difficulty, due, reps, lapses, lastReview)
            VALUES ('a', 't', 0.4872, 7.6, 1700000600, 1, 0, 1700000000);
            INSERT INTO reviewLog (cardID, topic, time, rating, source) VALUES ('a', 't', 1700000000, 1, 'model');
            """)
      }
      // This version reads a database of the previous one without migrating it (a read-only folder).
      #expect(ReadOnlyProgress.open(path: path, configuration: SQLiteProgress.configuration) != nil)
    }
    let store = SQLiteProgress(folder: .success(folder.path))
    #expect(try store.reviews() == [review("a", .again)])
    #expect(try store.amend(review("a", .again), rating: .good, overridden: true) == nil)
    #expect(try store.reviews() == [review("a", .again)])
  }
}
