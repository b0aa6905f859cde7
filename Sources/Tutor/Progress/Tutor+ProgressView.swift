import Course
import TerminalUI
import Workbench

extension Tutor {
  /// `progress`: mastery per topic, the streak and what is due.
  package mutating func progressView() throws(ShellError) -> String {
    let library = course.library()
    let cards = attempt { store throws(ProgressFailure) in try store.cards() } ?? []
    let log = attempt { store throws(ProgressFailure) in try store.reviews() } ?? []
    let today = self.today
    let offset = course.utcOffset
    let byID = Dictionary(cards.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let topics = library.quizTopics
    let width = max(5, topics.map(\.count).max() ?? 5)
    let streak = Self.streak(log: log, today: today, utcOffset: offset)
    var lines = [
      styler.paint("Progress", .heading)
        + styler.symbols(
          " · streak \(streak) day" + (streak == 1 ? "" : "s") + " · \(counted(log.count, "review")) in all"),
      styler.bold(pad("topic", width) + "  seen  mastered  due today"),
    ]
    var dueTotal = 0
    for topic in topics {
      let templates = library.quizzes.filter { $0.topic == topic }
      let topicCards = templates.compactMap { byID[CardID.quiz(template: $0.id).description] }
      let mastered = topicCards.filter(\.isMastered).count
      let due = topicCards.filter { $0.due.dayNumber(utcOffsetSeconds: offset) <= today }.count
      dueTotal += due
      lines.append(
        pad(TerminalText.sanitized(topic), width) + "  " + pad("\(topicCards.count)/\(templates.count)", 4)
          + "  " + pad("\(mastered)", 8) + "  \(due)")
    }
    let unseen = library.quizzes.filter { byID[CardID.quiz(template: $0.id).description] == nil }.count
    let newToday = max(
      0, reviewLimits().newCards - DayCounts(day: today, log: log, utcOffset: offset).newCards)
    let others = cards.filter {
      if case .quiz = CardID($0.id) { return false }
      return true
    }
    if !others.isEmpty {
      let interviews = others.filter {
        if case .interview = CardID($0.id) { return true }
        return false
      }.count
      let othersDue = others.filter { $0.due.dayNumber(utcOffsetSeconds: offset) <= today }.count
      dueTotal += othersDue
      lines.append(
        "Also on the schedule: \(interviews) interview question\(interviews == 1 ? "" : "s") you rated and "
          + "\(others.count - interviews) wrong prediction\(others.count - interviews == 1 ? "" : "s") "
          + "(\(othersDue) due today).")
    }
    lines.append(
      "Due today: \(dueTotal) review\(dueTotal == 1 ? "" : "s"), and \(min(unseen, newToday)) new "
        + "question\(min(unseen, newToday) == 1 ? "" : "s") (of \(unseen) not yet seen). review asks them.")
    return lines.joined(separator: "\n")
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
