import Foundation
import Testing

@testable import Shell
@testable import Workbench

/// Under the ASCII charset (`LC_ALL=C`), everything a session prints is ASCII: event lines, tables,
/// headings, help, the course; only the learner's own keys and values keep their characters.
@Suite struct ASCIICharsetTests {
  private static let ascii = SessionOptions(style: .plain, width: 80, charset: .ascii)

  /// The command lines of every golden transcript (`multileader> LINE`), one list per file.
  private static func goldenCommandLists() throws -> [(name: String, lines: [String])] {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".txt")
    }
    return try files.sorted().map { file in
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      let lines = text.split(separator: "\n").filter { $0.hasPrefix("multileader> ") }
        .map { String($0.dropFirst("multileader> ".count)) }
        // Lines with control characters are spelled out in the file; they test sanitising, not charsets.
        .filter { !$0.contains("\\u{") }
      return (file, lines)
    }
  }

  /// The lines of `text` that hold a byte of 0x80 or more.
  private static func nonASCII(_ text: String) -> [String] {
    text.split(separator: "\n").filter { $0.utf8.contains { $0 >= 0x80 } }.map(String.init)
  }

  /// Runs `lines` in `session` and records every output or error line that is not ASCII.
  private static func check(
    _ lines: [String], in session: inout ShellSession, _ name: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for line in lines {
      let outcome = session.execute(line)
      for text in [outcome.output, outcome.error ?? ""] + outcome.notices {
        for bad in nonASCII(text) {
          Issue.record("\(name): \(line): \(bad)", sourceLocation: sourceLocation)
        }
      }
    }
  }

  @Test func everyGoldenTranscriptIsASCIIUnderTheASCIICharset() throws {
    let lists = try Self.goldenCommandLists()
    #expect(lists.count >= 15)
    for (name, lines) in lists {
      var session = ShellSession(options: Self.ascii)
      Self.check(lines, in: &session, name)
      // In colour, tables and headings draw their rules with box lines unless the charset is ASCII.
      var colour = Self.ascii
      colour.style = .ansi
      var coloured = ShellSession(options: colour)
      Self.check(lines, in: &coloured, name + " (colour)")
    }
  }

  @Test func helpAndTheCourseAreASCIIUnderTheASCIICharset() {
    var session = ShellSession(options: Self.ascii)
    var lines = ["help"] + CommandCatalog.all.map { "help \($0.name)" }
    lines += ["lessons"] + Array(repeating: "lesson next", count: 21)
    lines += ["scenarios", "scenario pizza"] + Array(repeating: "next", count: 8) + ["back"]
    lines += ["what-if policy siblings", "mnemonic", "mnemonic drill", "M", "quit-drill"]
    lines += ["quiz last-write-wins", "hint", "skip", "quiz", "skip", "progress"]
    lines += [
      "interview question", "leaders are far apart", "", "good", "interview question 19-quorum-two-leaders",
    ]
    lines += ["", "hard", "review", "skip", "review stop"]
    lines += [
      "explore --max-states 3", "experiment skew --runs 1 --points 3 --writes 5", "topology", "diagram",
    ]
    // Errors whose messages come from the model.
    lines += [
      "cluster us 9lives", "clock us +500d", "clock us 0ms --drift 200000", "policy crdt text --key doc",
    ]
    lines += ["insert us doc 5 x", "write us k=v at 11:00", "interview", "history"]
    Self.check(lines, in: &session, "course")
  }

  @Test func userTextKeepsItsCharacters() {
    var session = ShellSession(options: Self.ascii)
    #expect(session.execute("write us café=crème→brûlée").error == nil)
    let state = session.execute("state").output
    #expect(state.contains("café"))
    #expect(state.contains("crème→brûlée"))
    #expect(Self.nonASCII(state).allSatisfy { $0.contains("café") })
    let trace = session.execute("trace").output
    #expect(trace.contains("->"))
    #expect(Self.nonASCII(trace).allSatisfy { $0.contains("café") || $0.contains("brûlée") }, "\(trace)")
  }
}
