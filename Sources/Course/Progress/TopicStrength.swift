/// How well the learner knows one topic's questions now: the numbers `progress` shows per topic
/// and `plan` and the cheat sheet rank the topics by.
public struct TopicStrength: Hashable, Sendable {
  /// The topic.
  public var topic: String
  /// The topic's questions.
  public var questions: Int
  /// Of those, answered at least once (on the schedule).
  public var seen: Int
  /// Of those, mastered (see ``ReviewCard/isMastered``).
  public var mastered: Int
  /// The mean probability of recalling each of the topic's questions now, by FSRS; a question
  /// never answered counts as 0. Between 0 and 1.
  public var recall: Double

  /// The strength of each topic, weakest first (lowest recall, then fewest mastered, then by name).
  ///
  /// - Parameters:
  ///   - questions: each topic's card ids.
  ///   - cards: the cards on the schedule.
  ///   - now: the learner's time.
  /// - Returns: one strength per topic, weakest first.
  public static func ranked(questions: [String: [String]], cards: [ReviewCard], now: Moment)
    -> [TopicStrength]
  {
    let byID = Dictionary(cards.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let strengths = questions.map { topic, ids in
      let topicCards = ids.compactMap { byID[$0] }.filter { !$0.isNew }
      let recalls = topicCards.map { card in
        FSRS.retrievability(days: card.lastReview.map { now.days(since: $0) } ?? 0, stability: card.stability)
      }
      return TopicStrength(
        topic: topic, questions: ids.count, seen: topicCards.count,
        mastered: topicCards.filter(\.isMastered).count,
        recall: ids.isEmpty ? 1 : recalls.reduce(0, +) / Double(ids.count))
    }
    return strengths.sorted {
      ($0.recall, $0.mastered, $0.topic) < ($1.recall, $1.mastered, $1.topic)
    }
  }

  /// The recall as a whole percentage, such as `64%`.
  public var recallPercent: String { "\(Int((recall * 100).rounded()))%" }
}
