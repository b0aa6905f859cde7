import Foundation
import Testing

/// A full disk and a read-only data folder, for real: a tiny tmpfs mounted in a private mount
/// namespace (`unshare -r -m`, so no root is needed and nothing outside the test sees it). Each
/// gives one clear message and a script that still runs every line.
@Suite("a full disk and a read-only data folder")
struct DataFolderFaultTests {
  /// Whether this machine lets the test mount a tmpfs in a user and mount namespace.
  static let namespacesWork: Bool = {
    guard let folder = try? ScratchFolder() else { return false }
    defer { folder.remove() }
    let probe = try? Namespaced.run(["mount -t tmpfs -o size=64k tmpfs \"$MOUNT\""], folder: folder)
    return probe?.exitCode == 0
  }()

  private static let skipReason: Comment = "needs `unshare -r -m` and tmpfs mounts (Linux user namespaces)"

  private static func quizzes(_ count: Int) -> String { String(repeating: "quiz\nskip\n", count: count) }

  @Test(.enabled(if: namespacesWork, skipReason))
  func aDiskThatFillsUpWhileReviewing() throws {
    let folder = try ScratchFolder()
    defer { folder.remove() }
    try (Self.quizzes(20) + "progress\n").write(
      toFile: folder.file("script"), atomically: true, encoding: .utf8)
    let run = try Namespaced.run(
      [
        "mount -t tmpfs -o size=512k tmpfs \"$MOUNT\"",
        "printf 'quiz\\nskip\\n' | \"$BINARY\" --data \"$MOUNT/data\" run - > /dev/null",
        // Fill the disk, leaving 64 KiB: room for SQLite's shared-memory file, not for the reviews.
        "avail=$(df -k --output=avail \"$MOUNT\" | tail -1)",
        "head -c $(( (avail - 64) * 1024 )) /dev/zero > \"$MOUNT/filler\"",
        "if \"$BINARY\" --data \"$MOUNT/data\" --no-color run - < \"$OUT/script\" > \"$OUT/full.out\" 2> \"$OUT/full.err\"; then echo 0; else echo $?; fi > \"$OUT/full.code\"",
        "rm \"$MOUNT/filler\"",
        "echo progress | \"$BINARY\" --data \"$MOUNT/data\" --no-color run - > \"$OUT/after.out\"",
      ], folder: folder)
    #expect(run.exitCode == 0, "\(run.standardError)")
    let output = try folder.read("full.out")
    #expect(try folder.read("full.code") == "0\n")
    #expect(
      try folder.read("full.err")
        == "progress is not saved: cannot save progress: the disk holding \(folder.mount)/data is full "
        + "(database or disk is full); free some space to save progress\n")
    #expect(output.components(separatedBy: "\nSkipped.").count - 1 == 20, "every question was still asked")
    #expect(output.contains("Progress ·"))
    // The review saved before the disk filled is still there, and the database still opens.
    let after = try folder.read("after.out")
    #expect(after.contains("· 1 review"), "\(after)")
  }

  @Test(.enabled(if: namespacesWork, skipReason))
  func aDiskThatIsFullBeforeTheShellStarts() throws {
    let folder = try ScratchFolder()
    defer { folder.remove() }
    try (Self.quizzes(3) + "progress\n").write(
      toFile: folder.file("script"), atomically: true, encoding: .utf8)
    let run = try Namespaced.run(
      [
        "mount -t tmpfs -o size=256k tmpfs \"$MOUNT\"",
        "printf 'quiz\\nskip\\n' | \"$BINARY\" --data \"$MOUNT/data\" run - > /dev/null",
        "head -c 1M /dev/zero > \"$MOUNT/filler\" 2> /dev/null || true",
        "if \"$BINARY\" --data \"$MOUNT/data\" --no-color run - < \"$OUT/script\" > \"$OUT/full.out\" 2> \"$OUT/full.err\"; then echo 0; else echo $?; fi > \"$OUT/full.code\"",
      ], folder: folder)
    #expect(run.exitCode == 0, "\(run.standardError)")
    #expect(try folder.read("full.code") == "0\n")
    let error = try folder.read("full.err")
    // Whether opening or the first save meets the full disk depends on how many pages the
    // schema left free in the file; either way it is said once, naming the disk and the fix.
    #expect(
      error.hasPrefix("progress is not saved: cannot open \(folder.mount)/data/progress.sqlite: ")
        || error.hasPrefix("progress is not saved: cannot save progress: "), "\(error)"
    )
    #expect(error.contains("the disk holding \(folder.mount)/data is full"), "\(error)")
    #expect(error.split(separator: "\n").count == 1, "said once: \(error)")
    #expect(try folder.read("full.out").components(separatedBy: "\nSkipped.").count - 1 == 3)
  }

  @Test(.enabled(if: namespacesWork, skipReason))
  func aReadOnlyDataFolder() throws {
    let folder = try ScratchFolder()
    defer { folder.remove() }
    try (Self.quizzes(3) + "progress\nlessons\n").write(
      toFile: folder.file("script"), atomically: true, encoding: .utf8)
    let run = try Namespaced.run(
      [
        "mount -t tmpfs -o size=512k tmpfs \"$MOUNT\"",
        "printf 'quiz\\nskip\\n' | \"$BINARY\" --data \"$MOUNT/data\" run - > /dev/null",
        "mount -o remount,ro \"$MOUNT\"",
        "if \"$BINARY\" --data \"$MOUNT/data\" --no-color run - < \"$OUT/script\" > \"$OUT/ro.out\" 2> \"$OUT/ro.err\"; then echo 0; else echo $?; fi > \"$OUT/ro.code\"",
        "\"$BINARY\" --data \"$MOUNT/new\" --no-color run - < \"$OUT/script\" > \"$OUT/new.out\" 2> \"$OUT/new.err\"",
      ], folder: folder)
    #expect(run.exitCode == 0, "\(run.standardError)")
    #expect(try folder.read("ro.code") == "0\n")
    #expect(
      try folder.read("ro.err")
        == "progress is not saved: cannot open \(folder.mount)/data/progress.sqlite: the data folder "
        + "\(folder.mount)/data is on a read-only file system (unable to open database file); "
        + "use --data DIR to keep progress somewhere writable\n")
    let output = try folder.read("ro.out")
    #expect(output.components(separatedBy: "\nSkipped.").count - 1 == 3)
    #expect(output.contains("Progress ·") && output.contains("what-is-multi-leader"), "\(output)")
    // The answer saved before the folder became read-only is still read (the three new ones are not saved).
    #expect(output.contains("1 review in all"), "\(output)")
    #expect(
      try folder.read("new.err")
        == "progress is not saved: cannot create the data folder \(folder.mount)/new: Read-only file system\n"
    )
    #expect(try folder.read("new.out").components(separatedBy: "\nSkipped.").count - 1 == 3)
  }
}

/// A scratch folder with a `mount` subfolder for the tmpfs and room for the runs' output.
struct ScratchFolder {
  /// The folder.
  let path: String

  init() throws {
    path = FileManager.default.temporaryDirectory.appendingPathComponent("faults-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path + "/mount", withIntermediateDirectories: true)
  }

  /// Where the tmpfs is mounted (inside the namespace only).
  var mount: String { path + "/mount" }

  /// The path of `name` in the folder.
  func file(_ name: String) -> String { path + "/" + name }

  /// The text of the file `name`.
  func read(_ name: String) throws -> String { try String(contentsOfFile: file(name), encoding: .utf8) }

  /// Deletes the folder.
  func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// Runs shell lines as root of a new user and mount namespace, with `BINARY` (the built
/// multileader), `MOUNT` (the folder's mount point) and `OUT` (the folder) set.
enum Namespaced {
  static func run(_ lines: [String], folder: ScratchFolder) throws -> BuiltBinary.Output {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    let script = "set -e\n" + lines.joined(separator: "\n")
    process.arguments = ["unshare", "-r", "-m", "bash", "-c", script]
    var environment = ProcessInfo.processInfo.environment
    environment["BINARY"] = try BuiltBinary.locate().path
    environment["MOUNT"] = folder.mount
    environment["OUT"] = folder.path
    process.environment = environment
    let errors = Pipe()
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return BuiltBinary.Output(
      exitCode: process.terminationStatus, standardOutput: "",
      standardError: String(decoding: data, as: UTF8.self))
  }
}
