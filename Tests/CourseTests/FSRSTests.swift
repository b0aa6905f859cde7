import Testing

@testable import Course

/// The FSRS-4.5 scheduler against values computed by hand from the published formulas (the
/// FSRS-4.5 algorithm description; weights w0…w16 as in ``FSRS/weights``). Each comment shows the
/// arithmetic.
@Suite struct FSRSTests {
  private let start = Moment(secondsSince1970: 1_700_000_000)

  private func new() -> ReviewCard { ReviewCard(id: "q", topic: "t", due: start) }

  private func close(_ actual: Double, _ expected: Double, _ tolerance: Double = 1e-6) -> Bool {
    abs(actual - expected) <= tolerance
  }

  @Test func aNewCardTakesTheInitialStabilityAndDifficulty() {
    // S0(G) = w[G-1]; D0(G) = w4 − w5·(G−3) = 5.1618 − 1.2298·(G−3).
    let expected: [(ReviewRating, Double, Double)] = [
      (.again, 0.4872, 7.6214),  // 5.1618 + 2·1.2298
      (.hard, 1.4003, 6.3916),  // 5.1618 + 1.2298
      (.good, 3.7145, 5.1618),
      (.easy, 13.8206, 3.9320),  // 5.1618 − 1.2298
    ]
    for (rating, stability, difficulty) in expected {
      let card = FSRS.schedule(new(), rating: rating, now: start)
      #expect(close(card.stability, stability), "\(rating)")
      #expect(close(card.difficulty, difficulty), "\(rating)")
      #expect(card.reps == 1)
      #expect(card.lastReview == start)
    }
  }

  @Test func aGoodFirstReviewIsDueInFourDays() {
    // I(S) = S at 90% retention: round(3.7145) = 4 days.
    let card = FSRS.schedule(new(), rating: .good, now: start)
    #expect(card.due == start.adding(days: 4))
    // Again comes back after ten minutes, within the sitting.
    #expect(FSRS.schedule(new(), rating: .again, now: start).due == start.adding(days: 10.0 / 1_440))
  }

  @Test func retrievabilityFollowsThePowerForgettingCurve() {
    // R(t, S) = (1 + 19/81 · t/S)^−0.5; R(S, S) = (100/81)^−0.5 = 0.9 exactly.
    #expect(close(FSRS.retrievability(days: 10, stability: 10), 0.9, 1e-12))
    // R(4, 3.7145) = (1 + 0.234568·1.076861)^−0.5 = 1.252597^−0.5 = 0.893500
    #expect(close(FSRS.retrievability(days: 4, stability: 3.7145), 0.8934995, 1e-6))
  }

  @Test func theSecondReviewAfterFourDaysMatchesTheFormulas() {
    // After good (S = 3.7145, D = 5.1618), reviewed 4 days later: R = 0.8934995.
    let first = FSRS.schedule(new(), rating: .good, now: start)
    let later = start.adding(days: 4)
    // good: S' = S·(1 + e^1.6474·(11 − 5.1618)·S^−0.1367·(e^(1.0461·(1 − R)) − 1)) = 14.808101;
    //       D' = 0.031·5.1618 + 0.969·5.1618 = 5.1618 (mean reversion to D0(3) = w4).
    let good = FSRS.schedule(first, rating: .good, now: later)
    #expect(close(good.stability, 14.808101, 1e-5))
    #expect(close(good.difficulty, 5.1618))
    #expect(good.due == later.adding(days: 15))
    // hard: the same with the hard penalty w15 = 0.2272: S' = 6.234966;
    //       D' = 0.031·5.1618 + 0.969·(5.1618 + 0.8975) = 6.0314775.
    let hard = FSRS.schedule(first, rating: .hard, now: later)
    #expect(close(hard.stability, 6.234966, 1e-5))
    #expect(close(hard.difficulty, 6.0314775))
    // easy: with the easy bonus w16 = 2.8755: S' = 35.614148; D' = 5.1618 − 0.969·0.8975 = 4.2921225.
    let easy = FSRS.schedule(first, rating: .easy, now: later)
    #expect(close(easy.stability, 35.614148, 1e-5))
    #expect(close(easy.difficulty, 4.2921225))
    // again: S' = 2.1072·5.1618^−0.0793·((3.7145 + 1)^0.3246 − 1)·e^(1.587·(1 − R)) = 1.433234;
    //        D' = 0.031·5.1618 + 0.969·(5.1618 + 2·0.8975) = 6.901155; one lapse.
    let again = FSRS.schedule(first, rating: .again, now: later)
    #expect(close(again.stability, 1.433234, 1e-5))
    #expect(close(again.difficulty, 6.901155))
    #expect(again.lapses == 1)
    #expect(again.reps == 2)
  }

  @Test func goodAnswersOnTimeStretchTheIntervals() {
    // Good on every due date: intervals 4, 15, 49, 146, 393 days (from the formulas above).
    var card = FSRS.schedule(new(), rating: .good, now: start)
    var intervals = [card.due.days(since: start)]
    for _ in 0..<4 {
      let now = card.due
      card = FSRS.schedule(card, rating: .good, now: now)
      intervals.append(card.due.days(since: now).rounded())
    }
    #expect(intervals == [4, 15, 49, 146, 393])
  }

  @Test func difficultyStaysBetweenOneAndTen() {
    var card = FSRS.schedule(new(), rating: .again, now: start)
    for step in 1...30 {
      card = FSRS.schedule(card, rating: .again, now: start.adding(days: Double(step)))
    }
    #expect(card.difficulty <= 10)
    var easy = FSRS.schedule(new(), rating: .easy, now: start)
    for _ in 1...30 { easy = FSRS.schedule(easy, rating: .easy, now: easy.due) }
    #expect(easy.difficulty >= 1)
    #expect(easy.due.days(since: easy.lastReview!) <= FSRS.maximumInterval)
  }

  @Test func theStandardLibraryMathMatchesKnownValues() {
    #expect(close(PureMath.exp(1), 2.718281828459045, 1e-14))
    #expect(close(PureMath.exp(-3.5), 0.0301973834223185, 1e-15))
    #expect(close(PureMath.log(10), 2.302585092994046, 1e-14))
    #expect(close(PureMath.pow(2, 0.5), 1.4142135623730951, 1e-14))
    #expect(close(PureMath.pow(1.252597, -0.5), 0.8935, 1e-4))
  }
}
