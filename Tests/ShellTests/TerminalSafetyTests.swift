import Course
import CourseContent
import Foundation
import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// Course content laced with escape sequences (CSI, OSC 8 hyperlinks, OSC 52 clipboard writes,
/// DCS), C0 and C1 controls and bidirectional overrides and isolates is shown inert by every
/// command that shows it, and so is every hostile argument typed to every command.
@Suite struct TerminalSafetyTests {
  /// Everything a terminal could act on, with the visible words LINK, RLO and ISO in between.
  static let hostile =
    "\u{1B}[2J\u{1B}]8;;http://evil.example\u{1B}\\LINK\u{1B}]8;;\u{1B}\\\u{1B}]52;c;cHduZWQ=\u{07}"
    + "\u{1B}Pq#0;2;0;0;0\u{1B}\\\u{9B}31m\u{85}\u{202E}RLO\u{2066}ISO\u{2069}\u{200F}\u{07}\u{08}\r"

  /// The built-in content with `hostile` appended to every title, hint, meaning, narration line
  /// and prose line (not to ids, parameters, setups, answers or code, which the loader parses).
  static let files: [ContentFile] = BuiltInContent.files.map { file in
    var section = ""
    var inCode = false
    var inFrontMatter = false
    let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
      index, line -> String in
      let text = String(line)
      if text == "---" {
        inFrontMatter = index == 0
        return text
      }
      if text.hasPrefix("```") { inCode.toggle() }
      if text.hasPrefix("## ") { section = text }
      let proseSection = !["## Parameters", "## Setup", "## Answer", "## Key points"].contains(section)
      let tagged =
        (inFrontMatter && ["title: ", "hint: "].contains { text.hasPrefix($0) })
        || text.hasPrefix("meaning: ") || text.hasPrefix("> ")
        || (!inFrontMatter && !inCode && proseSection && text.first?.isUppercase == true)
      return tagged ? text + hostile : text
    }
    return ContentFile(path: file.path, text: lines.joined(separator: "\n"))
  }

  /// The `id:` of every file under `folder`.
  static func ids(in folder: String) -> [String] {
    files.filter { $0.path.hasPrefix(folder + "/") }.compactMap { file in
      file.text.split(separator: "\n").first { $0.hasPrefix("id: ") }.map { String($0.dropFirst(4)) }
    }
  }

  /// The scalars of `text` a terminal would act on. With `style` `.ansi` the renderer's own SGR
  /// sequences (`ESC [ digits ; … m`) are allowed and removed first.
  static func leaks(in text: String, ansi: Bool) -> [String] {
    var text = text
    if ansi {
      text = text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }
    return text.unicodeScalars.filter { scalar in
      let value = scalar.value
      return (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value)
        || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
        || [0x061C, 0x200E, 0x200F, 0x2028, 0x2029].contains(value)
    }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
  }

  /// Runs `lines` and records every leak in output, error or notices.
  private static func check(_ lines: [String], in session: inout ShellSession, ansi: Bool) -> String {
    var shown = ""
    for line in lines {
      let outcome = session.execute(line)
      for (part, text) in [("output", outcome.output), ("error", outcome.error ?? "")]
        + outcome.notices.map({ ("notice", $0) })
      {
        let leaks = leaks(in: text, ansi: ansi)
        #expect(leaks.isEmpty, "\(line.debugDescription) \(part): \(Set(leaks).sorted())")
        shown += text + "\n"
      }
    }
    return shown
  }

  @Test func theHostileContentLoadsWithoutProblems() {
    #expect(
      ContentLoader.load(Self.files).problems.isEmpty, "\(ContentLoader.load(Self.files).problems.prefix(3))")
    #expect(Self.files.filter { $0.text.contains(Self.hostile) }.count > 50)
  }

  @Test(arguments: [false, true])
  func hostileContentIsShownInertByEveryCommandThatShowsIt(ansi: Bool) {
    var session = ShellSession(
      options: SessionOptions(style: ansi ? .ansi : .plain, width: 80),
      content: .files(Self.files, folder: "/x"))
    var lines = [
      "lessons", "lesson", "lesson next", "scenarios", "mnemonic", "progress", "review", "continue",
    ]
    for id in Self.ids(in: "lessons") { lines += ["lesson \(id)", "try 1", "state"] }
    for id in Self.ids(in: "scenarios") {
      lines += ["scenario \(id)"] + Array(repeating: "next", count: 8) + ["back", "what-if policy siblings"]
    }
    for id in Self.ids(in: "quizzes") { lines += ["quiz \(id)", "hint", "wrong answer", "again", "skip"] }
    for id in Self.ids(in: "interview") { lines += ["interview \(id)", "I do not know", "", "skip"] }
    lines += ["mnemonic drill", "x", "stop", "interview", "skip", "stop", "history", "trace", "report"]
    let shown = Self.check(lines, in: &session, ansi: ansi)
    // The content was really shown, made visible: `\e]8;;` instead of a hyperlink.
    #expect(shown.contains("LINK") && shown.contains("RLO") && shown.contains(#"\e]8;;"#))
  }

  @Test(arguments: [false, true])
  func hostileArgumentsToEveryCommandAreEchoedInert(ansi: Bool) {
    var lines: [String] = []
    for name in CommandCatalog.names {
      lines += [
        name + " " + Self.hostile, name + " us " + Self.hostile, name + " us k=" + Self.hostile,
        Self.hostile + name,
      ]
    }
    var session = ShellSession(options: SessionOptions(style: ansi ? .ansi : .plain, width: 80))
    _ = Self.check(lines + ["history"], in: &session, ansi: ansi)
    // Inside a quiz, a mock interview and a drill, typed lines are answers: also inert.
    for start in ["quiz", "interview", "mnemonic drill", "interview timestamps"] {
      _ = Self.check(
        [start, Self.hostile, "answer " + Self.hostile, "skip", "stop"], in: &session, ansi: ansi)
    }
  }
}
