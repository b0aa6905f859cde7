import Course
import Workbench

/// Checks content the way the learner will use it: every command parses, every lesson example
/// and mnemonic demo runs, every scenario runs to its end, every challenge's reference solution solves it, and every question template yields an
/// answer from the model for each of ``quizSeeds``.
///
/// It adds to the problems ``ContentLoader`` finds (headers, ids, links). Each example and each
/// scenario runs in a fresh session, as `try N` and `scenario ID` do.
public enum ContentCheck {
  /// The seeds each question template is instantiated with.
  public static let quizSeeds: [UInt64] = Array(1...40)

  /// Every problem in `files`, sorted by file and line.
  public static func problems(in files: [ContentFile]) -> [ContentProblem] {
    let loaded = ContentLoader.load(files)
    var problems = loaded.problems
    let library = loaded.library
    for lesson in library.lessons {
      for (index, example) in lesson.examples.enumerated() {
        problems += run(example.commands, file: lesson.file, what: "example \(index + 1)")
      }
    }
    for scenario in library.scenarios {
      problems += run(scenario.steps.flatMap(\.commands.commands), file: scenario.file, what: "the scenario")
    }
    if let mnemonic = library.mnemonic {
      for letter in mnemonic.letters {
        if let demo = letter.demo {
          problems += run(demo.commands, file: mnemonic.file, what: "the demo of \(letter.letter)")
        }
      }
    }
    for template in library.quizzes {
      problems += quizProblems(template)
    }
    for challenge in library.challenges {
      problems += challengeProblems(challenge)
    }
    return problems.sorted { ($0.file, $0.line) < ($1.file, $1.line) }
  }

  /// Instantiates a template with each of ``quizSeeds``; the first failure is a problem, and so
  /// is an answer format that changes with the seed (the format would give the answer away) and
  /// an answer that does not change at all (a learner could answer from memory).
  private static func quizProblems(_ template: QuizTemplate) -> [ContentProblem] {
    var firstFormat: (format: AnswerFormat, seed: UInt64)?
    var answers: Set<String> = []
    for seed in quizSeeds {
      let result = QuizEngine.question(template, seed: seed)
      if case .success(let question) = result {
        if let first = firstFormat, first.format != question.format {
          return [
            ContentProblem(
              file: template.file, line: template.answer.line,
              message:
                "the answer is a \(first.format.rawValue) with seed \(first.seed) but a \(question.format.rawValue) with seed \(seed); the format must not give the answer away"
            )
          ]
        }
        firstFormat = firstFormat ?? (question.format, seed)
        answers.insert(question.expected.description)
        if let message = unanswerable(question) {
          return [
            ContentProblem(
              file: template.file, line: template.answer.line, message: "with seed \(seed), \(message)")
          ]
        }
      }
      if case .failure(let failure) = result {
        return [
          ContentProblem(
            file: template.file, line: failure.line, message: "with seed \(seed), \(failure.message)")
        ]
      }
    }
    if answers.count == 1, let answer = answers.first {
      return [
        ContentProblem(
          file: template.file, line: template.answer.line,
          message:
            "the answer is \(answer) with every seed from \(quizSeeds[0]) to \(quizSeeds[quizSeeds.count - 1]); let the parameters change what the model answers, or a learner can answer from memory"
        )
      ]
    }
    return []
  }

  /// Why `question` cannot be answered from its prompt, if it cannot: the run turned on
  /// something the prompt does not state, or the format's example is the answer (or one of the
  /// values the question names).
  private static func unanswerable(_ question: QuizQuestion) -> String? {
    let prompt = question.prompt.lowercased()
    for need in question.needs.sorted(by: { $0.problem < $1.problem })
    where !need.promptWords.contains(where: prompt.contains) {
      return need.problem
    }
    if let example = question.format.example,
      question.expected.accepts(example) || !Set(example.named).isDisjoint(with: question.candidates.values)
    {
      return
        "the format's example (\(example)) is the answer or one of the question's values; it would give the answer away"
    }
    return nil
  }

  /// Runs `commands` on a fresh workbench; the first failing one is a problem (later ones would
  /// only fail for the same reason). A workbench runs no course command, so content cannot start
  /// a lesson, a quiz or a drill.
  private static func run(_ commands: [SourceLine], file: String, what: String) -> [ContentProblem] {
    var bench = Workbench()
    for command in commands {
      if let error = bench.execute(command.text).error {
        return [
          ContentProblem(
            file: file, line: command.line,
            message: "\(what) fails at `\(command.text)`: \(ContentScript.explain(error, of: command.text))")
        ]
      }
    }
    return []
  }
}

/// The wording of an error in a content script (a lesson example, a scenario, a quiz set-up).
package enum ContentScript {
  /// `error` on one line, and, for a course or shell command, why it cannot run there.
  package static func explain(_ error: String, of line: String) -> String {
    let name = line.trimmingSpaces.split(separator: " ").first.map { $0.lowercased() } ?? ""
    if CommandCatalog.tutorSpec(named: name) != nil
      || Tutor.shellWords.union(["history", "clear"]).contains(name)
    {
      return "\(name) is not a world command: course commands and shell commands (lesson, try, scenario, "
        + "next, quiz, help, …) cannot run inside content"
    }
    return error.split(separator: "\n").joined(separator: " ")
  }
}
