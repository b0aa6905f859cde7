import Course
import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// `plan` and `today` over simulated days: the learner's clock is passed in with each line.
@Suite struct StudyPlanTests {
  /// 09:00 UTC on 2023-11-14.
  private let day0 = Moment(
    secondsSince1970: Double(Moment(secondsSince1970: 1_700_000_000).dayNumber) * 86_400 + 9 * 3_600)

  private func session(_ store: InMemoryProgress) -> ShellSession {
    var shell = ShellSession(options: SessionOptions(seed: 3))
    shell.attachProgress(store)
    _ = shell.execute("", at: LearnerTime(day0))
    return shell
  }

  private func layout(_ shell: inout ShellSession, on day: Int) throws -> StudyPlanner.Layout {
    _ = shell.execute("", at: LearnerTime(day0.adding(days: Double(day))))
    let saved = shell.tutor.savedPlan()
    let plan = try #require(saved)
    return shell.tutor.planLayout(plan)
  }

  /// The lessons and scenarios of a layout, in order (reviews and extra questions left out).
  private func work(_ items: [StudyItem]) -> [StudyItem] {
    items.filter {
      switch $0 {
      case .lesson, .scenario, .challenge: true
      case .review, .quiz, .interview: false
      }
    }
  }

  @Test func planAsksTheDaysAndTheMinutesAsAPersonTypesThem() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    let asked = shell.execute("plan")
    #expect(asked.output.contains("How many days until the interview?"))
    #expect(shell.prompt == "plan")
    let unclear = shell.execute("soon")
    #expect(unclear.error?.contains("'soon' is not a number of days") == true, "\(unclear)")
    #expect(shell.execute("five days").output.contains("How many minutes a day?"))
    let made = shell.execute("half an hour")
    #expect(
      made.output.contains("Study plan · 5 days left until the interview · 30 min a day"), "\(made.output)")
    #expect(shell.prompt == "multileader")
    #expect(
      store.studyPlan()
        == StudyPlan(startDay: day0.dayNumber, interviewDay: day0.dayNumber + 5, minutesPerDay: 30))
    #expect(shell.execute("plan clear").output.contains("The plan is cleared."))
    #expect(store.studyPlan() == nil)
    #expect(shell.execute("today").output.contains("There is no study plan: plan makes one."))
    _ = shell.execute("plan")
    #expect(shell.execute("").output == "No plan was made.")
    #expect(shell.execute("plan --days 5").error?.contains("both --days and --minutes") == true)
    #expect(shell.execute("plan --days 0 --minutes 30").error != nil)
  }

  @Test func aLearnerWhoDoesTodaysItemsSeesThemDropOff() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    _ = shell.execute("plan --days 5 --minutes 60")
    let first = try layout(&shell, on: 0)
    #expect(first.days.count == 5)
    let todays = work(first.days[0].items)
    #expect(!todays.isEmpty)
    // Each line of `today` names the command to type.
    let today = shell.execute("today").output
    for item in todays { #expect(today.contains(item.command), "\(today)") }
    for item in todays {
      switch item {
      case .lesson(let id, _): _ = shell.execute("lesson \(id)")
      case .scenario(let id, _, let steps):
        _ = shell.execute("scenario \(id)")
        for _ in 0..<steps { _ = shell.execute("next") }
      case .challenge(let id, _, _):
        let challenge = try #require(shell.tutor.course.library().challenge(id))
        _ = shell.execute("challenge \(id)")
        for line in challenge.solution.commands { _ = shell.execute(line.text) }
      default: break
      }
    }
    let after = shell.execute("today").output
    for item in todays { #expect(!after.contains(item.command + " "), "\(after)") }
    // The next day: four days left, and none of yesterday's work comes back.
    let next = try layout(&shell, on: 1)
    #expect(next.days.count == 4)
    let remaining = work(next.days.flatMap(\.items) + next.leftOver)
    #expect(todays.allSatisfy { !remaining.contains($0) })
    #expect(remaining == Array(work(first.days.flatMap(\.items) + first.leftOver).dropFirst(todays.count)))
  }

  @Test func challengesComeAfterTheirLessonAndDropOffOnceSolved() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    _ = shell.execute("plan --days 30 --minutes 240")
    let planned = work(try layout(&shell, on: 0).days.flatMap(\.items))
    let library = shell.tutor.course.library()
    #expect(
      planned.filter { if case .challenge = $0 { true } else { false } }.count == library.challenges.count)
    for challenge in library.challenges {
      let at = try #require(
        planned.firstIndex(of: .challenge(id: challenge.id, title: challenge.title, par: challenge.par)))
      let lesson = try #require(challenge.lesson)
      let read = try #require(planned.firstIndex { if case .lesson(lesson, _) = $0 { true } else { false } })
      #expect(read < at, "\(challenge.id) comes after lesson \(lesson)")
    }
    let first = try #require(library.challenges.first)
    _ = shell.execute("challenge \(first.id)")
    for line in first.solution.commands { _ = shell.execute(line.text) }
    let after = work(try layout(&shell, on: 0).days.flatMap(\.items))
    #expect(!after.contains(.challenge(id: first.id, title: first.title, par: first.par)))
  }

  @Test func aMissedDayIsSpreadOverTheDaysLeft() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    _ = shell.execute("plan --days 4 --minutes 120")
    let planned = try layout(&shell, on: 0)
    let allWork = work(planned.days.flatMap(\.items) + planned.leftOver)
    // Nothing done on day 0 or day 1: on day 2 the same work is laid over the two days left.
    let late = try layout(&shell, on: 2)
    #expect(late.days.count == 2)
    #expect(work(late.days.flatMap(\.items) + late.leftOver) == allWork)
    #expect(late.days[0].items.contains(allWork[0]), "the missed first item comes first")
    #expect(work(late.days[0].items).count >= work(planned.days[0].items).count)
    // On the interview day the plan has ended.
    _ = try layout(&shell, on: 4)
    #expect(shell.execute("today").output.contains("The interview day has come"))
  }

  @Test func aWeakTopicGetsMoreQuestions() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    let library = shell.tutor.course.library()
    let weak = try #require(library.quizTopics.last)
    // Every question known well for weeks, but the weak topic's, which was forgotten.
    for quiz in library.quizzes {
      for day in [-40.0, -30, -2] {
        let rating: ReviewRating = quiz.topic == weak ? .again : .easy
        store.record(
          ReviewRecord(
            cardID: quiz.id, topic: quiz.topic, time: day0.adding(days: day), rating: rating, source: .model))
      }
    }
    _ = shell.execute("plan --days 3 --minutes 120")
    let layout = try layout(&shell, on: 0)
    let quizzes = layout.days.flatMap(\.items).filter {
      if case .quiz = $0 { return true }
      return false
    }
    #expect(quizzes.first == .quiz(topic: weak), "\(quizzes)")
    #expect(quizzes.allSatisfy { $0 == .quiz(topic: weak) }, "only the weak topic gets extra questions")
    #expect(shell.execute("progress").output.contains("topic (weakest first)"))
    let progress = shell.execute("progress").output.split(separator: "\n")
    let firstRow = try #require(progress.firstIndex { $0.hasPrefix("topic (weakest first)") })
    #expect(progress[firstRow + 1].hasPrefix(weak + " "), "\(progress)")
  }
}
