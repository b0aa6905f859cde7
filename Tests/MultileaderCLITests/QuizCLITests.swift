import Foundation
import Testing

/// `multileader quiz`: one question as JSON, and grading an answer by exit code.
@Suite("multileader quiz")
struct QuizCLITests {
  private func object(_ text: String) throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(value as? [String: Any])
  }

  /// An answer that reads in each format (right or wrong, whatever the question).
  private static let guesses = [
    "yes-no": "no", "number": "0", "vector": "[0,0]", "milliseconds": "0ms",
  ]

  @Test("a question as JSON, then its own answer graded right and another wrong")
  func roundTrip() throws {
    for seed in ["1", "7", "42"] {
      let asked = try BuiltBinary.run(["quiz", "--seed", seed, "--json"])
      #expect(asked.exitCode == 0, "\(asked.standardError)")
      let question = try object(asked.standardOutput)
      let id = try #require(question["id"] as? String)
      #expect((question["seed"] as? Int).map(String.init) == seed)
      #expect(question["prompt"] is String)
      #expect(question["format"] is String)
      #expect(question["expected"] == nil, "a question never carries its answer")

      let format = try #require(question["format"] as? String)
      let guess = Self.guesses[format] ?? "zzz-wrong"
      let probe = try BuiltBinary.run(["quiz", "--id", id, "--seed", seed, "--answer", guess, "--json"])
      let graded = try object(probe.standardOutput)
      let expected = try #require(graded["expected"] as? String, "\(probe.standardOutput)")
      let correct = try #require(graded["correct"] as? Bool)
      #expect(probe.exitCode == (correct ? 0 : 1))

      let right = try BuiltBinary.run(["quiz", "--id", id, "--seed", seed, "--answer", expected.uppercased()])
      #expect(right.exitCode == 0, "\(right.standardOutput)\(right.standardError)")
      #expect(right.standardOutput.hasPrefix("Right."))
    }
  }

  @Test("bad input exits 2 and says why")
  func badInput() throws {
    let unknown = try BuiltBinary.run(["quiz", "--id", "no-such-question", "--seed", "1", "--answer", "x"])
    #expect(unknown.exitCode == 2)
    #expect(unknown.standardError.contains("lww-final-value"))
    let topic = try BuiltBinary.run(["quiz", "--topic", "astrology"])
    #expect(topic.exitCode == 2)
    #expect(topic.standardError.contains("The topics are:"))
    let empty = try BuiltBinary.run(["quiz", "--id", "lww-final-value", "--seed", "1", "--answer", " "])
    #expect(empty.exitCode == 2)
    let noSeed = try BuiltBinary.run(["quiz", "--id", "lww-final-value", "--answer", "x"])
    #expect(noSeed.exitCode == 2)
    let huge = try BuiltBinary.run(
      [
        "quiz", "--id", "lww-final-value", "--seed", "1", "--answer", String(repeating: "x", count: 5_000),
        "--json",
      ])
    #expect(huge.exitCode == 2)
    #expect(try object(huge.standardOutput)["error"] is String)
  }
}
