import Course
import ReplicationSimulation
import Workbench

extension ContentCheck {
  /// The problems of a challenge that only running it shows: the commands its rule names exist,
  /// its starting world builds, it does not already satisfy the goal, and the reference solution
  /// runs (under the challenge's own rules) and reaches the goal.
  static func challengeProblems(_ challenge: Challenge) -> [ContentProblem] {
    var problems: [ContentProblem] = []
    let file = challenge.file
    for name in challenge.commands.names where CommandCatalog.workbenchSpec(named: name) == nil {
      problems.append(
        ContentProblem(
          file: file, line: 1, message: "`\(name)` in `allow` or `forbid` is not a world command"))
    }
    for line in challenge.conditions {
      if case .exploreBreaks(let name) = line.condition, ExplorationInvariant(rawValue: name) == nil {
        let known = ExplorationInvariant.allCases.map(\.rawValue).joined(separator: ", ")
        problems.append(
          ContentProblem(
            file: file, line: line.line, message: "explore knows no invariant `\(name)`; it knows \(known)"))
      }
    }
    var bench = Workbench()
    for command in challenge.start.commands {
      if let error = bench.execute(command.text).error {
        problems.append(
          ContentProblem(
            file: file, line: command.line,
            message:
              "the starting world fails at `\(command.text)`: \(ContentScript.explain(error, of: command.text))"
          ))
        return problems
      }
    }
    let firstLine = challenge.conditions.first?.line ?? 1
    if !challenge.conditions.isEmpty && ChallengeEvaluation.isSolved(challenge.conditions, on: bench) {
      problems.append(
        ContentProblem(
          file: file, line: firstLine,
          message: "the starting world already satisfies the goal; the learner would have nothing to do"))
    }
    for command in challenge.solution.commands {
      do {
        guard let parsed = try CommandParser.parse(command.text) else { continue }
        let word = (try? CommandParser.words(of: command.text))?.first?.lowercased() ?? ""
        let name = CommandCatalog.workbenchSpec(named: word)?.name ?? word
        try Tutor.admit(parsed, named: name, in: challenge)
        _ = try bench.run(parsed)
      } catch {
        problems.append(
          ContentProblem(
            file: file, line: command.line,
            message:
              "the reference solution fails at `\(command.text)`: \(ContentScript.explain(error.text, of: command.text))"
          ))
        return problems
      }
    }
    let results = ChallengeEvaluation.evaluate(challenge.conditions, on: bench)
    for (line, result) in zip(challenge.conditions, results) where !result.holds {
      problems.append(
        ContentProblem(
          file: file, line: line.line,
          message:
            "the reference solution does not reach the goal: `\(result.condition.description)` does not hold (the model sees: \(result.seen))"
        ))
    }
    return problems
  }
}
