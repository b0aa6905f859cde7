import Course
import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// `progress` and `review` count the same due and new cards (one ``ReviewAgenda``), and the daily
/// new-card limit holds wherever a card is first answered.
@Suite struct ReviewAgendaAgreementTests {
  /// 09:00 UTC on 2023-11-14.
  private let morning = Moment(
    secondsSince1970: Double(Moment(secondsSince1970: 1_700_000_000).dayNumber) * 86_400 + 9 * 3_600)

  private func session(_ store: InMemoryProgress, at time: Moment) -> ShellSession {
    var shell = ShellSession(options: SessionOptions(seed: 3))
    shell.attachProgress(store)
    _ = shell.execute("", at: LearnerTime(time))
    return shell
  }

  private func flat(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// Observed: `progress` said 9 reviews were due while `review` said nothing was due (the cards
  /// fell due at 15:00, and it was 09:00).
  @Test func cardsDueLaterTodayAreDueForProgressAndForReviewAlike() throws {
    let store = InMemoryProgress()
    var shell = session(store, at: morning)
    let ids = shell.tutor.course.library().quizzes.prefix(9).map(\.id)
    #expect(ids.count == 9)
    // Answered right four days ago at 15:00: FSRS's first interval for good is 4 days.
    for id in ids {
      store.record(
        ReviewRecord(
          cardID: id, topic: "t", time: morning.adding(days: -4 + 0.25), rating: .good, source: .model))
    }
    #expect(store.cards().allSatisfy { $0.due > morning && $0.due.dayNumber == morning.dayNumber })
    let progress = flat(shell.execute("progress").output)
    #expect(progress.contains("Reviews due: 9 "), "\(progress)")
    #expect(progress.contains("next: review (9 questions due)"), "\(progress)")
    let review = shell.execute("review --new 0")
    #expect(review.output.contains("Review: 9 due, 0 new"), "\(review.output)")
  }

  /// A card answered wrong comes back ten minutes later, not sooner: `progress` says it comes later
  /// today and does not count it as due, and `review` does not ask it yet.
  @Test func aRelearningCardIsLaterTodayInBoth() throws {
    let store = InMemoryProgress()
    var shell = session(store, at: morning)
    let id = try #require(shell.tutor.course.library().quizzes.first?.id)
    store.record(ReviewRecord(cardID: id, topic: "t", time: morning, rating: .again, source: .model))
    let progress = flat(shell.execute("progress").output)
    #expect(progress.contains("Reviews due: 0, 1 more later today"), "\(progress)")
    let review = shell.execute("review --new 0")
    #expect(
      review.output.contains("Nothing is due (today: 1 new, 0 reviews); the next card is due in 10 min"))
    _ = shell.execute("", at: LearnerTime(morning.adding(days: 11 / 1_440)))
    #expect(flat(shell.execute("progress").output).contains("Reviews due: 1 "))
    #expect(shell.execute("review --new 0").output.contains("Review: 1 due, 0 new"))
  }

  /// Observed: `review` reported 24 new cards against a limit of 20, because quiz answers (and
  /// predictions, and rated interview questions) put new cards on the schedule past the limit.
  @Test func aQuizAnswerPastTheNewCardLimitIsNotScheduled() throws {
    let store = InMemoryProgress()
    var shell = session(store, at: morning)
    #expect(shell.execute("review limits 2 100").error == nil)
    let library = shell.tutor.course.library()
    let started = shell.execute("review")
    #expect(started.output.contains("Review: 0 due, 2 new"), "\(started.output)")
    _ = shell.execute("skip")
    _ = shell.execute("skip")
    #expect(store.cards().count == 2)
    let asked = Set(store.cards().map(\.id))
    let topic = try #require(
      library.quizTopics.first { topic in
        library.quizzes.filter { $0.topic == topic }.allSatisfy { !asked.contains($0.id) }
      })
    _ = shell.execute("quiz \(topic)")
    let skipped = shell.execute("skip")
    #expect(skipped.notices.contains { $0.contains("Not put on your review schedule") }, "\(skipped.notices)")
    #expect(store.cards().count == 2, "the limit of 2 new cards a day holds for quiz answers too")
    let review = shell.execute("review")
    #expect(review.output.contains("Nothing is due (today: 2 new, 0 reviews)"), "\(review.output)")
    let progress = flat(shell.execute("progress").output)
    #expect(
      progress.contains(
        "new today: 0 of \(library.quizzes.count - 2) not yet seen (limit 2 a day, 2 already)"), "\(progress)"
    )
    // The next day the question is new again, within that day's limit.
    _ = shell.execute("", at: LearnerTime(morning.adding(days: 1)))
    #expect(shell.execute("review").output.contains("Review: 2 due, 2 new"))
  }

  /// `progress` lists the lessons read, the scenarios finished and the topics weakest first.
  @Test func progressCoversLessonsScenariosAndTopicsWeakestFirst() throws {
    let store = InMemoryProgress()
    var shell = session(store, at: morning)
    let library = shell.tutor.course.library()
    let scenario = try #require(library.scenarios.first)
    _ = shell.execute("lesson")
    _ = shell.execute("scenario \(scenario.id)")
    for _ in scenario.steps { _ = shell.execute("next") }
    #expect(store.place().scenariosFinished == [scenario.id])
    // One topic known well, the rest not at all: the known one is listed last.
    let known = try #require(library.quizzes.first)
    for day in [-30.0, -20, -1] {
      store.record(
        ReviewRecord(
          cardID: known.id, topic: known.topic, time: morning.adding(days: day), rating: .easy, source: .model
        ))
    }
    let output = shell.execute("progress").output
    let text = flat(output)
    #expect(text.contains("Lessons read: 1 of \(library.lessons.count)"), "\(text)")
    #expect(text.contains("scenarios finished: 1 of \(library.scenarios.count)"), "\(text)")
    let rows = output.split(separator: "\n").filter { line in
      library.quizTopics.contains { line.hasPrefix($0 + " ") }
    }
    #expect(rows.count == library.quizTopics.count)
    #expect(rows.last?.hasPrefix(known.topic + " ") == true, "\(output)")
    #expect(text.contains("next: lesson "), "\(text)")
    #expect(text.contains("Challenges solved: 0 of \(library.challenges.count) (0 at par)"), "\(text)")
  }
}
