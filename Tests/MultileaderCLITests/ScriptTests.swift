import Foundation
import Testing

/// `multileader run FILE…` and piped standard input, run end to end on the built binary.
///
/// Tests marked "needs the real session" depend on `ShellSession` recognising commands (an unknown
/// command is an error, `quit` ends the run, bad bytes are refused); the others only exercise the
/// executable: reading lines, the line-length limit, error format, stopping and exit codes. Where a
/// test compares output, it compares two runs of the binary, so it does not depend on what `help`
/// prints.
@Suite("scripts and piped input")
struct ScriptTests {
  private static let tooLong = "line too long (70000 bytes; the limit is 65536)"

  @Test("a good script prints the commands' output and exits 0")
  func goodScript() throws {
    let folder = try ScriptFolder()
    let file = try folder.write("good.txt", "help\nhelp quit\n")
    let output = try BuiltBinary.run(["run", file])
    #expect(output.exitCode == 0)
    #expect(output.standardError.isEmpty)
    // Needs the real session: `help` prints something.
    #expect(output.standardOutput.contains("quit"))
  }

  @Test("clear in a script or a pipe writes nothing: no escape sequence reaches a file")
  func clearIsQuietOffTheTerminal() throws {
    let folder = try ScriptFolder()
    let file = try folder.write("clear.txt", "clear\n")
    for output in [try BuiltBinary.run(["run", file]), try BuiltBinary.run([], input: Data("clear\n".utf8))] {
      #expect(output.exitCode == 0)
      #expect(output.standardOutput.isEmpty)
      #expect(output.standardError.isEmpty)
    }
  }

  @Test("a line over the limit stops the run with FILE:LINE: and exit 1")
  func tooLongStops() throws {
    let folder = try ScriptFolder()
    let file = try folder.write("long.txt", "help\n\(longLine(70_000))\nhelp\n")
    let output = try BuiltBinary.run(["run", file])
    #expect(output.exitCode == 1)
    #expect(output.standardError == "\(file):2: \(Self.tooLong)\n")
    #expect(output.standardOutput == (try BuiltBinary.run([], input: Data("help\n".utf8))).standardOutput)
  }

  @Test("--keep-going runs every line and still exits 1")
  func keepGoing() throws {
    let folder = try ScriptFolder()
    let file = try folder.write("long.txt", "help\n\(longLine(70_000))\nhelp\n\(longLine(70_000))\n")
    let output = try BuiltBinary.run(["run", "--keep-going", file])
    #expect(output.exitCode == 1)
    #expect(output.standardError == "\(file):2: \(Self.tooLong)\n\(file):4: \(Self.tooLong)\n")
    #expect(
      output.standardOutput == (try BuiltBinary.run([], input: Data("help\nhelp\n".utf8))).standardOutput)
  }

  @Test("a failing command stops the run with FILE:LINE: message and exit 1")
  func failingCommandStops() throws {
    // Needs the real session: `frobnicate` is an unknown command.
    let folder = try ScriptFolder()
    let file = try folder.write("bad.txt", "help\nfrobnicate\nhelp\n")
    let output = try BuiltBinary.run(["run", file])
    #expect(output.exitCode == 1)
    #expect(output.standardError.hasPrefix("\(file):2: "))
    #expect(output.standardError.contains("frobnicate"))
    #expect(output.standardOutput == (try BuiltBinary.run([], input: Data("help\n".utf8))).standardOutput)
  }

  @Test("--keep-going reports every failing command")
  func keepGoingCommands() throws {
    // Needs the real session: `frobnicate` and `frob` are unknown commands.
    let folder = try ScriptFolder()
    let file = try folder.write("bad.txt", "frobnicate\nhelp\nfrob\n")
    let output = try BuiltBinary.run(["run", "--keep-going", file])
    #expect(output.exitCode == 1)
    let starts = output.standardError.split(separator: "\n").filter { $0.hasPrefix(file) }
    #expect(starts.count == 2)
    #expect(starts.first?.hasPrefix("\(file):1: ") == true)
    #expect(starts.last?.hasPrefix("\(file):3: ") == true)
  }

  @Test("comments, blank lines and Windows line endings are fine")
  func commentsAndBlankLines() throws {
    let folder = try ScriptFolder()
    let file = try folder.write("commented.txt", "# a comment\n\n   \nhelp\r\n  # indented comment\n\n")
    let output = try BuiltBinary.run(["run", file])
    #expect(output.exitCode == 0)
    #expect(output.standardError.isEmpty)
    #expect(output.standardOutput == (try BuiltBinary.run([], input: Data("help\n".utf8))).standardOutput)
  }

  @Test("files run in order in one session, and line numbers restart in each file")
  func severalFiles() throws {
    let folder = try ScriptFolder()
    let first = try folder.write("a.txt", "help\n")
    let second = try folder.write("b.txt", "# second\n\(longLine(70_000))\n")
    let output = try BuiltBinary.run(["run", first, second])
    #expect(output.exitCode == 1)
    #expect(output.standardError == "\(second):2: \(Self.tooLong)\n")
  }

  @Test("a missing file, or a folder, is reported before anything runs, with exit 1")
  func missingFile() throws {
    let folder = try ScriptFolder()
    let good = try folder.write("good.txt", "help\n")
    let missing = folder.url.appendingPathComponent("missing.txt").path
    let output = try BuiltBinary.run(["run", good, missing, folder.url.path])
    #expect(output.exitCode == 1)
    #expect(output.standardOutput.isEmpty)
    #expect(
      output.standardError == """
        multileader: cannot open \(missing): No such file or directory
        multileader: cannot run \(folder.url.path): it is a directory

        """
    )
  }

  @Test("piped input: the last line needs no newline")
  func pipedNoTrailingNewline() throws {
    let withNewline = try BuiltBinary.run([], input: Data("help\nhelp quit\n".utf8))
    let without = try BuiltBinary.run([], input: Data("help\nhelp quit".utf8))
    #expect(without.exitCode == 0)
    #expect(without.standardError.isEmpty)
    #expect(without.standardOutput == withNewline.standardOutput)
  }

  @Test("piped input: errors are named <stdin>:LINE:")
  func pipedErrorsNameStdin() throws {
    let output = try BuiltBinary.run([], input: Data("help\n\(longLine(70_000))".utf8))
    #expect(output.exitCode == 1)
    #expect(output.standardError == "<stdin>:2: \(Self.tooLong)\n")
  }

  @Test("piped input: a 100 KB line is refused by number, and the run stops")
  func pipedHugeLine() throws {
    let huge = longLine(100 * 1024)
    let output = try BuiltBinary.run([], input: Data("\(huge)\nhelp\n".utf8))
    #expect(output.exitCode == 1)
    #expect(output.standardError == "<stdin>:1: line too long (102400 bytes; the limit is 65536)\n")
    #expect(output.standardOutput.isEmpty)
  }

  @Test("`run -` reads standard input and honours --keep-going")
  func runDashKeepGoing() throws {
    let output = try BuiltBinary.run(
      ["run", "--keep-going", "-"], input: Data("\(longLine(70_000))\nhelp\n".utf8))
    #expect(output.exitCode == 1)
    #expect(output.standardError == "<stdin>:1: \(Self.tooLong)\n")
    #expect(output.standardOutput == (try BuiltBinary.run([], input: Data("help\n".utf8))).standardOutput)
  }

  @Test("NUL bytes and invalid UTF-8 neither crash nor hang; later lines still run")
  func binaryBytes() throws {
    let folder = try ScriptFolder()
    let bytes =
      Data("help\u{0}quit\n".utf8) + Data([0xFF, 0xFE, 0x68, 0x0A, 0x00, 0x0A]) + Data("help\n".utf8)
    let file = try folder.write("binary.bin", bytes: bytes)
    let output = try BuiltBinary.run(["run", "--keep-going", file])
    #expect(output.exitCode == 0 || output.exitCode == 1)  // not a signal, not a timeout
    #expect(
      output.standardOutput.hasSuffix((try BuiltBinary.run([], input: Data("help\n".utf8))).standardOutput))
    // Needs the real session: it refuses the lines with control characters and U+FFFD.
    #expect(output.exitCode == 1)
    let lines = output.standardError.split(separator: "\n").filter { $0.hasPrefix(file) }
    #expect(lines.map { $0.prefix(file.utf8.count + 3) } == ["\(file):1:", "\(file):2:", "\(file):3:"])
  }

  @Test("invalid UTF-8 is refused by the reader with its line and byte; a real U+FFFD is text")
  func invalidUTF8IsRefusedWhereBytesAreDecoded() throws {
    let folder = try ScriptFolder()
    let bytes =
      Data("write us k=ok\n".utf8) + Data("write us topping=".utf8) + Data([0xFF, 0xC3, 0x28, 0x0A])
      + Data("write us sign=\u{FFFD}\nread us sign\n".utf8)
    let file = try folder.write("bytes.ml", bytes: bytes)
    let output = try BuiltBinary.run(["run", "--keep-going", file])
    #expect(output.exitCode == 1)
    #expect(
      output.standardError
        == "\(file):2: this line is not valid UTF-8 text (byte 18 is not part of a character); retype it\n",
      "\(output.standardError)")
    #expect(output.standardOutput.contains("us sign = \u{FFFD}"), "\(output.standardOutput)")
  }

  @Test("random binary data runs to the end without crashing")
  func randomBytes() throws {
    var generator = SystemRandomNumberGenerator()
    let bytes = Data((0..<300_000).map { _ in UInt8.random(in: 0...255, using: &generator) })
    let output = try BuiltBinary.run(["run", "--keep-going", "-"], input: bytes)
    #expect(output.exitCode == 0 || output.exitCode == 1)
  }

  @Test("`quit` ends the script; the lines after it do not run")
  func quitEndsScript() throws {
    // Needs the real session: `quit` sets shouldQuit.
    let output = try BuiltBinary.run([], input: Data("quit\n\(longLine(70_000))\n".utf8))
    #expect(output.exitCode == 0)
    #expect(output.standardError.isEmpty)
  }
}
