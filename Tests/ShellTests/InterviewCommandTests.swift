import Course
import CourseContent
import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// `interview question` and the mock interview `interview`, on the built-in content.
@Suite struct InterviewCommandTests {
  private func session(seed: UInt64 = 3) -> ShellSession { ShellSession(options: SessionOptions(seed: seed)) }

  /// The open question the session is waiting on.
  private func waiting(_ shell: ShellSession) throws -> InterviewQuestion {
    try #require(shell.tutor.practice.interview).question
  }

  @Test func anAnswerShowsPointsThenTheModelAnswerThenAsksForARating() throws {
    var shell = session()
    let asked = shell.execute("interview question quorum-two-leaders")
    #expect(asked.error == nil)
    #expect(asked.output.contains("Interview question · quorum · quorum-two-leaders"))
    #expect(asked.output.contains("An empty line (or done) ends your answer; skip shows the model answer."))
    #expect(shell.prompt == "answer")
    #expect(shell.execute("A majority of two leaders is two, so both must say yes.").output.isEmpty)
    #expect(shell.execute("In a partition neither side can write.").output.isEmpty)
    let graded = shell.execute("")
    #expect(graded.error == nil)
    #expect(graded.output.contains("You covered 2 of 5 key points."), "\(graded.output)")
    #expect(graded.output.contains("✓ A majority of two is two, so both must acknowledge"))
    #expect(graded.output.contains("✗ Use three voters, or two plus a witness (an even count survives"))
    #expect(graded.output.contains("Model answer:"))
    #expect(graded.output.contains("Sources: DynamoDB: AWS, DynamoDB global tables documentation"))
    #expect(graded.output.contains("Galera: Galera Cluster documentation"))
    #expect(graded.output.contains("lesson quorum"))
    #expect(shell.prompt == "rate")
    let rated = shell.execute("good")
    #expect(rated.output.hasPrefix("Rated good."))
    #expect(shell.prompt == "multileader")
    #expect(
      shell.interviewRatings == [
        InterviewRating(
          questionID: "quorum-two-leaders", topic: "quorum", rating: .good, covered: 2, total: 5)
      ])
  }

  @Test func doneEndsAnAnswerAndSkipShowsTheModelAnswer() throws {
    var shell = session()
    _ = shell.execute("interview question crdts")
    let question = try waiting(shell)
    _ = shell.execute(question.modelAnswer.split(separator: "\n").joined(separator: " "))
    let graded = shell.execute("DONE")
    #expect(graded.output.contains("You covered \(question.keyPoints.count) of \(question.keyPoints.count)"))
    _ = shell.execute("4")
    #expect(shell.interviewRatings.last?.rating == .easy)

    _ = shell.execute("interview question crdts")
    let skipped = shell.execute("skip")
    #expect(skipped.output.hasPrefix("Skipped. The key points:"))
    #expect(!skipped.output.contains("✓"))
    _ = shell.execute("again")
    #expect(
      shell.interviewRatings.last
        == InterviewRating(questionID: "crdts", topic: "crdts", rating: .again, covered: 0, total: 6))
  }

  @Test func aSelfRatingIsRecordedAsAReviewOfTheQuestionsCard() throws {
    var shell = session()
    _ = shell.execute("interview question quorum-two-leaders")
    _ = shell.execute("Both leaders must say yes.")
    _ = shell.execute("")
    _ = shell.execute("hard")
    let cards = try shell.tutor.course.progress.cards()
    let card = try #require(cards.first { $0.id == "interview/quorum-two-leaders" })
    #expect(card.reps == 1)
  }

  @Test func aTopicPicksOneOfItsQuestions() throws {
    var shell = session()
    _ = shell.execute("interview question real-databases")
    #expect(try waiting(shell).topic == "real-databases")
  }

  @Test func askingATopicAgainMovesOnToAQuestionNotYetRated() throws {
    var shell = session()
    _ = shell.execute("interview question quorum")
    let first = try waiting(shell)
    _ = shell.execute("skip")
    _ = shell.execute("good")
    _ = shell.execute("interview question quorum")
    let second = try waiting(shell)
    #expect(second.topic == "quorum" && second.id != first.id)
  }

  @Test func badInputGetsAMessageAndASecondChance() throws {
    var shell = session()
    _ = shell.execute("interview question timestamps")
    for bad in ["", "   ", "done", String(repeating: "z", count: 5_000), "\u{1B}[2J", "a\u{0}b"] {
      let outcome = shell.execute(bad)
      #expect(outcome.error != nil, "\(bad.prefix(10))")
      #expect(shell.tutor.practice.interview?.lines.isEmpty == true)
      #expect(shell.prompt == "answer")
    }
    _ = shell.execute("The highest timestamp wins.")
    _ = shell.execute("")
    for bad in ["", "great", "5", String(repeating: "x", count: 3_000)] {
      #expect(shell.execute(bad).error != nil)
      #expect(shell.prompt == "rate")
    }
    #expect(shell.execute("hard").error == nil)
    #expect(shell.prompt == "multileader")
  }

  @Test func unknownIdsAndTopicsListTheValidOnes() {
    var shell = session()
    let outcome = shell.execute("interview question nosuch")
    #expect(outcome.error?.contains("There is no interview question or topic 'nosuch'.") == true)
    #expect(outcome.error?.contains("The topics are: basics,") == true)
    #expect(outcome.error?.contains("quorum-two-leaders") == true)
    #expect(shell.execute("interview question a b").error != nil)
    #expect(shell.execute("interview questions").error != nil)
    #expect(shell.execute("interview --questions 0").error != nil)
    #expect(shell.execute("interview question --minutes 3").error != nil)
    #expect(shell.prompt == "multileader")
  }

  @Test func helpAndQuitStillWorkWhileAnswering() {
    var shell = session()
    _ = shell.execute("interview question lamport-clocks")
    #expect(shell.execute("help interview").output.contains("interview question"))
    #expect(shell.prompt == "answer")
    #expect(shell.execute("quit").shouldQuit)
  }

  @Test func aMockInterviewMixesOpenAndModelCheckedQuestionsAndScoresThem() throws {
    var shell = session()
    let started = shell.execute("interview --questions 4")
    #expect(started.output.contains("Mock interview: 4 questions"))
    #expect(started.output.contains("Question 1 of 4 · open"))
    #expect(shell.prompt == "mock 1/4 answer")
    // 1: the open question answered with its own model answer.
    let first = try waiting(shell)
    _ = shell.execute(first.modelAnswer.split(separator: "\n").joined(separator: " "))
    _ = shell.execute("")
    #expect(shell.prompt == "mock 1/4 rate")
    let second = shell.execute("good")
    #expect(second.output.contains("Question 2 of 4 · checked by the model"))
    // 2: a quiz question answered right.
    let quiz = try #require(shell.tutor.practice.quiz)
    #expect(shell.prompt == "mock 2/4 quiz")
    let third = shell.execute(quiz.question.expected.description)
    #expect(third.output.contains("Right."))
    #expect(third.output.contains("Question 3 of 4 · open"))
    // 3: the open question answered badly.
    let weak = try waiting(shell)
    _ = shell.execute("No idea, sorry.")
    _ = shell.execute("")
    _ = shell.execute("again")
    // 4: a quiz question skipped.
    let weakQuiz = try #require(shell.tutor.practice.quiz).question.instance.template
    let end = shell.execute("skip")
    #expect(end.output.contains("Mock interview over: 2 of 4 (50%)."), "\(end.output)")
    #expect(
      end.output.contains(
        "1. open · \(first.topic) · \(first.id): \(first.keyPoints.count)/\(first.keyPoints.count) points"))
    #expect(end.output.contains("3. open · \(weak.topic) · \(weak.id): 0/\(weak.keyPoints.count) points"))
    #expect(end.output.contains("4. quiz · \(weakQuiz.topic) · \(weakQuiz.id): skipped"))
    #expect(end.output.contains("Weakest topics: "))
    #expect(end.output.contains(weak.topic) && end.output.contains("lesson \(weak.lesson)"))
    #expect(shell.tutor.practice.mock == nil)
    #expect(shell.prompt == "multileader")
    #expect(shell.interviewRatings.map(\.rating) == [.good, .again])
  }

  @Test func stopEndsAMockInterviewWithTheScoreSoFar() {
    var shell = session()
    _ = shell.execute("interview --questions 3")
    // Every line is the answer while a question waits, even one that looks like a command.
    #expect(shell.execute("interview question").error == nil)
    #expect(shell.tutor.practice.interview?.lines == ["interview question"])
    let stopped = shell.execute("stop")
    #expect(stopped.output.contains("Stopped."))
    #expect(stopped.output.contains("no question was answered"))
    #expect(shell.tutor.practice.mock == nil && shell.tutor.practice.interview == nil)
  }

  @Test func theTimeBudgetUsesTheClockTheExecutablePassesIn() throws {
    var shell = session()
    let started = shell.execute(
      "interview --questions 5 --minutes 2",
      at: LearnerTime(Moment(secondsSince1970: 0), wallClockSeconds: 100))
    #expect(started.output.contains("5 questions in 2 minutes"))
    #expect(started.output.contains("2 min left"))
    _ = shell.execute("An answer.")
    _ = shell.execute("")
    let end = shell.execute("hard", at: LearnerTime(Moment(secondsSince1970: 0), wallClockSeconds: 100 + 121))
    #expect(end.output.contains("Time is up."))
    #expect(end.output.contains("Mock interview over:"))
    #expect(shell.tutor.practice.mock == nil)
  }

  @Test func withoutAClockOnlyTheQuestionsCount() {
    var shell = session()
    let started = shell.execute("interview --questions 1 --minutes 2")
    #expect(started.output.contains("no clock here, so --minutes 2 is not enforced"))
    _ = shell.execute("skip")
    #expect(shell.execute("easy").output.contains("Mock interview over: 0 of 1 (0%)."))
  }

  @Test func weakestTopicsAreTheLowestAveragesBelowFull() {
    func result(_ topic: String, _ score: Double) -> MockResult {
      MockResult(open: true, id: topic, topic: topic, lesson: topic, score: score, verdict: "")
    }
    let results = [
      result("quorum", 1), result("crdts", 0.5), result("crdts", 0), result("clocks", 0.25),
      result("design", 0.8),
      result("basics", 0.25),
    ]
    #expect(MockScoring.total(results) == 2.8)
    let weakest = MockScoring.weakestTopics(results)
    #expect(weakest.map(\.topic) == ["basics", "clocks", "crdts"])
    #expect(weakest.map(\.average) == [0.25, 0.25, 0.25])
    #expect(MockScoring.weakestTopics([result("quorum", 1)]).isEmpty)
    #expect(Tutor.decimal(2.8) == "2.8" && Tutor.decimal(3) == "3")
  }

  @Test func completionOffersTheWordQuestionThenTopicsAndIds() {
    var shell = session()
    #expect(shell.completions(forLine: "interview q", wordStart: 10) == ["question"])
    let candidates = shell.completions(forLine: "interview question quo", wordStart: 19)
    #expect(candidates == ["quorum", "quorum-arithmetic", "quorum-two-leaders"])
    #expect(shell.completions(forLine: "interview --m", wordStart: 10) == ["--minutes"])
  }
}
