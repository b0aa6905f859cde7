/// The words around an answer that do not change it: leading filler ("I think", "answer:"),
/// a trailing reason ("olive, because its timestamp is later"), articles, and nouns the question's
/// context adds ("olive pizza", "2 keys").
enum AnswerPhrasing {
  /// Phrases that may open an answer without being part of it, longest first where one starts
  /// another.
  static let leadingFiller: [String] = [
    "i'm pretty sure", "im pretty sure", "i am pretty sure", "pretty sure", "i'm sure", "i am sure",
    "i think that", "i think", "i believe", "i guess", "i'd guess", "i would guess", "i'd say",
    "i would say", "i say", "my guess is", "my answer is", "my answer", "the answer is",
    "final answer", "answer is", "answer", "it would be", "it will be", "it should be", "it'd be",
    "it's going to be", "it is", "it's", "its", "itll be", "it'll be", "should be", "would be",
    "will be", "that would be", "that's", "thats", "that is", "they are", "they're", "there are",
    "there's", "there is", "every replica holds", "every replica shows", "every replica keeps",
    "each replica holds", "replicas hold", "it holds", "it shows", "it keeps", "it returns",
    "it reads", "returns", "probably", "most likely", "likely", "maybe", "perhaps", "definitely",
    "surely", "certainly", "obviously", "clearly", "approximately", "approx.", "approx", "hmm",
    "umm", "um", "uh", "well", "ok so", "okay so", "so", "ok", "okay",
  ]

  /// Where a reason or an aside begins: the answer is what comes before.
  static let reasonOnlyMarkers: [String] = [
    " because", " since ", " as ", " cause ", " cuz ", " due to ", " given ", " — ", " – ", " -- ",
    " - ", "; ", " (", ". ", " so ", " which ", " whose ", " thanks to ",
  ]

  /// Where a one-value answer's comparison begins ("olive over ham", "olive, not ham"), as well
  /// as a reason.
  static let reasonMarkers: [String] =
    reasonOnlyMarkers + [
      " over ", " beats ", " beat ", " wins", " won ", " survives", " instead of ", " rather than ", " not ",
    ]

  /// Phrases that say the learner does not know: nothing to grade.
  static let unknown: Set<String> = [
    "i don't know", "i dont know", "don't know", "dont know", "no idea", "not sure", "unsure", "dunno",
    "idk", "?", "??", "???", "no clue", "pass",
  ]

  /// Words a value or set answer may carry around its values: the context's nouns and the
  /// little words of a sentence.
  static let contextWords: Set<String> = [
    "the", "a", "an", "pizza", "pizzas", "topping", "toppings", "value", "values", "version", "versions",
    "write", "writes", "one", "ones", "key", "sibling", "siblings", "item", "items", "element", "elements",
    "is", "was", "it", "its", "it's", "every", "each", "replica", "replicas", "holds", "hold", "held",
    "shows", "show", "kept", "keeps", "keep", "remains", "left", "stays", "final", "end", "ends", "up",
    "with", "on", "all", "of", "them", "they", "in", "set", "both", "just", "only", "either", "special",
    "order", "dish", "text", "read", "returns", "return", "get", "gets", "you", "see", "would", "will",
    "be", "wins", "win", "won", "survives", "winner", "winning", "there", "are", "here",
  ]

  /// `text` (normalised) without leading filler and without a trailing reason; `keepCommas`
  /// keeps commas, which separate the members of a set or a vector.
  static func core(_ text: String, keepCommas: Bool, markers: [String] = reasonMarkers) -> String {
    var core = withoutFiller(text)
    core = withoutReason(core, keepCommas: keepCommas, markers: markers)
    core = withoutFiller(core)
    return trimmed(core)
  }

  /// `text` without the filler phrases that open it, however many.
  static func withoutFiller(_ text: String) -> String {
    var rest = trimmed(text)
    var changed = true
    while changed {
      changed = false
      for phrase in leadingFiller where rest.hasPrefix(phrase) {
        let after = rest.dropFirst(phrase.count)
        guard after.isEmpty || after.first == " " || after.first == ":" || after.first == "," else {
          continue
        }
        let next = trimmed(String(after.drop { $0 == " " || $0 == ":" || $0 == "," }))
        guard !next.isEmpty else { continue }
        rest = next
        changed = true
        break
      }
    }
    return rest
  }

  /// `text` up to the first of `markers` (and, unless `keepCommas`, the first comma that is
  /// not between digits).
  static func withoutReason(_ text: String, keepCommas: Bool, markers: [String] = reasonMarkers) -> String {
    var end = text.endIndex
    for marker in markers {
      if let range = text.firstRange(of: marker), range.lowerBound > text.startIndex, range.lowerBound < end {
        end = range.lowerBound
      }
    }
    if !keepCommas, let comma = firstSeparatingComma(in: text), comma < end { end = comma }
    return String(text[..<end])
  }

  /// The first comma not written between digits (`1,000`).
  private static func firstSeparatingComma(in text: String) -> String.Index? {
    var index = text.startIndex
    while index < text.endIndex {
      if text[index] == "," {
        let before = index > text.startIndex ? text[text.index(before: index)] : " "
        let nextIndex = text.index(after: index)
        let after = nextIndex < text.endIndex ? text[nextIndex] : " "
        if !(before.isNumber && after.isNumber) { return index }
      }
      index = text.index(after: index)
    }
    return nil
  }

  /// `text` without spaces and the punctuation that ends a sentence around it, and without
  /// surrounding quotes, however many layers.
  static func trimmed(_ text: String) -> String {
    var result = Substring(text)
    var changed = true
    while changed {
      changed = false
      while let last = result.last, " .!?,;:".contains(last) {
        result.removeLast()
        changed = true
      }
      while let first = result.first, " ".contains(first) {
        result.removeFirst()
        changed = true
      }
      if result.count >= 2, let first = result.first, "\"'`“‘".contains(first),
        let last = result.last, "\"'`”’".contains(last)
      {
        result = result.dropFirst().dropLast()
        changed = true
      }
    }
    return String(result)
  }

  /// The words of `text`, each without the punctuation around it and a possessive `'s`.
  static func words(_ text: String) -> [String] {
    text.split { $0 == " " }.compactMap { raw in
      var word = Substring(raw)
      // Until nothing more comes off, so that what is read reads back the same: `tt's's` is tt,
      // and `b`'s` is b.
      var before = Substring()
      while word != before {
        before = word
        while let first = word.first, "\"'`“‘([{<*_".contains(first) { word.removeFirst() }
        while let last = word.last, "\"'`”’)]}>.,!?;:*_".contains(last) { word.removeLast() }
        if word.count > 2, word.hasSuffix("'s") || word.hasSuffix("’s") { word.removeLast(2) }
      }
      return word.isEmpty ? nil : String(word)
    }
  }

  /// Whether `text` only says that the learner does not know.
  static func saysUnknown(_ text: String) -> Bool {
    unknown.contains(trimmed(text))
  }
}
