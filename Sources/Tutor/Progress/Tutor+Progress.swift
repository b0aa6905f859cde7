import Course
import Workbench

extension Tutor {
  /// Records progress in `store` from now on (the executable attaches its SQLite store; the
  /// default keeps progress in memory). The place is read from it on the next line.
  public mutating func attachProgress(_ store: any ProgressRecording) {
    course.progress = store
    course.placeLoaded = false
    course.progressWarned = false
  }

  /// Today's day number on the learner's calendar.
  package var today: Int { course.now.dayNumber(utcOffsetSeconds: course.utcOffset) }

  /// The daily limits in force: the saved ones (or the defaults), with this session's `--new` and
  /// `--reviews` on top.
  package mutating func reviewLimits() -> ReviewLimits {
    let saved: ReviewLimits? = attempt { store throws(ProgressFailure) in try store.reviewLimits() } ?? nil
    var limits = saved ?? ReviewLimits()
    if let newCards = course.sessionLimits.newCards { limits.newCards = newCards }
    if let reviews = course.sessionLimits.reviews { limits.reviews = reviews }
    return limits
  }

  /// Carries out a progress command.
  package mutating func perform(_ command: ProgressCommand) throws(ShellError) -> String {
    switch command {
    case .review(let newLimit, let reviewLimit):
      if let newLimit { course.sessionLimits.newCards = newLimit }
      if let reviewLimit { course.sessionLimits.reviews = reviewLimit }
      return try startReview()
    case .limits(let limits): return try reviewLimitsView(setting: limits)
    case .stopReview: return try stopReview()
    case .show: return try progressView()
    case .log(let count): return reviewLog(count: count)
    case .reset(let topic): return try askReset(topic: topic)
    }
  }

  /// `review limits [NEW REVIEWS]`: shows the saved daily limits, or saves new ones.
  private mutating func reviewLimitsView(setting limits: ReviewLimits?) throws(ShellError) -> String {
    guard let limits else {
      let saved: ReviewLimits? = attempt { store throws(ProgressFailure) in try store.reviewLimits() } ?? nil
      let shown = saved ?? ReviewLimits()
      var text =
        "review asks at most \(shown.newCards) new questions and \(shown.reviews) reviews a day"
        + (saved == nil ? " (the defaults)." : ".")
      let inForce = reviewLimits()
      if inForce != shown {
        text += " This session: \(inForce.newCards) new and \(inForce.reviews) reviews (--new, --reviews)."
      }
      return text + " review limits NEW REVIEWS changes them."
    }
    let saved: Void? = attempt { store throws(ProgressFailure) in try store.saveReviewLimits(limits) }
    guard saved != nil else {
      throw ShellError(
        "The limits were not saved: progress cannot be saved.",
        hint: "review --new N --reviews N sets them for this session.")
    }
    course.sessionLimits = ReviewLimitOverrides()
    return "Saved: review asks at most \(limits.newCards) new questions and \(limits.reviews) reviews a day."
  }

  /// Reads the place from the store, once, unless one was restored already.
  package mutating func loadPlaceIfNeeded() {
    guard !course.placeLoaded else { return }
    course.placeLoaded = true
    guard let place = attempt({ store throws(ProgressFailure) in try store.place() }) else { return }
    if course.place.isStart { course.place = place }
    course.savedPlace = place
  }

  /// Saves the place when the last line moved it.
  package mutating func savePlaceIfChanged() {
    guard course.placeLoaded, course.place != course.savedPlace else { return }
    let place = course.place
    course.savedPlace = place
    _ = attempt { store throws(ProgressFailure) in try store.savePlace(place) }
  }

  /// Records a graded answer to `template` as a review of its card; returns the review, or `nil`
  /// when the store could not save it.
  @discardableResult
  package mutating func recordReview(
    of template: QuizTemplate, rating: ReviewRating, source: GradeSource = .model
  ) -> ReviewRecord? {
    let review = ReviewRecord(
      cardID: CardID.quiz(template: template.id).description, topic: template.topic, time: course.now,
      rating: rating, source: source)
    return schedule(review)
  }

  /// Runs `work` against the store; a failure becomes a notice, shown once per session, and `nil`.
  package mutating func attempt<T>(_ work: (any ProgressRecording) throws(ProgressFailure) -> T) -> T? {
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
