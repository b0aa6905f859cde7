import Course

extension ShellSession {
  /// Records progress in `store` from now on (the executable attaches its SQLite store; the
  /// default keeps progress in memory). The place is read from it on the next line.
  public mutating func attachProgress(_ store: any ProgressRecording) {
    course.progress = store
    course.placeLoaded = false
    course.progressWarned = false
  }

  /// The time now, which the caller sets before each line; reviews are stamped and scheduled with
  /// it, and "today" is its UTC day.
  public var now: Moment {
    get { course.now }
    set { course.now = newValue }
  }

  /// Carries out a progress command.
  mutating func perform(_ command: ProgressCommand) throws(ShellError) -> String {
    switch command {
    case .review(let newLimit, let reviewLimit):
      if let newLimit { course.limits.newCards = newLimit }
      if let reviewLimit { course.limits.reviews = reviewLimit }
      return try startReview()
    case .stopReview: return try stopReview()
    case .show: return try progressView()
    case .reset(let topic): return try askReset(topic: topic)
    }
  }

  /// Reads the place from the store, once, unless one was restored already.
  mutating func loadPlaceIfNeeded() {
    guard !course.placeLoaded else { return }
    course.placeLoaded = true
    guard let place = attempt({ store throws(ProgressFailure) in try store.place() }) else { return }
    if course.place.isStart { course.place = place }
    course.savedPlace = place
  }

  /// Saves the place when the last line moved it.
  mutating func savePlaceIfChanged() {
    guard course.placeLoaded, course.place != course.savedPlace else { return }
    let place = course.place
    course.savedPlace = place
    _ = attempt { store throws(ProgressFailure) in try store.savePlace(place) }
  }

  /// Records a graded answer to `template` as a review of its card.
  mutating func recordReview(of template: QuizTemplate, rating: ReviewRating, source: GradeSource = .model) {
    let review = ReviewRecord(
      cardID: template.id, topic: template.topic, time: course.now, rating: rating, source: source)
    _ = attempt { store throws(ProgressFailure) in try store.record(review) }
  }

  /// Runs `work` against the store; a failure becomes a notice, shown once per session, and `nil`.
  mutating func attempt<T>(_ work: (any ProgressRecording) throws(ProgressFailure) -> T) -> T? {
    let store = course.progress
    defer { course.notices += store.takeNotices() }
    do {
      return try work(store)
    } catch {
      if !course.progressWarned {
        course.progressWarned = true
        course.notices.append("progress is not saved: \(error.message)")
      }
      return nil
    }
  }
}
