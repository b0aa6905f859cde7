import Foundation
import Testing

/// Arguments echoed back by the executable (ArgumentParser's errors, file names) are shown inert.
@Suite("hostile command-line arguments")
struct ArgumentEchoTests {
  private static let hostile = "\u{1B}]0;owned\u{07}\u{1B}[2J\u{9B}31m\u{202E}x\u{2066}"

  private static func isInert(_ text: String) -> Bool {
    !text.unicodeScalars.contains { scalar in
      let value = scalar.value
      return (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value)
        || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }
  }

  @Test(
    "every echo of a bad argument is inert",
    arguments: [
      ["--width", hostile], [hostile], ["--seed", hostile], ["run", "/nonexistent/" + hostile],
      ["quiz", "--topic", hostile], ["quiz", hostile], ["content", "check", "/nonexistent/" + hostile],
      ["--content", "/nonexistent/" + hostile, "run", "/dev/null"], ["run", "--" + hostile],
    ])
  func badArgumentsAreEchoedInert(arguments: [String]) throws {
    let run = try BuiltBinary.run(arguments, environment: ["NO_COLOR": "1"])
    #expect(!run.standardError.isEmpty, "the argument is refused or reported")
    #expect(Self.isInert(run.standardError), "\(run.standardError.debugDescription)")
    #expect(Self.isInert(run.standardOutput), "\(run.standardOutput.debugDescription)")
    // When the argument is quoted back, its escapes are spelled out.
    if run.standardError.contains("owned") {
      #expect(run.standardError.contains(#"\e]0;owned\u{07}"#), "\(run.standardError.debugDescription)")
    }
  }

  @Test("a script file's name is inert in its line errors")
  func scriptNamesAreInert() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("echo-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("script" + Self.hostile).path
    try "frobnicate\n".write(toFile: file, atomically: true, encoding: .utf8)
    let run = try BuiltBinary.run(["run", file])
    #expect(run.exitCode == 1)
    #expect(Self.isInert(run.standardError), "\(run.standardError.debugDescription)")
    #expect(run.standardError.contains(#"script\e]0;owned"#) && run.standardError.contains(":1: "))
  }

  @Test("--help and --version still print the program's own text")
  func helpIsUnchanged() throws {
    let help = try BuiltBinary.run(["--help"])
    #expect(help.exitCode == 0 && help.standardOutput.hasPrefix("OVERVIEW: "))
    let version = try BuiltBinary.run(["--version"])
    #expect(version.exitCode == 0 && version.standardOutput.hasPrefix("multileader "))
  }
}
