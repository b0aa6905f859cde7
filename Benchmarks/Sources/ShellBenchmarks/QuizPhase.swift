import BenchmarkSupport

/// Model-checked questions (issue 7): instantiating one from its template and a seed, running its
/// setup on the model, and grading an answer, as `multileader quiz --id ID --seed N --answer …`.
struct QuizPhase {
  let options: ShellBenchmarkOptions
  let environment: [String]

  /// Times every template, 10 seeds each, against the process start alone (`--version`).
  ///
  /// - Throws: ``BenchmarkFailure`` when a command fails.
  func run() throws {
    var ids: [String] = []
    var answers: [String: String] = [:]
    for seed in 1...200 where ids.count < 100 {
      let json = try ChildProcess.output(
        options.binary, ["quiz", "--seed", String(seed), "--json"], environment: environment)
      if let id = Self.field("id", in: json), !ids.contains(id) {
        ids.append(id)
        answers[id] = Self.wellFormedAnswer(format: Self.field("format", in: json) ?? "value")
      }
    }
    var start: [Double] = []
    for _ in 0..<20 {
      start.append(try ChildProcess.timeToExit(options.binary, ["--version"], environment: environment))
    }
    var perTemplate: [(String, Double)] = []
    for id in ids.sorted() {
      var times: [Double] = []
      for seed in 1...10 {
        times.append(
          try ChildProcess.timeToExit(
            options.binary,
            ["quiz", "--id", id, "--seed", String(seed), "--answer", answers[id] ?? "x", "--no-record"],
            environment: environment, allowedExitCodes: [0, 1]))
      }
      perTemplate.append((id, median(times)))
    }
    let startMedian = median(start)
    let overall = median(perTemplate.map(\.1))
    let worst = perTemplate.max { $0.1 < $1.1 }
    // The same, recorded in the progress store (HOME is the benchmark's scratch folder).
    var recorded: [Double] = []
    for id in ids.sorted().prefix(10) {
      for seed in 1...3 {
        recorded.append(
          try ChildProcess.timeToExit(
            options.binary, ["quiz", "--id", id, "--seed", String(seed), "--answer", answers[id] ?? "x"],
            environment: environment, allowedExitCodes: [0, 1]))
      }
    }
    print(
      "quiz: \(ids.count) templates, 10 seeds each, `multileader quiz --id ID --seed N --answer A --no-record` with a well-formed A (medians)"
    )
    print("  process start alone (--version): \(Format.fixed(startMedian * 1_000, 2)) ms")
    if let worst {
      print("  slowest template: \(worst.0), \(Format.fixed(worst.1 * 1_000, 2)) ms")
    }
    print(
      "  instantiating, running the model and grading, beyond the process start: "
        + "\(Format.fixed((overall - startMedian) * 1_000, 2)) ms")
    print("quiz ms-per-question=\(Format.fixed(overall * 1_000, 2))  (process start included)")
    print("target: <= 20 ms \(overall * 1_000 <= 20 ? "met" : "NOT met")")
    print(
      "quiz-recorded ms-per-answer=\(Format.fixed(median(recorded) * 1_000, 2))  (10 templates, 3 seeds, "
        + "without --no-record: the answer is saved in progress.sqlite)\n")
  }

  /// An answer the format accepts (right or wrong), so grading really runs.
  private static func wellFormedAnswer(format: String) -> String {
    switch format {
    case "node": "us"
    case "yes-no": "yes"
    case "vector": "[1,1]"
    case "set": "{pepperoni}"
    case "number": "3"
    case "milliseconds": "75ms"
    default: "pepperoni"
    }
  }

  /// The string value of `"name": "…"` in a JSON text (enough for the fields the quiz prints).
  private static func field(_ name: String, in json: String) -> String? {
    guard let key = json.firstRange(of: "\"\(name)\": \"") else { return nil }
    let rest = json[key.upperBound...]
    guard let end = rest.firstIndex(of: "\"") else { return nil }
    return String(rest[..<end])
  }
}
