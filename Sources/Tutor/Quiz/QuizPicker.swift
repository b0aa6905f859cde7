import Course
import ReplicationModel
import TerminalUI
import Workbench

/// Chooses question templates by topic or id and asks them, for the `quiz` command and for
/// `multileader quiz`.
public enum QuizPicker {
  /// The question for a topic (or any topic), the template and seed both drawn from `seed`.
  public static func question(topic: String?, seed: UInt64, in library: ContentLibrary) throws(ShellError)
    -> QuizQuestion
  {
    let templates = try self.templates(topic: topic, in: library)
    var generator = SplitMix64(seed: seed)
    let template = templates[Int(generator.next() % UInt64(templates.count))]
    return try question(template, seed: seed)
  }

  /// The question template `id` instantiated with `seed`.
  public static func question(id: String, seed: UInt64, in library: ContentLibrary) throws(ShellError)
    -> QuizQuestion
  {
    guard let template = library.quiz(id) else {
      let ids = library.quizzes.map(\.id).joined(separator: ", ")
      throw ShellError(
        "There is no question '\(TerminalText.sanitized(id))'.", hint: "The questions are: \(ids).")
    }
    return try question(template, seed: seed)
  }

  /// The templates of a topic, all of them for `nil`; an unknown topic lists the valid ones.
  package static func templates(topic: String?, in library: ContentLibrary) throws(ShellError)
    -> [QuizTemplate]
  {
    guard !library.quizzes.isEmpty else {
      throw ShellError("This content has no quiz questions (Content/quizzes).")
    }
    guard let topic else { return library.quizzes }
    let matching = library.quizzes.filter { $0.topic == topic }
    guard !matching.isEmpty else {
      throw ShellError(
        "There is no quiz topic '\(TerminalText.sanitized(topic))'.",
        hint: "The topics are: \(library.quizTopics.joined(separator: ", ")).")
    }
    return matching
  }

  /// `template` run with `seed`; a template that does not run is a content problem, reported.
  package static func question(_ template: QuizTemplate, seed: UInt64) throws(ShellError) -> QuizQuestion {
    switch QuizEngine.question(template, seed: seed) {
    case .success(let question): return question
    case .failure(let failure):
      throw ShellError(
        "The question \(template.id) does not run with seed \(seed): \(template.file):\(failure.line): \(failure.message)"
      )
    }
  }
}
