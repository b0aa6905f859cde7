import Foundation
import Testing

/// Scripts run with `--json`: every error is a JSON object on standard output, in the shape
/// `multileader quiz --json` answers errors in (`{"error": "…"}`), so a program can parse all of it.
@Suite("scripts with --json")
struct ScriptJSONTests {
  /// The top-level JSON values in `text`: each starts on a line beginning with `{` or `[` (the
  /// values are pretty-printed, so their inner lines are indented).
  private func values(_ text: String) throws -> [Any] {
    var chunks: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("{") || line.hasPrefix("[") || chunks.isEmpty {
        chunks.append(String(line))
      } else {
        chunks[chunks.count - 1] += "\n" + line
      }
    }
    return try chunks.filter { !$0.allSatisfy(\.isWhitespace) }.map {
      try JSONSerialization.jsonObject(with: Data($0.utf8))
    }
  }

  /// The only member of an error object, `error`, as a string.
  private func error(_ value: Any) throws -> String {
    let object = try #require(value as? [String: Any])
    #expect(object.keys.sorted() == ["error"], "\(object)")
    return try #require(object["error"] as? String)
  }

  @Test("piped --json: a failing line's error is one JSON object naming <stdin>:LINE")
  func pipedErrorIsJSON() throws {
    let output = try BuiltBinary.run(["--json", "run", "-"], input: Data("state --json\nbogus\n".utf8))
    #expect(output.exitCode == 1)
    #expect(output.standardError.isEmpty, "\(output.standardError)")
    let parsed = try values(output.standardOutput)
    #expect(parsed.count == 2, "\(output.standardOutput)")
    #expect((parsed.first as? [String: Any])?["nodes"] != nil)
    let message = try error(try #require(parsed.last))
    #expect(message.hasPrefix("<stdin>:2: Unknown command 'bogus'."), "\(message)")
  }

  @Test("a script file with --json --keep-going: every failure, read errors too, is JSON with FILE:LINE")
  func everyFailureIsJSON() throws {
    let folder = try ScriptFolder()
    let file = try folder.write("errors.txt", "bogus\nwrite us\n\(longLine(70_000))\nstate --json\n")
    let output = try BuiltBinary.run(["run", file, "--json", "--keep-going"])
    #expect(output.exitCode == 1)
    #expect(output.standardError.isEmpty, "\(output.standardError)")
    let parsed = try values(output.standardOutput)
    #expect(parsed.count == 4, "\(output.standardOutput)")
    guard parsed.count == 4 else { return }
    #expect(try error(parsed[0]).hasPrefix("\(file):1: Unknown command 'bogus'."))
    #expect(try error(parsed[1]).hasPrefix("\(file):2: write needs a node and KEY=VALUE."))
    #expect(try error(parsed[2]) == "\(file):3: line too long (70000 bytes; the limit is 65536)")
    #expect((parsed[3] as? [String: Any])?["nodes"] != nil)
  }

  @Test("without --json, errors stay plain text on standard error")
  func plainErrorsStayText() throws {
    let output = try BuiltBinary.run(["run", "-"], input: Data("bogus\n".utf8))
    #expect(output.exitCode == 1)
    #expect(output.standardOutput.isEmpty)
    #expect(output.standardError.hasPrefix("<stdin>:1: Unknown command 'bogus'."))
  }
}
