import Workbench

/// A review card's id: which quiz template, scenario step or interview question it stands for.
///
/// The progress store keeps ids as text; this is the one place that text is written and read.
package enum CardID: Hashable, Sendable, CustomStringConvertible {
  /// A quiz template, by its id: `lww-skew-lost`.
  case quiz(template: String)
  /// A prediction about step `step` of a scenario: `prediction/SCENARIO/STEP`.
  case prediction(scenario: String, step: Int)
  /// An open interview question: `interview/ID`.
  case interview(question: String)

  private static let predictionPrefix = "prediction/"
  private static let interviewPrefix = "interview/"

  /// Reads a stored id; text with neither prefix is a quiz template's id.
  package init(_ text: String) {
    if text.hasPrefix(Self.predictionPrefix) {
      let parts = text.dropFirst(Self.predictionPrefix.count).split(separator: "/")
      if parts.count == 2, let step = Int(parts[1]), step >= 1 {
        self = .prediction(scenario: String(parts[0]), step: step)
        return
      }
    } else if text.hasPrefix(Self.interviewPrefix) {
      self = .interview(question: String(text.dropFirst(Self.interviewPrefix.count)))
      return
    }
    self = .quiz(template: text)
  }

  /// The card as the learner reads it: `lww-skew-lost`, `topping-timestamp step 3 (prediction)`,
  /// `crdts (interview)`.
  package var label: String {
    switch self {
    case .quiz(let template): template
    case .prediction(let scenario, let step): "\(scenario) step \(step) (prediction)"
    case .interview(let question): "\(question) (interview)"
    }
  }

  /// The id as the progress store keeps it.
  package var description: String {
    switch self {
    case .quiz(let template): template
    case .prediction(let scenario, let step): "\(Self.predictionPrefix)\(scenario)/\(step)"
    case .interview(let question): Self.interviewPrefix + question
    }
  }
}
