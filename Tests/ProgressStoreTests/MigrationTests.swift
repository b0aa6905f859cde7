import Course
import Foundation
import GRDB
import Glibc
import Testing

@testable import ProgressStore

/// The schema's migrations, from an empty folder and from the previous version.
@Suite struct MigrationTests {
  private let now = Moment(secondsSince1970: 1_700_000_000)

  @Test func anEmptyFolderGetsTheWholeSchemaWithPrivateModes() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let data = folder.file("data")
    let store = SQLiteProgress(folder: .success(data))
    #expect(FileManager.default.fileExists(atPath: data) == false, "nothing is opened before the first call")
    #expect(try store.place() == CoursePlace())
    let path = data + "/progress.sqlite"
    #expect(try TemporaryFolder.mode(data) == 0o700)
    #expect(try TemporaryFolder.mode(path) == 0o600)
    #expect(try TemporaryFolder.mode(path + "-wal") == 0o600)
    let queue = try DatabaseQueue(path: path)
    let (applied, application, journal) = try queue.read { db in
      (
        try ProgressSchema.migrator.appliedIdentifiers(db),
        try Int32.fetchOne(db, sql: "PRAGMA application_id"),
        try String.fetchOne(db, sql: "PRAGMA journal_mode")
      )
    }
    #expect(
      applied == [
        "v1-place-and-cards", "v2-review-log", "v3-review-amendments", "v4-challenges", "v5-study-plan",
      ])
    #expect(application == ProgressSchema.applicationID)
    #expect(journal == "wal")
  }

  @Test func aDatabaseOfThePreviousVersionIsMigratedAndKeepsItsData() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    do {
      let queue = try DatabaseQueue(path: folder.file("progress.sqlite"))
      try ProgressSchema.migrator.migrate(queue, upTo: "v1-place-and-cards")
      try queue.write { db in
        try db.execute(sql: "INSERT INTO place (id, lesson, scenario, step) VALUES (1, 'intro', 'pizza', 3)")
        try db.execute(sql: "INSERT INTO lessonRead (lesson) VALUES ('intro')")
        try db.execute(
          sql: """
            INSERT INTO card (id, topic, stability, difficulty, due, reps, lapses, lastReview)
            VALUES ('lww-final-value', 'last-write-wins', 3.7145, 5.1618, 1700345600, 1, 0, 1700000000)
            """)
      }
    }
    let store = SQLiteProgress(folder: .success(folder.path))
    #expect(
      try store.place() == CoursePlace(lesson: "intro", scenario: "pizza", step: 3, lessonsRead: ["intro"]))
    let card = try #require(try store.cards().first)
    #expect(card.stability == 3.7145 && card.reps == 1)
    let next = try store.record(
      ReviewRecord(cardID: card.id, topic: card.topic, time: card.due, rating: .good, source: .model))
    #expect(next.reps == 2)
    #expect(try store.reviews().count == 1)
  }

  @Test func aDatabaseFromANewerVersionIsReadButLeftAsItWas() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.file("progress.sqlite")
    do {
      let queue = try DatabaseQueue(path: path)
      try ProgressSchema.migrator.migrate(queue)
      let store = SQLiteProgress(folder: .success(folder.path))
      try store.savePlace(CoursePlace(lesson: "intro"))
      try store.record(ReviewRecord(cardID: "a", topic: "t", time: now, rating: .good, source: .model))
      try queue.write { db in
        try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
      }
    }
    let original = try Data(contentsOf: URL(fileURLWithPath: path))
    let store = SQLiteProgress(folder: .success(folder.path))
    #expect(try store.cards().map(\.id) == ["a"])
    #expect(try store.reviews().count == 1)
    #expect(try store.place().lesson == "intro")
    let refusal = #expect(throws: ProgressFailure.self) {
      try store.record(ReviewRecord(cardID: "b", topic: "t", time: now, rating: .good, source: .model))
    }
    #expect(
      refusal?.message
        == "\(path) was written by a newer multileader: the progress saved there is shown, "
        + "but new answers are not saved (update multileader to save them)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original, "the file is not changed")
  }

  @Test func aDatabaseFromANewerVersionWithoutThisVersionsTablesIsReportedPlainly() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.file("progress.sqlite")
    do {
      let queue = try DatabaseQueue(path: path)
      try ProgressSchema.migrator.migrate(queue)
      try queue.write { db in
        try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        try db.execute(sql: "ALTER TABLE reviewLog RENAME TO reviewHistory")
      }
    }
    let store = SQLiteProgress(folder: .success(folder.path))
    let refusal = #expect(throws: ProgressFailure.self) { try store.reviews() }
    #expect(
      refusal?.message
        == "\(path) was written by a newer multileader whose tables this one cannot read: "
        + "the progress saved there is neither shown nor saved (update multileader to use it)")
    #expect(FileManager.default.fileExists(atPath: path))
  }

  @Test func theOldPlaceFileIsImportedOnceAndLeftInPlace() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let placeFile = folder.file("place")
    try "lesson: intro\nscenario: pizza\nstep: 2\nread: intro,lww\n".write(
      toFile: placeFile, atomically: true, encoding: .utf8)
    let store = SQLiteProgress(folder: .success(folder.file("data")), legacyPlaceFile: placeFile)
    #expect(
      try store.place()
        == CoursePlace(lesson: "intro", scenario: "pizza", step: 2, lessonsRead: ["intro", "lww"]))
    #expect(store.takeNotices().contains { $0.contains("imported from \(placeFile)") })
    try store.savePlace(CoursePlace(lesson: "quorum"))
    #expect(FileManager.default.fileExists(atPath: placeFile))
    let reopened = SQLiteProgress(folder: .success(folder.file("data")), legacyPlaceFile: placeFile)
    #expect(try reopened.place().lesson == "quorum")
    #expect(reopened.takeNotices().isEmpty)
  }

  @Test func aNamedPipeAsTheOldPlaceFileIsNotRead() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let placeFile = folder.file("place")
    #expect(mkfifo(placeFile, 0o600) == 0)
    let store = SQLiteProgress(folder: .success(folder.file("data")), legacyPlaceFile: placeFile)
    #expect(try store.place() == CoursePlace())
    #expect(store.takeNotices().isEmpty)
  }
}
