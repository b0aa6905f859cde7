import Course
import ReplicationModel
import Workbench

/// A drill in progress: the mnemonic's letters in a shuffled order, asked one at a time.
package struct MnemonicDrill: Hashable, Sendable {
  /// The letters to ask, in order.
  package let letters: [MnemonicLetter]
  /// The index of the letter being asked.
  package var index = 0
  /// Right answers so far.
  package var correct = 0

  /// A drill over `mnemonic`'s letters, shuffled by a generator seeded with `seed`.
  package init(_ mnemonic: Mnemonic, seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    letters = mnemonic.letters.shuffled(using: &generator)
  }

  /// The question for the current letter.
  package var question: String {
    "Question \(index + 1) of \(letters.count): what does \(letters[index].letter) stand for?"
  }

  /// Whether `answer` names `letter`'s idea, ignoring case, spaces, dashes and a plural `s`.
  ///
  /// The answer must contain the first word of the idea: "latency" for Latency reduction,
  /// "multi" for Multi-leader, so "multiple leaders" and "Multi leader" both count.
  package static func accepts(_ answer: String, for letter: MnemonicLetter) -> Bool {
    let given = squeezed(answer)
    guard !given.isEmpty else { return false }
    let words = letter.word.lowercased().split { !$0.isLetter }
    guard var key = words.first.map(String.init) else { return false }
    if key.hasSuffix("s") && key.count > 4 { key.removeLast() }
    return given.contains(key) || squeezed(letter.word).hasPrefix(given) && given.count >= 4
  }

  /// Lowercase letters only.
  private static func squeezed(_ text: String) -> String {
    String(text.lowercased().filter { $0.isLetter })
  }
}
