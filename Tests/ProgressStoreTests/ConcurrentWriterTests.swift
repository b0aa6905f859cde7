import Course
import Foundation
import Testing

@testable import ProgressStore

/// Two shells on one database: every review of both is kept and neither sees "database is locked".
@Suite struct ConcurrentWriterTests {
  @Test(.timeLimit(.minutes(1))) func twoStoresRecordAtOnceAndLoseNothing() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let stores = [
      SQLiteProgress(folder: .success(folder.path)), SQLiteProgress(folder: .success(folder.path)),
    ]
    let perWriter = 150
    let failures = Failures()
    DispatchQueue.concurrentPerform(iterations: 2) { writer in
      for index in 0..<perWriter {
        let time = Moment(secondsSince1970: 1_700_000_000 + Double(index) * 60)
        do {
          // Both writers review one shared card, and one card of their own.
          try stores[writer].record(
            ReviewRecord(cardID: "shared", topic: "t", time: time, rating: .good, source: .model))
          try stores[writer].record(
            ReviewRecord(cardID: "own-\(writer)", topic: "t", time: time, rating: .hard, source: .learner))
          if index % 10 == 0 { try stores[writer].savePlace(CoursePlace(lesson: "l\(writer)", step: index)) }
        } catch {
          failures.add("\(error)")
        }
      }
    }
    #expect(failures.all.isEmpty, "\(failures.all.prefix(3))")
    let reviews = try stores[0].reviews()
    #expect(reviews.count == 4 * perWriter)
    let cards = Dictionary(uniqueKeysWithValues: try stores[1].cards().map { ($0.id, $0) })
    #expect(cards["shared"]?.reps == 2 * perWriter)
    #expect(cards["own-0"]?.reps == perWriter)
    #expect(cards["own-1"]?.reps == perWriter)
  }
}

/// Messages collected from several threads.
private final class Failures: @unchecked Sendable {
  private let lock = NSLock()
  private var messages: [String] = []

  func add(_ message: String) { lock.withLock { messages.append(message) } }
  var all: [String] { lock.withLock { messages } }
}
