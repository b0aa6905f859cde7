import Course
import TerminalUI
import Workbench

extension Tutor {
  /// `plan show`: the plan day by day, from today.
  package mutating func planView() throws(ShellError) -> String {
    guard let plan = savedPlan() else {
      throw ShellError("There is no study plan yet.", hint: "plan asks two questions and makes one.")
    }
    let days = plan.daysLeft(today: today)
    guard days > 0 else {
      return "The interview day has come (the plan ended). Good luck! plan makes a new plan."
    }
    let layout = planLayout(plan)
    let column = Self.commandColumn(layout.days.flatMap(\.items))
    var lines = [
      styler.paint("Study plan", .heading)
        + styler.symbols(
          " · \(counted(days, "day")) left until the interview · \(plan.minutesPerDay) min a day")
    ]
    for day in layout.days {
      let offset = day.day - today
      let name = offset == 0 ? "Today" : offset == 1 ? "Tomorrow" : "Day \(offset + 1)"
      lines.append(styler.bold(name) + styler.paint(styler.symbols(" · about \(day.minutes) min"), .dim))
      lines += day.items.map { "  " + itemLine($0, column: column) }
    }
    if !layout.leftOver.isEmpty {
      let minutes = layout.leftOver.map(\.minutes).reduce(0, +)
      let needed = plan.minutesPerDay + (minutes + days - 1) / days
      lines.append(
        styler.paint(
          "Does not fit: \(counted(layout.leftOver.count, "more item", plural: "more lessons, scenarios and challenges")) "
            + "(about \(minutes) min). plan --days \(days) --minutes \(needed) makes room for them.", .dim))
    }
    lines.append(styler.paint("today shows today's list; it changes as you go.", .dim))
    return OutputFitter.fit(lines.joined(separator: "\n"), width: options.width)
  }

  /// `today`: what is left to do today, each with the command to type.
  package mutating func todayView() -> String {
    let library = course.library()
    guard let plan = savedPlan() else {
      let agenda = reviewAgenda()
      return "There is no study plan: plan makes one.\n" + styler.bold("next: ")
        + nextStep(agenda: agenda, library: library)
    }
    let days = plan.daysLeft(today: today)
    guard days > 0, let day = planLayout(plan).days.first else {
      return "The interview day has come (the plan ended). Good luck! plan makes a new plan."
    }
    let done = DayCounts(
      day: today, log: attempt { store throws(ProgressFailure) in try store.reviews() } ?? [],
      utcOffset: course.utcOffset)
    var lines = [
      styler.paint("Today", .heading)
        + styler.symbols(
          " · \(counted(days, "day")) left until the interview · about \(day.minutes) of \(plan.minutesPerDay) min"
        )
    ]
    if done.newCards + done.reviews > 0 {
      lines.append(
        styler.paint("Done today: \(done.newCards) new and \(counted(done.reviews, "review")).", .dim))
    }
    let column = Self.commandColumn(day.items)
    lines += day.items.map { "  " + styler.symbols("[ ] ") + itemLine($0, column: column) }
    if day.items.isEmpty { lines.append("Nothing left for today. plan show shows the days ahead.") }
    return OutputFitter.fit(lines.joined(separator: "\n"), width: options.width)
  }

  /// The width of the command column: the longest command, within reason.
  private static func commandColumn(_ items: [StudyItem]) -> Int {
    min(34, items.map(\.command.count).max() ?? 0) + 2
  }

  private func itemLine(_ item: StudyItem, column: Int) -> String {
    let command = TerminalText.sanitized(item.command)
    let pad = String(repeating: " ", count: max(2, column - command.count))
    return styler.bold(command) + pad + TerminalText.sanitized(item.summary)
      + styler.paint(styler.symbols(" · \(item.minutes) min"), .dim)
  }
}
