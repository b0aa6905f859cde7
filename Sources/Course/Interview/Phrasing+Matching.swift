extension Phrasing {
  /// The most uncommon words a match of `slots` slots may span in one sentence: two per slot,
  /// and two more. Closer is stricter: a candidate says "several primaries", and an off-topic
  /// answer has "leaders" and "several people" a dozen words apart.
  public static func window(slots: Int) -> Int { 2 * slots + 2 }

  /// Whether `answer` says what the phrasing says: in one sentence, within ``window(slots:)`` uncommon
  /// words, every slot is filled by one of its runs, negated where the phrasing negates it and
  /// not negated anywhere else (or anywhere, for the other slots of a phrasing with a negation).
  public func matches(_ answer: AnswerText) -> Bool {
    guard !slots.isEmpty else { return false }
    let tokens = answer.tokens
    var start = 0
    while start < tokens.count {
      var end = start
      while end < tokens.count && tokens[end].sentence == tokens[start].sentence { end += 1 }
      if matches(sentence: Array(tokens[start..<end])) { return true }
      start = end
    }
    return false
  }

  /// Whether one sentence has every slot within ``window(slots:)``: each occurrence is tried as the
  /// leftmost, with the nearest occurrence of every other slot that starts at or after it.
  private func matches(sentence: [AnswerText.Token]) -> Bool {
    var found: [[ClosedRange<Int>]] = []
    for slot in slots {
      let spans = occurrences(of: slot, in: sentence)
      if spans.isEmpty { return false }
      found.append(spans)
    }
    for anchor in found.joined() {
      var last = anchor.upperBound
      var complete = true
      for spans in found {
        guard let nearest = spans.filter({ $0.lowerBound >= anchor.lowerBound }).map(\.upperBound).min()
        else {
          complete = false
          break
        }
        last = max(last, nearest)
      }
      if complete && last - anchor.lowerBound < Self.window(slots: slots.count) { return true }
    }
    return false
  }

  /// Where `slot` is filled in `sentence`, as ranges of positions.
  private func occurrences(of slot: Slot, in sentence: [AnswerText.Token]) -> [ClosedRange<Int>] {
    var spans: [ClosedRange<Int>] = []
    for run in slot.alternatives where run.count <= sentence.count {
      for start in 0...(sentence.count - run.count) {
        let words = sentence[start..<(start + run.count)]
        guard zip(words, run).allSatisfy({ $0.stem == $1 }), let first = words.first, let last = words.last
        else { continue }
        if run.count == 1 && first.isNegation { continue }
        let lead = words.first { !$0.isCommon } ?? first
        if slot.negated ? !lead.isNegated : !hasNegation && lead.isNegated { continue }
        spans.append(first.position...last.position)
      }
    }
    return spans
  }
}
