import Course
import Workbench

extension Tutor {
  /// Today's review agenda for the learner's clock: what `review` asks, and what `progress`,
  /// `plan` and `today` count. The one source of the due and new numbers.
  package mutating func reviewAgenda() -> ReviewAgenda {
    let library = course.library()
    let cards = attempt { store throws(ProgressFailure) in try store.cards() } ?? []
    let log = attempt { store throws(ProgressFailure) in try store.reviews() } ?? []
    return ReviewAgenda(
      cards: cards, log: log, newCandidates: library.quizzes.map { CardID.quiz(template: $0.id).description },
      isAskable: { Self.isReviewable(CardID($0), in: library) }, limits: reviewLimits(), now: course.now,
      utcOffset: course.utcOffset)
  }

  /// Records a graded answer on the review schedule, keeping the daily new-card limit: a card
  /// seen for the first time once today's new cards are used up is not scheduled (the learner is
  /// told why). Returns the review as recorded, or `nil` when it was not.
  package mutating func schedule(_ review: ReviewRecord) -> ReviewRecord? {
    let cards = attempt { store throws(ProgressFailure) in try store.cards() } ?? []
    if !cards.contains(where: { $0.id == review.cardID }) {
      let agenda = reviewAgenda()
      guard agenda.admitsNewCard else {
        course.notices.append(
          "Not put on your review schedule: today's \(agenda.limits.newCards) new questions are used up "
            + "(review limits NEW REVIEWS raises the limit). It counts as new on another day.")
        return nil
      }
    }
    return attempt { store throws(ProgressFailure) in try store.record(review) }.map { _ in review }
  }
}
