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
      let probe = try BuiltBinary.run(
        ["quiz", "--id", id, "--seed", seed, "--answer", guess, "--json", "--no-record"])
      let graded = try object(probe.standardOutput)
      let expected = try #require(graded["expected"] as? String, "\(probe.standardOutput)")
      let correct = try #require(graded["correct"] as? Bool)
      #expect(probe.exitCode == (correct ? 0 : 1))

      let right = try BuiltBinary.run(
        ["quiz", "--id", id, "--seed", seed, "--answer", expected.uppercased(), "--no-record"])
      #expect(right.exitCode == 0, "\(right.standardOutput)\(right.standardError)")
      #expect(right.standardOutput.hasPrefix("Right."))
    }
  }

  @Test("a graded answer is recorded in the --data folder; --no-record and bad input record nothing")
  func gradedAnswersAreRecorded() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "quiz-cli-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let question = ["quiz", "--id", "lww-final-value", "--seed", "5"]
    let probe = try BuiltBinary.run(
      question + ["--answer", "zzz", "--json", "--no-record", "--data", folder])
    #expect(probe.exitCode == 1)
    #expect(!FileManager.default.fileExists(atPath: folder), "--no-record does not even create the folder")
    let expected = try #require(try object(probe.standardOutput)["expected"] as? String)

    let right = try BuiltBinary.run(["--data", folder] + question + ["--answer", expected])
    #expect(right.exitCode == 0, "\(right.standardError)")
    #expect(right.standardError.isEmpty, "\(right.standardError)")
    let wrong = try BuiltBinary.run(question + ["--answer", "zzz", "--data", folder])
    #expect(wrong.exitCode == 1)
    let bad = try BuiltBinary.run(question + ["--answer", " ", "--data", folder])
    #expect(bad.exitCode == 2)
    _ = try BuiltBinary.run(question + ["--answer", expected, "--data", folder, "--no-record"])

    let progress = try BuiltBinary.run(["--data", folder], input: Data("progress\nreview --new 0\n".utf8))
    #expect(progress.standardOutput.contains("2 reviews in all"), "\(progress.standardOutput)")
    // Right, then wrong: the card is due again within minutes, not today's review of a new card.
    #expect(
      progress.standardOutput.contains("Nothing is due (today: 1 new, 1 reviews)"),
      "\(progress.standardOutput)")
  }

  @Test("a data folder that cannot be written: the grade and exit code stand, and it is said")
  func unwritableDataFolder() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("quiz-cli-\(UUID().uuidString)")
      .path
    #expect(FileManager.default.createFile(atPath: file, contents: Data()))
    defer { try? FileManager.default.removeItem(atPath: file) }
    let graded = try BuiltBinary.run(
      ["quiz", "--id", "lww-final-value", "--seed", "5", "--answer", "zzz", "--data", file + "/data"])
    #expect(graded.exitCode == 1)
    #expect(graded.standardOutput.hasPrefix("Wrong"))
    #expect(
      graded.standardError.contains("progress is not saved: cannot create the data folder"),
      "\(graded.standardError)")
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
    #expect(try object(huge.standardOutput)["status"] as? String == "unreadable")
  }

  @Test("a prompt in JSON has no hard line breaks: a paragraph is one line")
  func promptWithoutLineBreaks() throws {
    // possible-outcomes wraps its prompt over six lines of its template.
    let asked = try BuiltBinary.run(["quiz", "--id", "possible-outcomes", "--seed", "7", "--json"])
    #expect(asked.exitCode == 0, "\(asked.standardError)")
    let prompt = try #require(try object(asked.standardOutput)["prompt"] as? String)
    #expect(!prompt.contains("\n"), "\(prompt)")
    #expect(
      prompt.contains("A client\nwrites") == false && prompt.contains("A client writes topping="))
    for seed in 1...20 {
      let any = try BuiltBinary.run(["quiz", "--seed", String(seed), "--json"])
      let text = try #require(try object(any.standardOutput)["prompt"] as? String)
      let lines = text.components(separatedBy: "\n\n")
      #expect(
        lines.allSatisfy {
          !$0.contains("\n") && !$0.isEmpty && $0 == $0.trimmingCharacters(in: .whitespaces)
        }, "\(text)")
    }
  }

  @Test("every graded answer in JSON has a status: right, wrong, or unreadable (exit 2)")
  func answerStatuses() throws {
    let question = ["quiz", "--id", "lww-final-value", "--seed", "5", "--json", "--no-record"]
    let wrong = try BuiltBinary.run(question + ["--answer", "zzz"])
    #expect(wrong.exitCode == 1)
    let graded = try object(wrong.standardOutput)
    #expect(graded["status"] as? String == "wrong")
    let expected = try #require(graded["expected"] as? String)
    let right = try BuiltBinary.run(question + ["--answer", expected])
    #expect(right.exitCode == 0)
    #expect(try object(right.standardOutput)["status"] as? String == "right")

    let unreadable = try BuiltBinary.run(question + ["--answer", "   "])
    #expect(unreadable.exitCode == 2)
    #expect(unreadable.standardError.isEmpty, "\(unreadable.standardError)")
    let reply = try object(unreadable.standardOutput)
    #expect(reply["status"] as? String == "unreadable")
    #expect((reply["message"] as? String)?.contains("The answer is empty") == true, "\(reply)")
    #expect(reply["id"] as? String == "lww-final-value")
    #expect(reply["seed"] as? Int == 5)
    #expect(reply["format"] as? String == graded["format"] as? String)
  }

  @Test("quiz --help lists the exit statuses, and they are the ones it uses")
  func helpListsExitStatuses() throws {
    let help = try BuiltBinary.run(["quiz", "--help"])
    #expect(help.exitCode == 0)
    let text = help.standardOutput
    for line in [
      "0   the answer is right (or the question was printed)", "1   the answer is wrong",
      "2   bad input: an unknown --id or --topic, --answer without\n      --id and --seed, or an answer that is not graded\n      (unclear or unreadable)",
      "64  the command line cannot be parsed (an unknown option)",
    ] {
      #expect(text.contains(line), "\(text)")
    }
    #expect(try BuiltBinary.run(["quiz", "--no-such-option"]).exitCode == 64)
  }

  @Test("an answer naming two values is asked about in JSON, status unclear, exit 2, not recorded")
  func unclearAnswerInJSON() throws {
    let folder = try ScriptFolder()
    let question = try BuiltBinary.run(["--json", "quiz", "--id", "lww-final-value", "--seed", "2"])
    let prompt = try #require(
      (try JSONSerialization.jsonObject(with: Data(question.standardOutput.utf8)) as? [String: Any])?[
        "prompt"]
        as? String)
    #expect(!prompt.contains("\n"), "the prompt is one paragraph: \(prompt)")
    let reply = try BuiltBinary.run([
      "--json", "--data", folder.url.path, "quiz", "--id", "lww-final-value", "--seed", "2", "--answer",
      "olive or ham",
    ])
    #expect(reply.exitCode == 2)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(reply.standardOutput.utf8)) as? [String: Any])
    #expect(object["status"] as? String == "unclear")
    #expect((object["message"] as? String)?.hasPrefix("Which one: olive or ham?") == true, "\(object)")
    #expect(!FileManager.default.fileExists(atPath: folder.url.path + "/progress.sqlite"), "nothing recorded")
  }
}
