import Foundation
import GRDB
import Glibc
import Testing

/// Progress through the executable: `--data DIR` makes a script record its reviews there.
@Suite("progress on disk")
struct ProgressCLITests {
  private func temporaryFolder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "progress-cli-\(UUID().uuidString)"
    )
    .path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test("two processes record at once; nothing is lost and nothing is locked", .timeLimit(.minutes(2)))
  func twoProcessesRecordAtOnce() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let perProcess = 40
    let script = Data(String(repeating: "quiz\nskip\n", count: perProcess).utf8)
    let results = Results()
    DispatchQueue.concurrentPerform(iterations: 2) { _ in
      results.add(Result { try BuiltBinary.run(["--data", folder], input: script, timeout: 90) })
    }
    for result in results.all {
      let output = try result.get()
      #expect(output.exitCode == 0, "\(output.standardError)")
      #expect(output.standardError.isEmpty, "\(output.standardError)")
    }
    let progress = try BuiltBinary.run(["--data", folder], input: Data("progress\n".utf8))
    #expect(
      progress.standardOutput.contains("\(2 * perProcess) reviews in all"), "\(progress.standardOutput)")
  }

  @Test("a data folder that cannot be created: said once, and the script still runs")
  func unwritableDataFolder() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = folder + "/not-a-folder"
    try "x".write(toFile: file, atomically: true, encoding: .utf8)
    let run = try BuiltBinary.run(
      ["--data", file + "/data"], input: Data("quiz clock-skew\nskip\nprogress\nlessons\n".utf8))
    #expect(run.exitCode == 0, "\(run.standardError)")
    #expect(
      run.standardError
        == "progress is not saved: cannot create the data folder \(file)/data: Not a directory\n")
    #expect(run.standardOutput.contains("Skipped."))
    #expect(run.standardOutput.contains("Progress"))
  }

  @Test("a named pipe in place of the database is refused, never opened; the script still runs")
  func namedPipeInPlaceOfTheDatabase() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let database = folder + "/progress.sqlite"
    #expect(mkfifo(database, 0o600) == 0)
    let run = try BuiltBinary.run(
      ["--data", folder, "--no-color"], input: Data("quiz clock-skew\nskip\nprogress\n".utf8), timeout: 15)
    #expect(run.exitCode == 0, "exit -1 means it hung and was killed: \(run.standardError)")
    #expect(
      run.standardError
        == "progress is not saved: \(database) is a named pipe (FIFO), not a regular file; "
        + "move it out of the way, or use --data DIR to keep progress in another folder\n")
    #expect(run.standardOutput.contains("Skipped."))
    #expect(run.standardOutput.contains("Progress"))
    var status = stat()
    #expect(stat(database, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO, "the pipe is left as it was")
  }

  @Test("a database from a newer multileader is shown, and left as it was")
  func databaseFromANewerVersion() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let first = try BuiltBinary.run(["--data", folder], input: Data("quiz clock-skew\nskip\n".utf8))
    #expect(first.exitCode == 0 && first.standardError.isEmpty, "\(first.standardError)")
    let database = folder + "/progress.sqlite"
    do {
      let queue = try DatabaseQueue(path: database)
      try queue.write { db in
        try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
      }
    }
    let reviewCount = {
      try DatabaseQueue(path: database).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM reviewLog") }
    }
    let run = try BuiltBinary.run(
      ["--data", folder, "--no-color"], input: Data("progress\nquiz clock-skew\nskip\nprogress\n".utf8))
    #expect(run.exitCode == 0, "\(run.standardError)")
    #expect(
      run.standardOutput.components(separatedBy: "1 review in all").count - 1 == 2,
      "the saved review is shown, before and after: \(run.standardOutput)")
    #expect(
      run.standardError
        == "progress is not saved: \(database) was written by a newer multileader: the progress saved "
        + "there is shown, but new answers are not saved (update multileader to save them)\n")
    #expect(try reviewCount() == 1)
  }

  @Test("without --data a script leaves the learner's progress alone")
  func scriptsDoNotTouchProgressByDefault() throws {
    let home = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let run = try BuiltBinary.run(
      [], input: Data("quiz\nskip\n".utf8), environment: ["HOME": home, "XDG_DATA_HOME": nil])
    #expect(run.exitCode == 0)
    #expect(!FileManager.default.fileExists(atPath: home + "/.local/share/multileader"))
  }
}

/// Child-process results collected from several threads.
private final class Results: @unchecked Sendable {
  private let lock = NSLock()
  private var results: [Result<BuiltBinary.Output, any Error>] = []

  func add(_ result: Result<BuiltBinary.Output, any Error>) { lock.withLock { results.append(result) } }
  var all: [Result<BuiltBinary.Output, any Error>] { lock.withLock { results } }
}
