import Course
import Tutor

/// How a person grades a typed answer: right, wrong, asked about (not graded), or not an answer.
enum HumanVerdict: String, Hashable, Sendable, CaseIterable {
  case right, wrong, asks, unreadable

  /// The verdict the product gave, in the same terms.
  init(_ grade: QuizGrade) {
    switch grade {
    case .right: self = .right
    case .wrong: self = .wrong
    case .unclear: self = .asks
    case .unreadable: self = .unreadable
    }
  }
}

/// One typed answer of the bank, with the verdict a person gives it.
struct BankEntry: Hashable, Sendable, CustomStringConvertible {
  let template: String
  let seed: UInt64
  let format: AnswerFormat
  let typed: String
  let verdict: HumanVerdict

  var description: String {
    "\(template) seed \(seed) [\(format.rawValue)] \"\(typed)\" → \(verdict.rawValue)"
  }
}

/// Letters changed the way fingers slip: one dropped from the middle, two swapped.
enum Slip {
  /// `mushroom` → `mushrom`: the letter before the last but two dropped, for names of six or more.
  static func dropped(_ word: String) -> String? {
    guard word.count >= 6, word.allSatisfy(\.isLetter) else { return nil }
    var letters = Array(word)
    letters.remove(at: letters.count - 3)
    return String(letters)
  }

  /// `olive` → `olvie`: two neighbouring letters in the middle swapped, for names of five or more.
  static func swapped(_ word: String) -> String? {
    guard word.count >= 5, word.allSatisfy(\.isLetter) else { return nil }
    var letters = Array(word)
    let middle = letters.count / 2
    guard letters[middle] != letters[middle + 1] else { return nil }
    letters.swapAt(middle, middle + 1)
    return String(letters)
  }
}
