import Course
import ReplicationModel
import TerminalUI

extension ShellSession {
  /// What can be typed besides an answer while a question waits.
  static let quizChoices = "hint gives a nudge, skip shows the answer"

  /// The commands that still work while a question waits for its answer; every other line is
  /// the answer, except that another command is refused (``commandTypedAsAnswer(_:waiting:choices:)``).
  static func isQuizControl(_ line: String) -> Bool {
    let first = line.split(separator: " ").first.map { $0.lowercased() } ?? ""
    return ["hint", "again", "skip", "quiz", "review", "help", "quit", "exit"].contains(first)
  }

  /// `quiz [TOPIC]`: asks a question from the topic (any topic without one).
  mutating func askQuiz(topic: String?) throws(ShellError) -> String {
    let library = course.library()
    let seed = nextQuizSeed()
    let question = try QuizPicker.question(topic: topic, seed: seed, in: library)
    return start(question)
  }

  /// `again`: the current (or last) question's template with a new seed.
  mutating func askAgain() throws(ShellError) -> String {
    guard let id = course.quiz?.question.id ?? course.lastQuizTemplate else {
      throw ShellError("No question has been asked yet.", hint: "quiz asks one.")
    }
    let question = try QuizPicker.question(id: id, seed: nextQuizSeed(), in: course.library())
    return start(question)
  }

  /// `hint`: the concept to think about.
  mutating func quizHint() throws(ShellError) -> String {
    guard var quiz = course.quiz else {
      throw ShellError("No question is waiting for an answer.", hint: "quiz asks one.")
    }
    quiz.hinted = true
    course.quiz = quiz
    let template = quiz.question.instance.template
    return styler.paint("Hint:", .heading) + " "
      + TerminalText.wrap(TerminalText.sanitized(template.hint), width: max(20, options.width - 6)).joined(
        separator: "\n")
      + "\n" + styler.paint("Answer with \(quiz.question.format.instruction).", .dim)
  }

  /// `skip`: the model's answer, and the question is over.
  mutating func skipQuiz() throws(ShellError) -> String {
    guard let quiz = course.quiz else {
      throw ShellError("No question is waiting for an answer.", hint: "quiz asks one.")
    }
    course.quiz = nil
    course.lastQuizResult = .skipped
    recordReview(of: quiz.question.instance.template, rating: .again)
    let next = continueReview(right: false)
    return
      (["Skipped. The model's answer: " + styler.bold(shown(quiz.question.expected)) + "."]
      + explanation(of: quiz.question) + [next].compactMap { $0 }).joined(separator: "\n")
  }

  /// Grades one line typed while a question waits.
  mutating func answerQuiz(_ line: String) -> CommandOutcome {
    guard var quiz = course.quiz else { return CommandOutcome() }
    let question = quiz.question
    let grade = question.grade(line)
    if grade != .right,
      let refusal = commandTypedAsAnswer(line, waiting: "the question", choices: Self.quizChoices)
    {
      return refusal
    }
    let verdict: String
    let right: Bool
    switch grade {
    case .unreadable(let message):
      quiz.unreadable += 1
      course.quiz = quiz
      return CommandOutcome(error: message)
    case .right:
      right = true
      verdict =
        styler.paint("Right.", .success) + " The model's answer: " + styler.bold(shown(question.expected))
        + "."
    case .wrong(let given):
      right = false
      verdict =
        styler.paint("Not quite.", .failure) + " You said " + shown(given) + "; the model's answer is "
        + styler.bold(shown(question.expected)) + "."
    }
    course.quiz = nil
    course.lastQuizResult = right ? .right : .wrong
    recordReview(of: question.instance.template, rating: right ? .good : .again)
    let next = continueReview(right: right)
    let text = ([verdict] + explanation(of: question) + [next].compactMap { $0 }).joined(separator: "\n")
    return CommandOutcome(output: OutputFitter.fit(text, width: options.width))
  }

  /// Asks `question`: it waits for the learner's answer.
  mutating func start(_ question: QuizQuestion) -> String {
    course.quiz = ActiveQuiz(question: question)
    course.lastQuizTemplate = question.id
    let template = question.instance.template
    let prompt = question.prompt.split(separator: "\n", omittingEmptySubsequences: false).map {
      TerminalText.sanitized(String($0))
    }.joined(separator: "\n")
    return [
      styler.paint("Question · \(template.topic) · \(template.id) · seed \(question.seed)", .dim),
      MarkdownRenderer.render(prompt, width: options.width, styler: styler),
      styler.paint(
        "Answer with \(question.format.instruction). \(Self.quizChoices).", .dim),
    ].joined(separator: "\n")
  }

  /// What happened in the run and what to read, after an answer or a skip.
  private func explanation(of question: QuizQuestion) -> [String] {
    var lines = [styler.paint("What happened in the model:", .heading)]
    lines += question.events.map { "  " + TerminalText.sanitized($0) }
    let template = question.instance.template
    let title =
      course.loaded?.library.lesson(template.lesson).map { " (\(TerminalText.sanitized($0.title)))" } ?? ""
    lines.append("Read more: lesson \(template.lesson)\(title).")
    lines.append(styler.paint("again asks this question with new values; quiz asks another.", .dim))
    return lines
  }

  private func shown(_ answer: QuizAnswer) -> String { TerminalText.sanitized(answer.description) }

  /// A fresh seed for the next question, from the session seed and the questions asked so far;
  /// kept below a million so a learner can repeat it with `multileader quiz --seed N`.
  mutating func nextQuizSeed() -> UInt64 {
    course.quizzesAsked += 1
    var generator = SplitMix64(seed: seed &+ course.quizzesAsked &* 0x9E37_79B9)
    return generator.next() % 1_000_000
  }
}
