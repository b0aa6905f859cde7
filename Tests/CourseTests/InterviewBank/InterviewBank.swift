/// A bank of hand-written answers to shipped interview questions, for measuring the grader: five
/// strong answers per question, in words that avoid the model answer's, and five weak or wrong
/// ones. Each answer records the points a fair human grader gives it (`human`), which sets the
/// least a strong answer must score (`human - 1`) and the most a weak one may score (`human`, at
/// least 1).
///
/// The answers were written before the grader learned stemming, word order and synonyms, and run
/// on the old grader first; the scores before and after are in `README.md` beside this file. The
/// key points were then reworded with these answers in view, so ``heldOut`` keeps answers that
/// were written afterwards and never used for that.
enum InterviewBank {
  /// Every question in the bank.
  static let questions: [BankQuestion] = basics + clocks + causality + design
}

/// One shipped question and its answers.
struct BankQuestion: Sendable {
  /// The question's id.
  var id: String
  /// Answers that a fair grader gives (nearly) every point, worded unlike the model answer.
  var strong: [BankAnswer]
  /// Vague, off-topic, wrong, too short, or keyword salad that says the opposite.
  var weak: [BankAnswer]
}

/// One answer and what a fair human grader gives it.
struct BankAnswer: Sendable {
  /// Strong or weak.
  enum Kind: Sendable { case strong, weak }

  /// Which kind of answer it is.
  var kind: Kind
  /// The key points a fair human grader says it covers.
  var human: Int
  /// What the candidate says.
  var text: String

  /// A strong answer: it covers `human` points, and the grader must find at least `human - 1`.
  static func strong(_ human: Int, _ text: String) -> BankAnswer {
    BankAnswer(kind: .strong, human: human, text: text)
  }

  /// A weak answer: it covers `human` points, and the grader may find at most `max(human, 1)`.
  static func weak(_ human: Int, _ text: String) -> BankAnswer {
    BankAnswer(kind: .weak, human: human, text: text)
  }

  /// The least points a strong answer must score, or the most a weak one may.
  var bound: Int { kind == .strong ? human - 1 : max(human, 1) }

  /// Whether `score` is within ``bound``.
  func accepts(_ score: Int) -> Bool { kind == .strong ? score >= bound : score <= bound }
}
