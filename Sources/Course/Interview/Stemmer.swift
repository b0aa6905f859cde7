/// A light English stemmer for grading free-text answers: it maps the forms of a word that people
/// use interchangeably to one stem, so that a key point written as `replicate` is found in "the
/// replicas", "replicated" and "replication".
///
/// It is deliberately small, not Porter's algorithm: a table of irregular forms (`written` →
/// write, `lost` → lose, `faster` → fast, `later` → late), then inflections (`-s`, `-es`, `-ies`,
/// `-ed`, `-ing`, `-ly`), then a few derivations (`-tion` → `-t`, `-ency` → `-ent` → nothing,
/// `-ment`, `-ability` → `-able`, `-ality` → `-al`, `-ivity` → `-ive`; British `-ise` → `-ize`
/// first), and a final `e` dropped so that `write` and `writing` meet at `writ`. A stem is a key,
/// not a word: compare stems with stems. Comparatives are only those in the table, because a rule
/// for `-er` would make `leader` of `lead` and `counter` of `count`. The superlatives that
/// ``Synonyms`` groups (`highest`, `largest`, `latest`, `newest`, …) keep their own stems, so that
/// `max` matches "highest" but not "high availability".
///
/// Words of three letters or fewer (but for irregular ones such as `saw`), and words with a digit,
/// are kept as they are. Every rule leaves at least three letters, so `ring`, `need` and `status`
/// survive.
public enum Stemmer {
  /// The stem of one lowercase word.
  public static func stem(_ word: String) -> String {
    if let base = irregular[word] { return withoutFinalE(derivation(base)) }
    guard word.count > 3, word.allSatisfy(\.isLetter) else { return word }
    return withoutFinalE(derivation(inflection(british(word))))
  }

  /// `base` without a final `e`, when more than three letters remain.
  private static func withoutFinalE(_ base: String) -> String {
    guard base.hasSuffix("e"), base.count > 3 else { return base }
    return String(base.dropLast())
  }

  /// Forms no suffix rule reaches, mapped to a base word that the rules then stem like any other.
  static let irregular: [String: String] = [
    "written": "write", "wrote": "write", "lost": "lose", "loss": "lose", "losses": "lose",
    "kept": "keep", "sent": "send", "seen": "see", "saw": "see", "knew": "know", "known": "know",
    "told": "tell", "chose": "choose", "chosen": "choose", "gave": "give", "given": "give",
    "took": "take", "taken": "take", "broke": "break", "broken": "break", "breaker": "break",
    "went": "go", "won": "win", "ran": "run", "gone": "go", "made": "make", "held": "hold", "thrown": "throw",
    "threw": "throw",
    "beat": "beat", "beaten": "beat", "brought": "bring", "bought": "buy", "caught": "catch",
    "meant": "mean", "paid": "pay", "said": "say", "stood": "stand", "found": "find", "felt": "feel",
    "replica": "replicate", "replicas": "replicate", "used": "use", "uses": "use", "using": "use",
    "data": "data", "news": "news", "series": "series", "always": "always", "anyway": "anyway",
    "availability": "available", "faster": "fast", "fastest": "fast", "slower": "slow",
    "slowest": "slow", "quicker": "quick", "lower": "low", "higher": "high", "later": "late",
    "newer": "new", "older": "old", "larger": "large", "smaller": "small", "bigger": "big",
    "greater": "great", "longer": "long", "shorter": "short", "stronger": "strong",
    "weaker": "weak", "earlier": "early", "easier": "easy", "easiest": "easy", "simpler": "simple",
    "safer": "safe", "closer": "close", "nearer": "near", "cheaper": "cheap", "writer": "write",
    "writers": "write", "agreed": "agree", "agreeing": "agree", "freed": "free", "resolution": "resolve",
    "resolutions": "resolve", "decision": "decide", "collision": "collide", "collisions": "collide",
    "success": "succeed", "successful": "succeed", "successfully": "succeed",
    "deletion": "delete", "deletions": "delete", "insertion": "insert", "insertions": "insert",
    "lowest": "low", "oldest": "old", "closest": "close", "nearest": "near", "longest": "long",
    "earliest": "early", "smallest": "small",
  ]

  /// British `-ise` spellings as `-ize`, so `synchronise` and `synchronize` meet.
  private static func british(_ word: String) -> String {
    guard word.count >= 7 else { return word }
    for (british, american) in [
      ("isation", "ization"), ("isations", "izations"), ("ising", "izing"), ("ised", "ized"),
      ("ises", "izes"), ("ise", "ize"),
    ] where word.hasSuffix(british) {
      return String(word.dropLast(british.count)) + american
    }
    return word
  }

  /// The word without its inflection: plural or third person, then past, participle or adverb
  /// (`siblings` → `sibling` → `sibl`).
  private static func inflection(_ word: String) -> String {
    if let base = irregular[word] { return base }
    guard let singular = singular(word) else { return verbal(word) }
    return irregular[singular] ?? verbal(singular)
  }

  /// `word` without a plural or third-person `s`, or nil when it has none.
  private static func singular(_ word: String) -> String? {
    if let stem = strip("ies", from: word, leaving: 3) { return stem + "y" }
    if word.hasSuffix("ies") { return String(word.dropLast()) }
    for ending in ["sses", "shes", "ches", "xes", "zes"] where word.hasSuffix(ending) {
      return String(word.dropLast(2))
    }
    guard word.hasSuffix("s"), !["ss", "us", "is"].contains(where: word.hasSuffix) else { return nil }
    return String(word.dropLast())
  }

  /// `word` without `-ed`, `-ing` or `-ly`.
  private static func verbal(_ word: String) -> String {
    if let stem = strip("ied", from: word, leaving: 3) { return stem + "y" }
    if word.hasSuffix("ied") { return String(word.dropLast()) }
    if !word.hasSuffix("eed"), let stem = strip("ed", from: word, leaving: 3) { return undoubled(stem) }
    if let stem = strip("ing", from: word, leaving: 3), stem.contains(where: isVowel) {
      return undoubled(stem)
    }
    if let stem = strip("ically", from: word, leaving: 3) { return stem + "ic" }
    if let stem = strip("ily", from: word, leaving: 3) { return stem + "y" }
    if let stem = strip("ly", from: word, leaving: 4) { return stem }
    return word
  }

  /// The word without a derivational suffix that makes a noun or an adjective of the same idea.
  private static func derivation(_ word: String) -> String {
    if let stem = strip("ization", from: word, leaving: 3) { return stem + "ize" }
    if let stem = strip("ability", from: word, leaving: 3) { return stem + "able" }
    if let stem = strip("ality", from: word, leaving: 3) { return stem + "al" }
    if let stem = strip("ivity", from: word, leaving: 3) { return stem + "ive" }
    if let stem = strip("ment", from: word, leaving: 4) { return stem }
    if let stem = strip("ion", from: word, leaving: 3), stem.hasSuffix("t") || stem.hasSuffix("ss") {
      return stem
    }
    var word = word
    if let stem = strip("ency", from: word, leaving: 3) ?? strip("ence", from: word, leaving: 3) {
      word = stem + "ent"
    }
    if let stem = strip("ent", from: word, leaving: 4) { return stem }
    return word
  }

  /// `word` without `suffix`, when at least `leaving` letters remain.
  private static func strip(_ suffix: String, from word: String, leaving: Int) -> String? {
    guard word.hasSuffix(suffix), word.count - suffix.count >= leaving else { return nil }
    return String(word.dropLast(suffix.count))
  }

  /// `dropp` → `drop`, `gett` → `get`; `ll`, `ss` and `zz` stay (`fall`, `miss`), and so does a
  /// stem of three letters (`add`).
  private static func undoubled(_ stem: String) -> String {
    guard let last = stem.last, stem.count >= 4, stem.dropLast().last == last, !isVowel(last),
      !"lsz".contains(last)
    else { return stem }
    return String(stem.dropLast())
  }

  private static func isVowel(_ character: Character) -> Bool { "aeiouy".contains(character) }
}
