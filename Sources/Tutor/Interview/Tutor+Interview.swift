import Course
import ReplicationModel
import TerminalUI
import Workbench

extension Tutor {
  /// `interview question [ID|TOPIC]`: one open question, by id, from a topic, or any.
  package mutating func askInterviewQuestion(_ target: String?) throws(ShellError) -> String {
    guard practice.mock == nil else {
      throw ShellError("A mock interview is in progress.", hint: "stop ends it.")
    }
    let library = course.library()
    guard !library.interviews.isEmpty else {
      throw ShellError("This content has no interview questions (Content/interview).")
    }
    var candidates = library.interviews
    if let target {
      if let question = library.interview(target) {
        candidates = [question]
      } else {
        candidates = library.interviews.filter { $0.topic == target }
        guard !candidates.isEmpty else {
          throw ShellError(
            "There is no interview question or topic '\(TerminalText.sanitized(target))'.",
            hint:
              "The topics are: \(library.interviewTopics.joined(separator: ", ")).\nThe questions are: \(library.interviews.map(\.id).joined(separator: ", "))."
          )
        }
      }
    }
    // Questions not yet rated in this session come first, so asking again moves on.
    let rated = Set(course.ratings.map(\.questionID))
    let fresh = candidates.filter { !rated.contains($0.id) }
    if !fresh.isEmpty { candidates = fresh }
    var generator = nextInterviewGenerator()
    let question = candidates[Int(generator.next() % UInt64(candidates.count))]
    return present(
      question, header: styler.symbols("Interview question · \(question.topic) · \(question.id)"), in: nil)
  }

  /// `interview [--questions N] [--minutes N]`: starts a mock interview.
  package mutating func startMockInterview(questions: Int?, minutes: Int?) throws(ShellError) -> String {
    guard practice.mock == nil else {
      throw ShellError("A mock interview is in progress.", hint: "stop ends it.")
    }
    let library = course.library()
    guard !library.interviews.isEmpty else {
      throw ShellError("This content has no interview questions (Content/interview).")
    }
    let wanted = questions ?? 6
    var generator = nextInterviewGenerator()
    let open = interviewOrder(library.interviews.shuffled(using: &generator))
    // Every question at most once: open ones and model-checked ones alternate while both last.
    var plan: [MockInterview.Item] = []
    var nextOpen = 0
    var quizzes = 0
    for index in 0..<wanted {
      let quizTurn = index % 2 == 1 || nextOpen == open.count
      if quizTurn && quizzes < library.quizzes.count {
        plan.append(.quiz)
        quizzes += 1
      } else if nextOpen < open.count {
        plan.append(.open(open[nextOpen].id))
        nextOpen += 1
      } else if quizzes < library.quizzes.count {
        plan.append(.quiz)
        quizzes += 1
      }
    }
    let count = plan.count
    let mock = MockInterview(plan: plan, minutes: minutes, startedAt: minutes == nil ? nil : course.wallClock)
    var budget = "\(count) question\(count == 1 ? "" : "s")"
    if let minutes {
      budget +=
        course.wallClock == nil
        ? " (no clock here, so --minutes \(minutes) is not enforced)"
        : " in \(minutes) minute\(minutes == 1 ? "" : "s")"
    }
    let intro =
      styler.paint(
        "Mock interview: \(budget), open questions and model-checked ones.", .heading)
      + "\n" + styler.paint("stop ends it early; your score and weakest topics come at the end.", .dim)
    return intro + "\n" + askMockItem(mock)
  }

  /// The open questions in the order a mock interview asks them: those due for review first, then
  /// those never rated, then the rest, and the mastered ones last (in `questions`' order within
  /// each group).
  private mutating func interviewOrder(_ questions: [InterviewQuestion]) -> [InterviewQuestion] {
    let cards = attempt { store throws(ProgressFailure) in try store.cards() } ?? []
    let byID = Dictionary(cards.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let now = course.now
    func rank(_ question: InterviewQuestion) -> Int {
      guard let card = byID[CardID.interview(question: question.id).description], !card.isNew else {
        return 1
      }
      if card.due <= now { return 0 }
      return card.isMastered ? 3 : 2
    }
    return questions.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }
      .map(\.element)
  }

  /// Handles a line typed while `interview` waits: part of the answer, its end, `skip`, or the
  /// rating.
  package mutating func answerInterview(_ line: String, _ interview: ActiveInterview, in sitting: Sitting?)
    -> CommandOutcome
  {
    var interview = interview
    let word = line.trimmingSpaces.lowercased()
    if let grade = interview.grade {
      guard let rating = SelfRating(typed: line) else {
        return CommandOutcome(error: "Rate how well you knew it: again, hard, good or easy (or 1 to 4).")
      }
      return CommandOutcome(
        output: OutputFitter.fit(rated(rating, grade: grade, interview, in: sitting), width: options.width))
    }
    if let problem = Self.answerProblem(line, soFar: interview.lines) {
      return CommandOutcome(error: problem)
    }
    if word == "skip" {
      interview.lines = []
    } else if word.isEmpty || word == "done" {
      guard !interview.lines.isEmpty else {
        return CommandOutcome(
          error: "Type your answer first; an empty line (or done) ends it, and skip shows the model answer.")
      }
    } else {
      interview.lines.append(line.trimmingSpaces)
      practice = .asking(.interview(interview), in: sitting)
      return CommandOutcome()
    }
    let grade = InterviewGrader.grade(interview.lines.joined(separator: "\n"), for: interview.question)
    interview.grade = grade
    practice = .asking(.interview(interview), in: sitting)
    return CommandOutcome(
      output: OutputFitter.fit(
        feedback(interview.question, grade: grade, skipped: word == "skip"), width: options.width))
  }

  /// Why `line` cannot be part of an answer (binary bytes, or too long), if it cannot.
  package static func answerProblem(_ line: String, soFar: [String]) -> String? {
    let binary = line.unicodeScalars.contains {
      $0 == "\u{FFFD}" || ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F
    }
    if binary {
      return "That line holds control characters or bytes that are not text; type your answer as plain text."
    }
    let length = soFar.reduce(0) { $0 + $1.count + 1 } + line.count
    if length > ActiveInterview.answerLimit {
      return
        "Your answer is longer than \(ActiveInterview.answerLimit) characters; end it with an empty line, or keep this line shorter."
    }
    return nil
  }

  /// `stop`: ends `mock` with the score so far.
  package mutating func stopMockInterview(_ mock: MockInterview) -> String {
    "Stopped.\n" + finishMock(mock, reason: nil)
  }

  /// Records a rating and moves on.
  private mutating func rated(
    _ rating: SelfRating, grade: InterviewGrade, _ interview: ActiveInterview, in sitting: Sitting?
  ) -> String {
    let question = interview.question
    course.ratings.append(
      InterviewRating(
        questionID: question.id, topic: question.topic, rating: rating, covered: grade.covered.count,
        total: grade.total))
    practice = .idle
    // Kept in the progress store as the card `interview/ID`, graded by the learner; `review`
    // asks it again when it is due.
    let review = ReviewRecord(
      cardID: CardID.interview(question: question.id).description, topic: question.topic, time: course.now,
      rating: ReviewRating(selfRating: rating), source: .learner)
    let recorded = schedule(review)
    noteGraded(
      .interview(question: question.id), answer: nil, verdict: .selfRated, in: sitting, recorded: recorded)
    let noted = "Rated \(rating.rawValue)."
    switch sitting {
    case nil:
      return noted + " "
        + styler.paint("interview question asks another; interview starts a mock interview.", .dim)
    case .review(let review):
      return noted + "\n" + (continueReview(review, right: rating != .again) ?? "")
    case .mock(var mock):
      mock.results.append(
        MockResult(
          open: true, id: question.id, topic: question.topic, lesson: question.lesson, score: grade.fraction,
          verdict: "\(grade.covered.count)/\(grade.total) points"))
      return noted + "\n\n" + askMockItem(mock)
    }
  }

  /// Asks the mock interview's next question, or ends it when the questions or the time run out.
  package mutating func askMockItem(_ mock: MockInterview) -> String {
    let number = mock.results.count + 1
    if number > mock.plan.count { return finishMock(mock, reason: nil) }
    var left = ""
    if let minutes = mock.minutes, let start = mock.startedAt, let now = course.wallClock {
      let remaining = Double(minutes) * 60 - (now - start)
      if remaining <= 0 { return finishMock(mock, reason: "Time is up.") }
      left = styler.symbols(" · \(Int((remaining / 60).rounded(.up))) min left")
    }
    let place = "Question \(number) of \(mock.plan.count)\(left)"
    switch mock.plan[number - 1] {
    case .open(let id):
      if let question = course.library().interview(id) {
        return present(
          question, header: styler.symbols("\(place) · open · \(question.topic)"), in: .mock(mock))
      }
    case .quiz:
      // A template the mock interview has not asked yet.
      let asked = Set(mock.results.map(\.id))
      let fresh = course.library().quizzes.filter { !asked.contains($0.id) }
      let seed = nextQuizSeed()
      var generator = SplitMix64(seed: seed)
      if !fresh.isEmpty,
        let question = try? QuizPicker.question(
          fresh[Int(generator.next() % UInt64(fresh.count))], seed: seed)
      {
        return styler.paint(styler.symbols("\(place) · checked by the model"), .heading) + "\n"
          + start(question, in: .mock(mock))
      }
    }
    // A question that cannot be asked (content changed or a template failed): ask any open one.
    var generator = nextInterviewGenerator()
    let library = course.library()
    let question = library.interviews[Int(generator.next() % UInt64(library.interviews.count))]
    return present(question, header: styler.symbols("\(place) · open · \(question.topic)"), in: .mock(mock))
  }

  /// The end of a mock interview: the score, each question, and the weakest topics.
  private mutating func finishMock(_ mock: MockInterview, reason: String?) -> String {
    practice = .idle
    let results = mock.results
    var lines: [String] = []
    if let reason { lines.append(reason) }
    guard !results.isEmpty else {
      lines.append("Mock interview over; no question was answered.")
      return lines.joined(separator: "\n")
    }
    let total = MockScoring.total(results)
    let percent = Int((total / Double(results.count) * 100).rounded())
    lines.append(
      styler.paint(
        "Mock interview over: \(Self.decimal(total)) of \(results.count) (\(percent)%).", .heading))
    for (index, result) in results.enumerated() {
      lines.append(
        styler.symbols("  \(index + 1). \(result.open ? "open" : "quiz") · \(result.topic) · \(result.id): ")
          + result.verdict
      )
    }
    let weakest = MockScoring.weakestTopics(results)
    if weakest.isEmpty {
      lines.append("No weak topic: every answer was complete.")
    } else {
      let named = weakest.map { "\($0.topic) (\(Int(($0.average * 100).rounded()))%)" }.joined(
        separator: ", ")
      lines.append("Weakest topics: \(named).")
      var lessons: [String] = []
      for topic in weakest.map(\.topic) {
        if let lesson = results.first(where: { $0.topic == topic })?.lesson, !lessons.contains(lesson) {
          lessons.append(lesson)
        }
      }
      lines.append("Read: " + lessons.map { "lesson \($0)" }.joined(separator: ", ") + ".")
    }
    return lines.joined(separator: "\n")
  }

  /// Shows a question and waits for its answer (alone, or as part of `sitting`).
  package mutating func present(_ question: InterviewQuestion, header: String, in sitting: Sitting?) -> String
  {
    practice = .asking(.interview(ActiveInterview(question: question)), in: sitting)
    return [
      styler.paint(header, .heading),
      MarkdownRenderer.render(Self.sanitizedLines(question.question), width: options.width, styler: styler),
      styler.paint("Answer in your own words, over one or more lines.", .dim),
      styler.paint("An empty line (or done) ends your answer; skip shows the model answer.", .dim),
    ].joined(separator: "\n")
  }

  /// The key points covered and missed, the model answer, and the request for a rating.
  private func feedback(_ question: InterviewQuestion, grade: InterviewGrade, skipped: Bool) -> String {
    var lines: [String] = []
    if skipped {
      lines.append("Skipped. The key points:")
    } else {
      lines.append(styler.paint("You covered \(grade.covered.count) of \(grade.total) key points.", .heading))
    }
    for point in question.keyPoints {
      let hit = grade.covered.contains(point)
      let mark =
        hit ? styler.paint(styler.symbols("✓"), .success) : styler.paint(styler.symbols("✗"), .failure)
      lines.append("  \(mark) \(TerminalText.sanitized(point.description))")
    }
    lines.append(styler.paint("Model answer:", .heading))
    lines.append(
      MarkdownRenderer.render(Self.sanitizedLines(question.modelAnswer), width: options.width, styler: styler)
    )
    if !question.sources.isEmpty {
      let sources = "Sources: " + question.sources.joined(separator: "; ")
      lines.append(
        MarkdownRenderer.render(Self.sanitizedLines(sources), width: options.width, styler: styler))
    }
    let title =
      course.loaded?.library.lesson(question.lesson).map { " (\(TerminalText.sanitized($0.title)))" } ?? ""
    lines.append("Read more: lesson \(question.lesson)\(title).")
    lines.append(styler.paint("How well did you know it? again, hard, good or easy (or 1 to 4).", .dim))
    return lines.joined(separator: "\n")
  }

  /// A generator for the next interview draw, from the session seed and the draws so far.
  private mutating func nextInterviewGenerator() -> SplitMix64 {
    course.interviewsAsked += 1
    return SplitMix64(seed: seed &+ course.interviewsAsked &* 0x5851_F42D)
  }

  /// Markdown text made safe for the terminal line by line (so its newlines stay newlines).
  package static func sanitizedLines(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.sanitized(String($0)) }
      .joined(separator: "\n")
  }

  /// `4.5`, `3` — one decimal, none when whole.
  package static func decimal(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
  }
}

extension ReviewRating {
  /// The scheduler's rating for a learner's self-rating of an open question.
  package init(selfRating: SelfRating) {
    switch selfRating {
    case .again: self = .again
    case .hard: self = .hard
    case .good: self = .good
    case .easy: self = .easy
    }
  }
}
