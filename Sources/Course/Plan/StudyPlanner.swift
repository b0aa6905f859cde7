/// Lays the lessons, scenarios, challenges and reviews still to do over the days left before the
/// interview.
///
/// Pure: it reads what is left from the learner's progress, so the plan adapts by itself. Lessons
/// come in an order that reads each one's `requires` first and, among those ready, the lesson of
/// the weakest topic first (course order breaks ties); a lesson's unfinished scenarios and
/// unsolved challenges follow it.
/// The work is spread evenly over the days left, within the minutes a day after the reviews; what
/// does not fit is returned as left over. Spare minutes go to questions on the weakest topics, and
/// the last day ends with a mock interview when there is room.
public struct StudyPlanner: Sendable {
  /// What the learner still has to do and how they are doing.
  public struct Progress: Sendable {
    /// Every lesson, in course order.
    public var lessons: [Lesson]
    /// Every scenario, in course order.
    public var scenarios: [Scenario]
    /// Lessons read.
    public var lessonsRead: Set<String>
    /// Scenarios finished.
    public var scenariosFinished: Set<String>
    /// Every challenge, in course order.
    public var challenges: [Challenge] = []
    /// Challenges solved at least once.
    public var challengesSolved: Set<String> = []
    /// Topics weakest first.
    public var topics: [TopicStrength]
    /// Each lesson's quiz topics (lessons without questions are absent).
    public var lessonTopics: [String: Set<String>]
    /// Today's reviews: due and new cards (the ``ReviewAgenda``'s numbers).
    public var reviewsToday: (due: Int, new: Int)

    /// Creates the learner's progress for planning.
    public init(
      lessons: [Lesson], scenarios: [Scenario], lessonsRead: Set<String>, scenariosFinished: Set<String>,
      topics: [TopicStrength], lessonTopics: [String: Set<String>], reviewsToday: (due: Int, new: Int)
    ) {
      self.lessons = lessons
      self.scenarios = scenarios
      self.lessonsRead = lessonsRead
      self.scenariosFinished = scenariosFinished
      self.topics = topics
      self.lessonTopics = lessonTopics
      self.reviewsToday = reviewsToday
    }
  }

  /// The plan's days from today, and what did not fit.
  public struct Layout: Hashable, Sendable {
    /// The days from today to the day before the interview.
    public var days: [StudyDay]
    /// Work that does not fit in the minutes left.
    public var leftOver: [StudyItem]
  }

  /// A topic below this recall gets extra questions.
  public static let weakRecall = 0.9

  /// The plan `plan` gives from `today` on.
  public static func layout(_ plan: StudyPlan, today: Int, progress: Progress) -> Layout {
    let dayCount = plan.daysLeft(today: today)
    guard dayCount > 0 else { return Layout(days: [], leftOver: []) }
    let work = orderedWork(progress)
    let total = work.map(\.minutes).reduce(0, +)
    let laterReviewMinutes = max(5, plan.minutesPerDay / 4)
    var days: [StudyDay] = []
    var index = 0
    var done = 0
    for offset in 0..<dayCount {
      let review: StudyItem =
        offset == 0
        ? .review(due: progress.reviewsToday.due, new: progress.reviewsToday.new)
        : .review(due: nil, new: nil)
      var items: [StudyItem] = []
      if offset > 0 || progress.reviewsToday.due + progress.reviewsToday.new > 0 { items.append(review) }
      let reviewMinutes = offset == 0 ? review.minutes : laterReviewMinutes
      var room = max(0, plan.minutesPerDay - (items.isEmpty ? 0 : reviewMinutes))
      // The weakest topic's questions come before new material: one set a day is kept for them.
      let weak = weakQuizzes(day: offset, topics: progress.topics)
      let kept = weak.first.flatMap { room >= $0.minutes ? $0 : nil }
      if let kept {
        items.append(kept)
        room -= kept.minutes
      }
      // Even spread: by the end of this day, this share of the work is done.
      let target = (total * (offset + 1) + dayCount - 1) / dayCount
      var used = 0
      while index < work.count {
        let item = work[index]
        let fits = used + item.minutes <= room
        guard fits && done < target || used == 0 && room >= item.minutes else { break }
        items.append(item)
        used += item.minutes
        done += item.minutes
        index += 1
      }
      items += extras(room: room - used, weak: Array(weak.dropFirst()), last: offset == dayCount - 1)
      days.append(StudyDay(day: today + offset, items: items))
    }
    return Layout(days: days, leftOver: Array(work[index...]))
  }

  /// The lessons, scenarios and challenges still to do, in the order to do them.
  static func orderedWork(_ progress: Progress) -> [StudyItem] {
    let recall = Dictionary(progress.topics.map { ($0.topic, $0.recall) }, uniquingKeysWith: min)
    func weakness(_ lesson: Lesson) -> Double {
      (progress.lessonTopics[lesson.id] ?? []).compactMap { recall[$0] }.min() ?? 0
    }
    var read = progress.lessonsRead
    var pending = progress.lessons.filter { !read.contains($0.id) }
    let known = Set(progress.lessons.map(\.id))
    var work: [StudyItem] = []
    var scenariosLeft = progress.scenarios.filter { !progress.scenariosFinished.contains($0.id) }
    var challengesLeft = progress.challenges.filter { !progress.challengesSolved.contains($0.id) }
    func takeScenarios(where belongs: (String?) -> Bool) {
      for scenario in scenariosLeft where belongs(scenario.lesson) {
        work.append(.scenario(id: scenario.id, title: scenario.title, steps: scenario.steps.count))
      }
      scenariosLeft.removeAll { belongs($0.lesson) }
      for challenge in challengesLeft where belongs(challenge.lesson) {
        work.append(.challenge(id: challenge.id, title: challenge.title, par: challenge.par))
      }
      challengesLeft.removeAll { belongs($0.lesson) }
    }
    // Scenarios and challenges of lessons already read (or of none) come first: nothing to read
    // before them.
    takeScenarios { $0.map { read.contains($0) || !known.contains($0) } ?? true }
    while !pending.isEmpty {
      let ready = pending.enumerated().filter { _, lesson in
        lesson.requires.allSatisfy { read.contains($0) || !known.contains($0) }
      }
      // A cycle of requirements (content check reports it) falls back to course order.
      let candidates = ready.isEmpty ? Array(pending.enumerated().prefix(1)) : ready
      guard let (position, lesson) = candidates.min(by: { (weakness($0.1), $0.0) < (weakness($1.1), $1.0) })
      else { break }
      pending.remove(at: position)
      read.insert(lesson.id)
      work.append(.lesson(id: lesson.id, title: lesson.title))
      takeScenarios { $0 == lesson.id }
    }
    return work
  }

  /// The day's questions on weak topics, two at most: the weakest topic every day, and the
  /// others in turn.
  private static func weakQuizzes(day: Int, topics: [TopicStrength]) -> [StudyItem] {
    let weak = topics.filter { $0.recall < weakRecall && $0.seen > 0 }
    guard let weakest = weak.first else { return [] }
    let others = weak.dropFirst()
    guard !others.isEmpty else { return [.quiz(topic: weakest.topic)] }
    return [.quiz(topic: weakest.topic), .quiz(topic: others[others.startIndex + day % others.count].topic)]
  }

  /// Spare minutes: the other weak topic's questions, and a mock interview on the last day.
  private static func extras(room: Int, weak: [StudyItem], last: Bool) -> [StudyItem] {
    var room = room
    var items: [StudyItem] = []
    for item in weak where room >= item.minutes {
      items.append(item)
      room -= item.minutes
    }
    if last && room >= StudyItem.interview.minutes { items.append(.interview) }
    return items
  }
}
