import Foundation
import GRDB
import Glibc
import ProgressStore
import Testing

/// The binary killed with SIGKILL while it records reviews: the database always opens, passes
/// `PRAGMA integrity_check`, and holds every review the process said it had recorded.
@Suite("killed while recording reviews")
struct KillDuringReviewTests {
  /// How many times the process is killed.
  static let kills = 100

  @Test("SIGKILL at 100 seeded points loses no acknowledged review", .timeLimit(.minutes(2)))
  func killedAtRandomPoints() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kill-\(UUID().uuidString)")
      .path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var random = SeededRandom(seed: 0x6B69_6C6C)
    var expected = 0
    for kill in 0..<Self.kills {
      // Kill after 0–5 acknowledged reviews, then 0–3 ms later: during start-up, while the database
      // is created or migrated, mid-transaction, or between answers.
      let child = try ReviewingChild(data: folder, quizzes: 12)
      let acknowledged = child.kill(
        afterAcknowledgements: random.next(below: 6), delayMicroseconds: random.next(below: 3_000))
      #expect(child.standardError.isEmpty, "kill \(kill): \(child.standardError)")

      let path = folder + "/" + ProgressLocation.fileName
      guard FileManager.default.fileExists(atPath: path) else {
        #expect(acknowledged == 0, "kill \(kill): no database after \(acknowledged) reviews")
        continue
      }
      // Owner-only, as the killed process left them (before this process opens anything).
      for (file, mode) in [(folder, 0o700), (path, 0o600), (path + "-wal", 0o600), (path + "-shm", 0o600)]
      where FileManager.default.fileExists(atPath: file) {
        let actual = (try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber)?
          .intValue
        #expect(actual == mode, "kill \(kill): \(file) has mode \(String(actual ?? -1, radix: 8))")
      }
      let store = SQLiteProgress(folder: .success(folder))
      let count = try store.reviews().count
      #expect(store.takeNotices().isEmpty, "kill \(kill): the database was not mistaken for a damaged one")
      // Each acknowledged review is there; at most one more (committed, killed before it said so).
      #expect(
        count >= expected + acknowledged,
        "kill \(kill): \(count) reviews, expected \(expected + acknowledged)")
      #expect(count <= expected + acknowledged + 1, "kill \(kill): \(count) reviews")
      expected = count
      let check = try DatabaseQueue(path: path).read { db in
        try String.fetchAll(db, sql: "PRAGMA integrity_check")
      }
      #expect(check == ["ok"], "kill \(kill)")
    }
    #expect(expected > Self.kills, "the children recorded reviews before they were killed")
  }
}

/// `multileader --data DIR run -` answering `quiz` + `skip` pairs from a pipe, its output read as
/// it comes: each `Skipped.` line is printed after the review was committed.
private final class ReviewingChild {
  private let process = Process()
  private let output = Pipe()
  private let errorFile: String
  private var bytes: [UInt8] = []

  init(data: String, quizzes: Int) throws {
    errorFile = data + ".stderr"
    _ = FileManager.default.createFile(atPath: errorFile, contents: nil)
    process.executableURL = try BuiltBinary.locate()
    process.arguments = ["--data", data, "--no-color", "run", "-"]
    let input = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errorFile))
    try process.run()
    signal(SIGPIPE, SIG_IGN)
    // The whole script fits in the pipe's buffer, so this never blocks.
    try input.fileHandleForWriting.write(
      contentsOf: Data(String(repeating: "quiz\nskip\n", count: quizzes).utf8))
    try input.fileHandleForWriting.close()
  }

  /// What the child wrote to standard error.
  var standardError: String {
    (try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? ""
  }

  /// Waits for `count` acknowledgements, sleeps `delay` µs, kills the child with SIGKILL and
  /// returns every acknowledgement it printed before it died.
  func kill(afterAcknowledgements count: Int, delayMicroseconds delay: Int) -> Int {
    let descriptor = output.fileHandleForReading.fileDescriptor
    while acknowledgements < count, readMore(from: descriptor) {}
    usleep(UInt32(delay))
    Glibc.kill(process.processIdentifier, SIGKILL)
    while readMore(from: descriptor) {}
    process.waitUntilExit()
    try? FileManager.default.removeItem(atPath: errorFile)
    return acknowledgements
  }

  private var acknowledgements: Int {
    String(decoding: bytes, as: UTF8.self).split(separator: "\n").filter { $0.hasPrefix("Skipped.") }.count
  }

  private func readMore(from descriptor: Int32) -> Bool {
    var buffer = [UInt8](repeating: 0, count: 65_536)
    let count = read(descriptor, &buffer, buffer.count)
    guard count > 0 else { return false }
    bytes += buffer[..<count]
    return true
  }
}

/// SplitMix64, so the kill points are the same on every run.
struct SeededRandom {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// A number in `0..<bound`.
  mutating func next(below bound: Int) -> Int {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return Int((z ^ (z >> 31)) % UInt64(bound))
  }
}
