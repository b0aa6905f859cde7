import Foundation
import Testing

/// Drives the real REPL through a pseudo-terminal with `Tests/pty/drive_repl.py`.
///
/// The Python script checks Tab completion (which needs the real session's completions), Ctrl-C
/// on a half line and in a Ctrl-R search, Ctrl-D, and the history file's contents and mode;
/// `Tests/pty/missing_home.py` starts it without a usable home folder, and
/// `Tests/pty/interrupt_commands.py` stops long commands with Ctrl-C, and
/// `Tests/pty/pager_history.py` checks the pager's keys and that answers stay out of the history.
@Suite("interactive shell in a pseudo-terminal")
struct InteractiveTests {
  @Test("Tab, Ctrl-C, Ctrl-R + Ctrl-C, Ctrl-D and the history file", .timeLimit(.minutes(1)))
  func driveRepl() throws {
    try Self.runScript("drive_repl.py")
  }

  @Test("no HOME, or a HOME that cannot exist: said once, and the shell still works", .timeLimit(.minutes(1)))
  func missingHome() throws {
    try Self.runScript("missing_home.py")
  }

  @Test(
    "the pager never swallows a key, q shows the end, and answers stay out of the history",
    .timeLimit(.minutes(1)))
  func pagerAndHistory() throws {
    try Self.runScript("pager_history.py")
  }

  @Test("Ctrl-C stops explore, run and experiment within a second", .timeLimit(.minutes(2)))
  func interruptLongCommands() throws {
    try Self.runScript("interrupt_commands.py")
  }

  /// Runs `Tests/pty/NAME` on the built binary; it exits 0 when every check passed.
  private static func runScript(_ name: String) throws {
    guard let python = Self.findExecutable("python3") else {
      Issue.record("python3 is not installed, so the pseudo-terminal test (Tests/pty/\(name)) did not run")
      return
    }
    let script = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("pty/" + name)
    let process = Process()
    process.executableURL = python
    process.arguments = [script.path, try BuiltBinary.locate().path]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()  // each script has its own time budget
    process.waitUntilExit()
    let log = String(decoding: data, as: UTF8.self)
    #expect(process.terminationStatus == 0, "\(name) failed:\n\(log)")
  }

  private static func findExecutable(_ name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return nil
  }
}
