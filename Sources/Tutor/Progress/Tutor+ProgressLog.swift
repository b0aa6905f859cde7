import Course
import TerminalUI
import Workbench

extension Tutor {
  /// `progress log [N]`: the latest `count` reviews, newest first: when (on the learner's
  /// calendar), the card and the rating, an overridden answer marked. (Who graded it follows from
  /// the card: the learner rates interview cards, the model grades the others.)
  package mutating func reviewLog(count: Int) -> String {
    let log = attempt { store throws(ProgressFailure) in try store.reviews() } ?? []
    guard !log.isEmpty else { return "No reviews yet: quiz, predict and review record them." }
    let shown = log.suffix(count).reversed()
    var table = Table(columns: [Table.Column("when"), Table.Column("card"), Table.Column("rating")])
    for review in shown {
      table.append([
        review.time.calendarText(utcOffsetSeconds: course.utcOffset),
        TerminalText.sanitized(CardID(review.cardID).label),
        review.overridden ? "\(review.rating) (overridden)" : review.rating.description,
      ])
    }
    let heading =
      shown.count == 1
      ? "The latest review of \(log.count):"
      : "The latest \(shown.count) reviews of \(log.count), newest first:"
    return styler.paint(heading, .heading) + "\n" + table.render(width: options.width, styler: styler)
  }
}
