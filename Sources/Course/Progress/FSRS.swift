/// The FSRS-4.5 scheduler (Free Spaced Repetition Scheduler) with its published default weights.
///
/// Chosen over SM-2 because it models recall probability directly, needs no ease-factor tuning and
/// its defaults were fitted on a large public review data set. Formulas (from the FSRS-4.5
/// algorithm description, open-spaced-repetition/fsrs4anki wiki "The Algorithm"):
///
/// - first review: `S0(G) = w[G-1]`, `D0(G) = w4 − w5·(G−3)` clamped to 1…10;
/// - recall probability after `t` days: `R = (1 + F·t/S)^−0.5` with `F = 19/81`;
/// - difficulty: `D' = w7·D0(3) + (1−w7)·(D − w6·(G−3))`, clamped to 1…10;
/// - remembered: `S' = S·(1 + e^w8·(11−D)·S^−w9·(e^(w10·(1−R)) − 1)·h·b)`, `h = w15` for hard,
///   `b = w16` for easy, 1 otherwise;
/// - forgotten: `S' = w11·D^−w12·((S+1)^w13 − 1)·e^(w14·(1−R))`.
///
/// With a requested retention of 90% the next interval is `S` days (rounded, at least one day).
/// A card rated again comes back after ``relearnMinutes`` minutes, within the same sitting.
public enum FSRS {
  /// FSRS-4.5's default weights w0…w16.
  public static let weights: [Double] = [
    0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031, 1.6474, 0.1367, 1.0461, 2.1072,
    0.0793, 0.3246, 1.587, 0.2272, 2.8755,
  ]
  /// The forgetting curve's factor `F = 19/81` (so that `R(S) = 0.9`).
  static let factor = 19.0 / 81.0
  /// The forgetting curve's exponent.
  static let decay = -0.5
  /// Minutes before a forgotten card is asked again.
  public static let relearnMinutes = 10.0
  /// The longest interval, in days.
  public static let maximumInterval = 36_500.0

  /// The probability of recalling a card of stability `stability` after `days` days.
  public static func retrievability(days: Double, stability: Double) -> Double {
    guard stability > 0 else { return 0 }
    return PureMath.pow(1 + factor * max(0, days) / stability, decay)
  }

  /// `card` after a review rated `rating` at `now`.
  public static func schedule(_ card: ReviewCard, rating: ReviewRating, now: Moment) -> ReviewCard {
    let w = weights
    let grade = Double(rating.rawValue)
    var next = card
    if card.isNew {
      next.stability = w[rating.rawValue - 1]
      next.difficulty = initialDifficulty(grade)
    } else {
      let elapsed = card.lastReview.map { now.days(since: $0) } ?? 0
      let recall = retrievability(days: elapsed, stability: card.stability)
      let (s, d) = (card.stability, card.difficulty)
      if rating == .again {
        next.stability =
          w[11] * PureMath.pow(d, -w[12]) * (PureMath.pow(s + 1, w[13]) - 1)
          * PureMath.exp(w[14] * (1 - recall))
        next.lapses += 1
      } else {
        let hard = rating == .hard ? w[15] : 1
        let easy = rating == .easy ? w[16] : 1
        next.stability =
          s
          * (1 + PureMath.exp(w[8]) * (11 - d) * PureMath.pow(s, -w[9])
            * (PureMath.exp(w[10] * (1 - recall)) - 1) * hard * easy)
      }
      next.difficulty = clampDifficulty(w[7] * initialDifficulty(3) + (1 - w[7]) * (d - w[6] * (grade - 3)))
    }
    next.reps += 1
    next.lastReview = now
    next.due =
      rating == .again
      ? now.adding(days: relearnMinutes / 1_440) : now.adding(days: interval(stability: next.stability))
    return next
  }

  /// The next interval in whole days for stability `stability` at 90% retention.
  public static func interval(stability: Double) -> Double {
    min(maximumInterval, max(1, stability.rounded()))
  }

  private static func initialDifficulty(_ grade: Double) -> Double {
    clampDifficulty(weights[4] - weights[5] * (grade - 3))
  }

  private static func clampDifficulty(_ difficulty: Double) -> Double { min(10, max(1, difficulty)) }
}
