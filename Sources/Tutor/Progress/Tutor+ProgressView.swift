import Course
import TerminalUI
import Workbench

/// Challenges solved, for `progress` and `plan`.
package struct ChallengeTally: Hashable, Sendable {
  /// Challenges solved at least once.
  package var solved: Int
  /// Challenges in the course.
  package var total: Int
  /// Of the solved ones, solved in no more commands than the reference solution (par).
  package var atPar: Int
}

extension Tutor {
  /// `progress`: lessons read, scenarios finished, cards and mastery per topic (weakest first),
  /// the streak, the reviews due (the very ones `review` asks) and the single best next step.
  package mutating func progressView() throws(ShellError) -> String {
    let library = course.library()
    let cards = attempt { store throws(ProgressFailure) in try store.cards() } ?? []
    let log = attempt { store throws(ProgressFailure) in try store.reviews() } ?? []
    let agenda = reviewAgenda()
    let streak = Self.streak(log: log, today: today, utcOffset: course.utcOffset)
    let place = course.place
    let lessonsRead = library.lessons.filter { place.lessonsRead.contains($0.id) }.count
    let finished = library.scenarios.filter { place.scenariosFinished.contains($0.id) }.count
    var lines = [
      styler.paint("Progress", .heading)
        + styler.symbols(
          " · streak \(streak) day" + (streak == 1 ? "" : "s") + " · \(counted(log.count, "review")) in all"),
      "Lessons read: \(lessonsRead) of \(library.lessons.count)"
        + styler.symbols(" · scenarios finished: \(finished) of \(library.scenarios.count)"),
    ]
    if let challenges = challengeTally() {
      lines.append(
        "Challenges solved: \(challenges.solved) of \(challenges.total) (\(challenges.atPar) at par)")
    }
    let strengths = topicStrengths(library: library, cards: cards)
    let dueIDs = Set(agenda.due.map(\.id))
    let heading = "topic (weakest first)"
    let width = max(heading.count, strengths.map(\.topic.count).max() ?? 5)
    lines.append(styler.bold(pad(heading, width) + "  cards  mastered  recall  due"))
    for strength in strengths {
      let due = library.quizzes.filter {
        $0.topic == strength.topic && dueIDs.contains(CardID.quiz(template: $0.id).description)
      }.count
      lines.append(
        pad(TerminalText.sanitized(strength.topic), width) + "  "
          + pad("\(strength.seen)/\(strength.questions)", 5)
          + "  " + pad("\(strength.mastered)", 8) + "  " + pad(strength.recallPercent, 6) + "  \(due)")
    }
    lines += otherCardsLine(cards: cards, dueIDs: dueIDs)
    lines.append(dueLine(agenda))
    lines.append(styler.bold("next: ") + nextStep(agenda: agenda, library: library))
    return lines.joined(separator: "\n")
  }

  /// The challenges solved, from the progress store; `nil` when the course has no challenges
  /// (the line is then left out).
  package mutating func challengeTally() -> ChallengeTally? {
    let challenges = course.library().challenges
    guard !challenges.isEmpty else { return nil }
    let records = solvedChallenges()
    let solved = challenges.compactMap { challenge in records[challenge.id].map { (challenge, $0) } }
    return ChallengeTally(
      solved: solved.count, total: challenges.count,
      atPar: solved.filter { $0.1.bestCommands <= $0.0.par }.count)
  }

  /// Each quiz topic's strength now, weakest first.
  package func topicStrengths(library: ContentLibrary, cards: [ReviewCard]) -> [TopicStrength] {
    let questions = Dictionary(grouping: library.quizzes, by: \.topic).mapValues {
      $0.map { CardID.quiz(template: $0.id).description }
    }
    return TopicStrength.ranked(questions: questions, cards: cards, now: course.now)
  }

  /// The reviews due, as `review` will ask them, and the new questions it adds today.
  private func dueLine(_ agenda: ReviewAgenda) -> String {
    var text = "Reviews due: \(agenda.due.count)"
    if agenda.dueOverLimit > 0 {
      text += " (and \(agenda.dueOverLimit) over today's limit of \(agenda.limits.reviews))"
    }
    if !agenda.laterToday.isEmpty {
      text += ", \(agenda.laterToday.count) more later today"
    }
    text +=
      " · new today: \(agenda.new.count) of \(agenda.unseen) not yet seen (limit \(agenda.limits.newCards) a day"
      + (agenda.today.newCards > 0 ? ", \(agenda.today.newCards) already)" : ")")
    return styler.symbols(text)
  }

  /// Interview and prediction cards, which have no row in the topic table.
  private func otherCardsLine(cards: [ReviewCard], dueIDs: Set<String>) -> [String] {
    let others = cards.filter {
      if case .quiz = CardID($0.id) { return false }
      return true
    }
    guard !others.isEmpty else { return [] }
    let interviews = others.filter {
      if case .interview = CardID($0.id) { return true }
      return false
    }.count
    let predictions = others.count - interviews
    let due = others.filter { dueIDs.contains($0.id) }.count
    return [
      "Also on the schedule: \(interviews) interview question\(interviews == 1 ? "" : "s") you rated and "
        + "\(predictions) wrong prediction\(predictions == 1 ? "" : "s") (\(due) due now)."
    ]
  }

  /// The single best next step, as the command to type and why.
  package mutating func nextStep(agenda: ReviewAgenda, library: ContentLibrary) -> String {
    if !agenda.due.isEmpty {
      return "review (\(counted(agenda.due.count, "question")) due)"
    }
    if let id = course.place.scenario, let scenario = library.scenario(id),
      course.place.step < scenario.steps.count
    {
      return "next (step \(course.place.step + 1) of \(scenario.steps.count) of scenario \(scenario.id))"
    }
    if let lesson = nextLesson(library) {
      return "lesson \(lesson.id) (\(TerminalText.sanitized(lesson.title)))"
    }
    if let scenario = library.scenarios.first(where: { !course.place.scenariosFinished.contains($0.id) }) {
      return "scenario \(scenario.id) (\(TerminalText.sanitized(scenario.title)))"
    }
    if !agenda.new.isEmpty {
      return "review (\(counted(agenda.new.count, "new question")))"
    }
    return "interview (a mock interview: every lesson and scenario is done and nothing is due)"
  }

  /// The first unread lesson, in course order, whose required lessons are read; the first unread
  /// one when none has its requirements read.
  package func nextLesson(_ library: ContentLibrary) -> Lesson? {
    let read = course.place.lessonsRead
    let unread = library.lessons.filter { !read.contains($0.id) }
    return unread.first { $0.requires.allSatisfy(read.contains) } ?? unread.first
  }

  /// Days in a row with at least one review, ending today (or yesterday when today has none yet);
  /// days are counted `utcOffset` seconds ahead of UTC.
  package static func streak(log: [ReviewRecord], today: Int, utcOffset: Int = 0) -> Int {
    let days = Set(log.map { $0.time.dayNumber(utcOffsetSeconds: utcOffset) })
    var day = days.contains(today) ? today : today - 1
    var count = 0
    while days.contains(day) {
      count += 1
      day -= 1
    }
    return count
  }

  private func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }
}
