/// A study plan as the progress store keeps it: when the interview is and how long a day the
/// learner studies. What to do each day is laid out afresh from progress (``StudyPlanner``), so
/// done items drop off and a missed day's items are spread over the days left.
public struct StudyPlan: Hashable, Sendable {
  /// The learner's calendar day the plan was made (day 0 is 1970-01-01).
  public var startDay: Int
  /// The day of the interview: the plan's days run up to the day before it.
  public var interviewDay: Int
  /// Minutes a day.
  public var minutesPerDay: Int

  /// The accepted days until the interview.
  public static let dayRange = 1...365
  /// The accepted minutes a day.
  public static let minuteRange = 5...720

  /// A plan made on `startDay` for an interview on `interviewDay`, `minutesPerDay` minutes a day.
  public init(startDay: Int, interviewDay: Int, minutesPerDay: Int) {
    self.startDay = startDay
    self.interviewDay = interviewDay
    self.minutesPerDay = minutesPerDay
  }

  /// Days of study left on `today`, today included (0 on the interview day and after).
  public func daysLeft(today: Int) -> Int { max(0, interviewDay - today) }
}

/// One thing to do on a day of the plan, with the command that does it.
public enum StudyItem: Hashable, Sendable {
  /// The day's reviews: `due` due cards and `new` new ones when known (today), `nil` for a later day.
  case review(due: Int?, new: Int?)
  /// A lesson to read.
  case lesson(id: String, title: String)
  /// A scenario to step through.
  case scenario(id: String, title: String, steps: Int)
  /// Extra questions on a weak topic.
  case quiz(topic: String)
  /// A mock interview (the last day).
  case interview
  /// A challenge to solve; `par` is the length of its reference solution.
  case challenge(id: String, title: String, par: Int)

  /// The command to type.
  public var command: String {
    switch self {
    case .review: "review"
    case .lesson(let id, _): "lesson \(id)"
    case .scenario(let id, _, _): "scenario \(id)"
    case .quiz(let topic): "quiz \(topic)"
    case .interview: "interview"
    case .challenge(let id, _, _): "challenge \(id)"
    }
  }

  /// About how many minutes it takes.
  public var minutes: Int {
    switch self {
    case .review(let due, let new): max(5, (due ?? 0) + (new ?? 0))
    case .lesson: 10
    case .scenario(_, _, let steps): max(5, 2 * steps)
    case .quiz: 5
    case .interview: 20
    case .challenge(_, _, let par): max(5, 2 * par)
    }
  }

  /// What it is, in a few words.
  public var summary: String {
    switch self {
    case .review(let due?, let new?): "\(due) due and \(new) new question\(due + new == 1 ? "" : "s")"
    case .review: "the questions due that day"
    case .lesson(_, let title): title
    case .scenario(_, let title, let steps): "\(title) (\(steps) steps)"
    case .quiz(let topic): "more questions on \(topic), a weak topic"
    case .interview: "a mock interview, timed"
    case .challenge(_, let title, let par): "\(title) (par \(par))"
    }
  }
}

/// One day of the plan.
public struct StudyDay: Hashable, Sendable {
  /// The learner's calendar day.
  public var day: Int
  /// What to do, in order.
  public var items: [StudyItem]

  /// About how many minutes the day takes.
  public var minutes: Int { items.map(\.minutes).reduce(0, +) }
}
