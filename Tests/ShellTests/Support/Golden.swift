import Foundation
import Shell
import Testing
import Tutor
import Workbench

/// Golden transcripts: a list of lines run through a fresh session, compared with a stored file.
///
/// A transcript shows each input line as `multileader> LINE`, followed by the command's output
/// and, when it failed, `error: MESSAGE`. The files live in `Tests/ShellTests/Golden/NAME.txt`,
/// found relative to this source file (`#filePath`), so no bundle resources are needed.
///
/// To rewrite the golden files after an intended change of output, run the tests with
/// `UPDATE_GOLDEN=1 swift test --filter GoldenSessionTests`, then read every changed file before
/// committing it: a golden file is only as good as the review it got.
enum Golden {
  /// The options every golden session uses: plain text, 80 columns.
  static let options = SessionOptions(style: .plain, width: 80)

  /// Runs `lines` in a fresh session and returns the transcript.
  static func transcript(of lines: [String], options: SessionOptions = Golden.options) -> String {
    var session = ShellSession(options: options)
    var text: [String] = []
    for line in lines {
      text.append("multileader> \(visible(line))")
      let outcome = session.execute(line)
      if !outcome.output.isEmpty { text.append(outcome.output) }
      if let error = outcome.error { text.append("error: \(error)") }
      if let export = outcome.export {
        let force = export.replacesExisting ? ", may replace" : ""
        text.append(
          "[export to \(export.path)\(force), \(export.contents.utf8.count) bytes] \(export.confirmation)")
      }
    }
    return text.joined(separator: "\n") + "\n"
  }

  /// The input line with control characters spelled out, so golden files stay inert text.
  static func visible(_ line: String) -> String {
    var text = ""
    for scalar in line.unicodeScalars {
      if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
        text += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        text.unicodeScalars.append(scalar)
      }
    }
    return text
  }

  /// The golden file's location for a transcript name.
  static func url(_ name: String, filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath)
      .deletingLastPathComponent()  // Support
      .deletingLastPathComponent()  // ShellTests
      .appendingPathComponent("Golden")
      .appendingPathComponent("\(name).txt")
  }

  /// Whether golden files are being rewritten (`UPDATE_GOLDEN=1`).
  static var updating: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" }

  /// Compares the transcript of `lines` with the golden file `name`, or rewrites the file when
  /// `UPDATE_GOLDEN=1` is set.
  static func check(
    _ name: String, _ lines: [String], options: SessionOptions = Golden.options,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let actual = transcript(of: lines, options: options)
    let file = url(name)
    if updating {
      try FileManager.default.createDirectory(
        at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try actual.write(to: file, atomically: true, encoding: .utf8)
      return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
      Issue.record(
        "No golden file \(file.path); run with UPDATE_GOLDEN=1 to create it.", sourceLocation: sourceLocation)
      return
    }
    if let difference = firstDifference(expected: expected, actual: actual) {
      Issue.record(
        "\(name).txt differs from the session's output.\n\(difference)", sourceLocation: sourceLocation)
    }
  }

  /// A readable description of the first line where two texts differ, or `nil` when equal.
  static func firstDifference(expected: String, actual: String) -> String? {
    guard expected != actual else { return nil }
    let wanted = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(wanted.count, got.count) {
      let a = index < wanted.count ? String(wanted[index]) : "<end of file>"
      let b = index < got.count ? String(got[index]) : "<end of output>"
      if a != b {
        return "line \(index + 1):\n  expected: \(a)\n  actual:   \(b)"
      }
    }
    return "the texts differ only in line endings"
  }
}
