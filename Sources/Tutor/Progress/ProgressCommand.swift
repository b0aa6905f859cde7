import Course
import Workbench

/// A command of spaced repetition and progress.
package enum ProgressCommand: Hashable, Sendable {
  /// `review [--new N] [--reviews N]`: the due cards, within the daily limits.
  case review(newLimit: Int?, reviewLimit: Int?)
  /// `review limits [NEW REVIEWS]`: show the saved daily limits, or save new ones.
  case limits(ReviewLimits?)
  /// `review stop`: end the review early (the answered cards are kept).
  case stopReview
  /// `progress`: mastery per topic, streak, due today.
  case show
  /// `progress log [N]`: the latest N reviews, newest first.
  case log(count: Int)
  /// `progress reset [TOPIC]`: asks for confirmation first.
  case reset(topic: String?)
}
