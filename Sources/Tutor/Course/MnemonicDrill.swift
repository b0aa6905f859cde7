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

}
