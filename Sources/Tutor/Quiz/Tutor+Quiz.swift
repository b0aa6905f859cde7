import Course
import ReplicationModel
import TerminalUI
import Workbench

extension Tutor {
  /// What can be typed besides an answer while a question waits.
  package static let quizChoices = "hint gives a nudge, skip shows the answer"

  /// `quiz [TOPIC]`: asks a question from the topic (any topic without one).
  package mutating func askQuiz(topic: String?) throws(ShellError) -> String {
    let library = course.library()
    let question = try QuizPicker.question(topic: topic, seed: nextQuizSeed(), in: library)
    return start(question, in: nil)
  }

  /// `again`: the waiting (or last) question's template with a new seed.
  package mutating func askAgain() throws(ShellError) -> String {
    guard let id = practice.quiz?.question.id ?? course.lastQuizTemplate else {
      throw ShellError("No question has been asked yet.", hint: "quiz asks one.")
    }
    let library = course.library()
    guard let template = library.quiz(id) else {
      return start(try QuizPicker.question(id: id, seed: nextQuizSeed(), in: library), in: practice.sitting)
    }
    guard QuizVariety.hasVariety(template) else {
      throw ShellError(
        "\(id) has no other values to ask it with: its set-up is the same every time.",
        hint: "quiz asks another question.")
    }
    let current = practice.quiz?.question.instance.values ?? course.lastQuizValues
    var seed = nextQuizSeed()
    for _ in 0..<QuizVariety.attempts
    where !QuizVariety.differ(QuizInstance(template, seed: seed).values, current, in: template) {
      seed = nextQuizSeed()
    }
    return start(try QuizPicker.question(template, seed: seed), in: practice.sitting)
  }

  /// `hint`: the concept to think about.
  package mutating func quizHint() throws(ShellError) -> String {
    guard case .asking(.quiz(var quiz), let sitting) = practice else {
      throw ShellError("No question is waiting for an answer.", hint: "quiz asks one.")
    }
    quiz.hinted = true
    practice = .asking(.quiz(quiz), in: sitting)
    let template = quiz.question.instance.template
    return styler.paint("Hint:", .heading) + " "
      + TerminalText.wrap(TerminalText.sanitized(template.hint), width: max(20, options.width - 6)).joined(
        separator: "\n")
      + "\n" + styler.paint("Answer with \(quiz.question.format.instruction).", .dim)
  }

  /// `skip`: the model's answer, and the question is over.
  package mutating func skipQuiz() throws(ShellError) -> String {
    guard case .asking(.quiz(let quiz), let sitting) = practice else {
      throw ShellError("No question is waiting for an answer.", hint: "quiz asks one.")
    }
    practice = .idle
    let recorded = recordReview(of: quiz.question.instance.template, rating: .again)
    noteGraded(
      .quiz(template: quiz.question.id), answer: nil, verdict: .skipped, in: sitting, recorded: recorded)
    let verdict = "Skipped. The model's answer: " + styler.bold(shown(quiz.question.expected)) + "."
    return afterQuiz(quiz.question, result: .skipped, verdict: verdict, recorded: recorded, in: sitting)
  }

  /// Grades one line typed while `quiz` waits.
  package mutating func answerQuiz(_ line: String, _ quiz: ActiveQuiz, in sitting: Sitting?) -> CommandOutcome
  {
    let question = quiz.question
    let grade = question.grade(line)
    switch judge(
      line, grade: grade, expected: question.expected, wording: .answer, waiting: "the question",
      choices: Self.quizChoices)
    {
    case .refused(let outcome):
      return outcome
    case .unreadable(let message):
      var quiz = quiz
      quiz.unreadable += 1
      practice = .asking(.quiz(quiz), in: sitting)
      return CommandOutcome(error: message)
    case .graded(let right, let verdict):
      practice = .idle
      let recorded = recordReview(of: question.instance.template, rating: right ? .good : .again)
      noteGraded(
        .quiz(template: question.id), answer: grade.wrongAnswer?.description,
        verdict: right ? .right : .wrong, in: sitting,
        recorded: recorded)
      return CommandOutcome(
        output: afterQuiz(
          question, result: right ? .right : .wrong, verdict: verdict, recorded: recorded, in: sitting))
    }
  }

  /// The text after a quiz answer or skip, fitted: the verdict (with the hint that `override`
  /// exists after a wrong answer), what happened in the model, and then the request for a rating
  /// after a right answer, or the sitting's next question (the review's next card, or the mock
  /// interview's next question).
  private mutating func afterQuiz(
    _ question: QuizQuestion, result: QuizResult, verdict: String, recorded: ReviewRecord?,
    in sitting: Sitting?
  ) -> String {
    var lines = [verdict]
    if result == .wrong && sitting?.mock == nil { lines.append(styler.paint(Self.overrideHint, .dim)) }
    lines += explanation(of: question)
    if result == .right, let request = awaitRating(of: recorded, in: sitting) {
      return OutputFitter.fit((lines + [request]).joined(separator: "\n"), width: options.width)
    }
    if sitting == nil && QuizVariety.hasVariety(question.instance.template) {
      lines.append(styler.paint(Self.againHint, .dim))
    }
    let text = lines.joined(separator: "\n")
    switch sitting {
    case nil:
      return OutputFitter.fit(text, width: options.width)
    case .review(let review):
      let next = continueReview(review, right: result == .right)
      return OutputFitter.fit(
        ([text] + [next].compactMap { $0 }).joined(separator: "\n"), width: options.width)
    case .mock(var mock):
      let template = question.instance.template
      mock.results.append(
        MockResult(
          open: false, id: template.id, topic: template.topic, lesson: template.lesson,
          score: result == .right ? 1 : 0, verdict: result.rawValue))
      return OutputFitter.fit(text, width: options.width) + "\n\n"
        + OutputFitter.fit(askMockItem(mock), width: options.width)
    }
  }

  /// Asks `question` (alone, or as part of `sitting`): it waits for the learner's answer.
  package mutating func start(_ question: QuizQuestion, in sitting: Sitting?) -> String {
    practice = .asking(.quiz(ActiveQuiz(question: question)), in: sitting)
    course.lastQuizTemplate = question.id
    course.lastQuizValues = question.instance.values
    let template = question.instance.template
    let prompt = question.prompt.split(separator: "\n", omittingEmptySubsequences: false).map {
      TerminalText.sanitized(String($0))
    }.joined(separator: "\n")
    return [
      styler.paint(
        styler.symbols("Question · \(template.topic) · \(template.id) · seed \(question.seed)"), .dim),
      MarkdownRenderer.render(prompt, width: options.width, styler: styler),
      styler.paint(
        "Answer with \(question.format.instruction). \(Self.quizChoices).", .dim),
    ].joined(separator: "\n")
  }

  /// What happened in the run and what to read, after an answer or a skip.
  private func explanation(of question: QuizQuestion) -> [String] {
    var lines = [styler.paint("What happened in the model:", .heading)]
    // The events were drawn by a plain workbench from the template's values: the program's text.
    lines += question.events.map { "  " + styler.symbols(TerminalText.sanitized($0)) }
    let template = question.instance.template
    let title =
      course.loaded?.library.lesson(template.lesson).map { " (\(TerminalText.sanitized($0.title)))" } ?? ""
    lines.append("Read more: lesson \(template.lesson)\(title).")
    return lines
  }

  private func shown(_ answer: QuizAnswer) -> String { TerminalText.sanitized(answer.description) }

  /// A fresh seed for the next question, from the session seed and the questions asked so far;
  /// kept below a million so a learner can repeat it with `multileader quiz --seed N`.
  package mutating func nextQuizSeed() -> UInt64 {
    course.quizzesAsked += 1
    var generator = SplitMix64(seed: seed &+ course.quizzesAsked &* 0x9E37_79B9)
    return generator.next() % 1_000_000
  }
}
