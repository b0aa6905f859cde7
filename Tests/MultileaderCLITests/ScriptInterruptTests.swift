import Foundation
import Glibc
import Testing

/// Ctrl-C (SIGINT) in `multileader run FILE`: the long command stops, the script stops after it,
/// and the exit status is 130, the shells' number for "stopped by Ctrl-C".
@Suite struct ScriptInterruptTests {
  @Test(.timeLimit(.minutes(1)))
  func ctrlCStopsALongCommandAndTheScript() throws {
    let folder = try ScriptFolder()
    // Seven concurrent writes on three leaders: tens of thousands of states, many seconds.
    let writes = ["us a=1", "eu a=2", "asia a=3", "us b=1", "eu b=2", "asia b=3", "us c=1"]
    let lines =
      ["cluster us eu asia --followers 1"] + writes.map { "write \($0) at 12:00:01" }
      + ["explore --max-states 300000", "status"]
    let script = try folder.write("long.ml", lines.joined(separator: "\n") + "\n")
    let process = Process()
    process.executableURL = try BuiltBinary.locate()
    process.arguments = ["run", script]
    let errors = Pipe()
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    usleep(1_500_000)
    #expect(process.isRunning, "explore ended before Ctrl-C; make it longer")
    kill(process.processIdentifier, SIGINT)
    let deadline = Date().addingTimeInterval(10)
    while process.isRunning && Date() < deadline { usleep(10_000) }
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(process.terminationReason == .exit && process.terminationStatus == 130, "\(stderr)")
    #expect(stderr.contains("Interrupted: explore stopped after"), "\(stderr)")
    #expect(stderr.contains("long.ml:9: interrupted (Ctrl-C); the script stops here."), "\(stderr)")
  }
}
