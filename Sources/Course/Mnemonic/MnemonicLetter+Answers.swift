extension MnemonicLetter {
  /// Whether `answer` names this letter's idea.
  ///
  /// It does when one of the idea's wordings appears in it, starting at the start of a word: the
  /// letter's word (`Multi-leader`), the first word of it (`multi`), or one of its `accepts:`
  /// wordings (`many leaders`). Case, punctuation, the spaces and dashes between words and a
  /// plural `s` are ignored, so `multi leader`, `Multileader` and `multi-leaders` read alike and
  /// `time stamps` reads as `timestamp`; a wording may end inside a word (`conflict` is in
  /// `conflicting`), but never starts inside one (`time` is not in `sometimes`).
  public func accepts(_ answer: String) -> Bool {
    let given = MnemonicWords(answer)
    guard !given.letters.isEmpty else { return false }
    return wordings.contains { given.contains(MnemonicWords($0).letters) }
  }

  /// Every wording that names the idea: the letter's word, its first word, and the `accepts:` list.
  public var wordings: [String] {
    let first = word.split { !$0.isLetter }.first.map(String.init)
    return [word] + [first].compactMap { $0 } + accepted
  }
}

/// A text as the drill compares it: its words lower-cased, each without a plural `s`, run together,
/// with the places where each word starts.
private struct MnemonicWords {
  /// The letters of the words, run together.
  let letters: [Character]
  /// The offsets in ``letters`` where a word starts.
  let starts: [Int]

  init(_ text: String) {
    var letters: [Character] = []
    var starts: [Int] = []
    for piece in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
      var word = Array(piece)
      // A plural: `leaders`, `clocks`, `writes`; not `less` or `was`.
      if word.count > 3, word.last == "s", word[word.count - 2] != "s" { word.removeLast() }
      starts.append(letters.count)
      letters += word
    }
    self.letters = letters
    self.starts = starts
  }

  /// Whether `wording` (run together) appears starting at the start of one of the words.
  func contains(_ wording: [Character]) -> Bool {
    guard !wording.isEmpty else { return false }
    return starts.contains { start in
      start + wording.count <= letters.count && Array(letters[start..<start + wording.count]) == wording
    }
  }
}
