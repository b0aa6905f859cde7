/// A free-text answer read the way the grader compares it with key points: lowercase words with
/// their stems (``Stemmer``), the sentence and clause each word is in, which words are common
/// (``CommonWords``) and which ones a negation in front of them cancels.
///
/// "Replicas don't lose writes, but LWW does." reads as `replicas` `do` `not` `lose` `writes` in
/// the first clause, where `not` negates `lose` and `writes`, then `lww` `does` in the second.
///
/// - Sentences end at `.`, `!`, `?` and `;` (not inside `3.5` or after the `g` of `e.g.`), and
///   where a line starts with a list marker (`-`, `*`, `•`). A line break alone does not end one:
///   people wrap long answers.
/// - Clauses end at sentence ends, at `,` `:` brackets and dashes, and before `and`, `so`, `but`,
///   `however`, `although`, `though`, `whereas`, `because`, `unless` and `except`.
/// - A negation (`not`, `n't`, `no`, `never`, `none`, `nothing`, `nobody`, `neither`, `nor`,
///   `without`, `instead of`, `rather than`) negates the next three uncommon words of its clause,
///   and one more after each `or` that follows a negated word. A short clause that ends in a
///   negated verb ("HLCs do not help") or a dismissal ("clocks are irrelevant",
///   ``CommonWords/dismissals``) negates the words before it too.
public struct AnswerText: Hashable, Sendable {
  /// One word of an answer.
  public struct Token: Hashable, Sendable {
    /// The word, lowercase, without apostrophes (`doesn't` is read as `does` and `not`).
    public var word: String
    /// Its ``Stemmer`` stem.
    public var stem: String
    /// The sentence it is in, counted from 0.
    public var sentence: Int
    /// The clause it is in, counted from 0 over the whole answer.
    public var clause: Int
    /// How many uncommon words come before it; words are near when their positions are.
    public var position: Int
    /// Whether it is a negation word.
    public var isNegation: Bool
    /// Whether it is a common word (``CommonWords``) or a negation, which no phrasing matches
    /// on its own.
    public var isCommon: Bool
    /// Whether a negation in its clause negates it (see ``AnswerText``).
    public var isNegated: Bool
  }

  /// The words, in order.
  public let tokens: [Token]

  /// Reads `text`.
  public init(_ text: String) {
    var reader = Reader()
    reader.read(text)
    tokens = Self.negating(reader.tokens)
  }

  /// The stems of `text`'s words, in order: `Last-Write-Wins!` gives `last writ win`.
  public static func words(_ text: String) -> [String] { AnswerText(text).tokens.map(\.stem) }

  /// `text`'s stems joined by single spaces.
  public static func normalized(_ text: String) -> String { words(text).joined(separator: " ") }

  /// Marks the words each negation negates, clause by clause.
  private static func negating(_ tokens: [Token]) -> [Token] {
    var result = tokens
    var start = 0
    while start < result.count {
      var end = start
      while end < result.count && result[end].clause == result[start].clause { end += 1 }
      negate(&result, clause: start..<end)
      start = end
    }
    return result
  }

  /// Forwards, a negation negates the next ``negationReach`` uncommon words, and one more after
  /// each `or` that follows a negated word ("no witness or third node"). Backwards, a short
  /// clause (at most three uncommon words before the end) that ends in a negated verb ("clocks do
  /// not help", "replicas never converge") or a dismissal ("ties are impossible") negates those
  /// words too; in a longer one the words before are more than a subject.
  private static func negate(_ tokens: inout [Token], clause: Range<Int>) {
    var reach = 0
    var lastNegated = false
    for index in clause {
      if tokens[index].isNegation {
        reach = negationReach
      } else if tokens[index].word == "or" && lastNegated {
        reach = max(reach, 1)
      } else if !tokens[index].isCommon {
        lastNegated = reach > 0
        tokens[index].isNegated = lastNegated
        reach = max(reach - 1, 0)
      }
    }
    let uncommon = clause.filter { !tokens[$0].isCommon }
    var end: Int?
    if let last = uncommon.last, CommonWords.dismissals.contains(tokens[last].word) { end = last }
    if let verb = clause.last(where: { ["not", "never"].contains(tokens[$0].word) }),
      uncommon.filter({ $0 > verb }).count <= 1
    {
      end = max(end ?? verb, verb)
    }
    guard let end else { return }
    let subject = uncommon.filter { $0 < end }
    guard subject.count <= 3 else { return }
    for index in subject { tokens[index].isNegated = true }
  }

  /// How many uncommon words after a negation it negates.
  static let negationReach = 3
}

/// Splits text into tokens, sentences and clauses; see ``AnswerText``.
private struct Reader {
  var tokens: [AnswerText.Token] = []
  private var sentence = 0
  private var clause = 0
  private var position = 0
  private var current = ""
  private var lineStart = true

  mutating func read(_ text: String) {
    let characters = Array(text.lowercased())
    for (index, character) in characters.enumerated() {
      let next = index + 1 < characters.count ? characters[index + 1] : " "
      if character.isLetter || character.isNumber {
        current.append(character)
        lineStart = false
      } else if Self.apostrophes.contains(character), !current.isEmpty, next.isLetter {
        current.append("'")
      } else {
        finishWord()
        separator(character, next: next, previous: index > 0 ? characters[index - 1] : " ")
      }
    }
    finishWord()
  }

  private static let apostrophes: Set<Character> = ["'", "’", "ʼ"]
  private static let clauseWords: Set<String> = [
    "and", "so", "but", "however", "although", "though", "whereas", "because", "unless", "except",
  ]

  private mutating func separator(_ character: Character, next: Character, previous: Character) {
    switch character {
    case "\n":
      lineStart = true
    case ".", "!", "?", ";":
      // A stop inside a token (3.5, e.g.) or after a single letter (e.g. a) ends nothing.
      let single = tokens.last.map { $0.word.count == 1 && $0.word.first?.isLetter == true } ?? false
      if character == "." && (!next.isWhitespace || single) { return }
      newSentence()
    case "-", "*", "•":
      if lineStart {
        newSentence()
      } else if character == "-" && previous.isWhitespace && next.isWhitespace {
        clause += 1
      }
    case ",", ":", "(", ")", "[", "]", "—", "–", "\"", "“", "”":
      clause += 1
    default:
      return
    }
  }

  private mutating func newSentence() {
    if tokens.last?.sentence == sentence { sentence += 1 }
    clause += 1
  }

  private mutating func finishWord() {
    guard !current.isEmpty else { return }
    let words = Self.expanded(current)
    current = ""
    if let word = words.first, Self.clauseWords.contains(word) { clause += 1 }
    for word in words { append(word) }
    lineStart = false
  }

  private mutating func append(_ word: String) {
    var isNegation = CommonWords.negations.contains(word)
    if word == "of", tokens.last?.word == "instead" { isNegation = true }
    if word == "than", tokens.last?.word == "rather" { isNegation = true }
    let isCommon = isNegation || CommonWords.all.contains(word)
    tokens.append(
      AnswerText.Token(
        word: word, stem: Stemmer.stem(word), sentence: sentence, clause: clause, position: position,
        isNegation: isNegation, isCommon: isCommon, isNegated: false))
    if !isCommon { position += 1 }
  }

  /// A word with its contractions opened: `doesn't` → `does not`, `cannot` → `can not`,
  /// `leader's` → `leader`, `dont` → `do not`.
  private static func expanded(_ word: String) -> [String] {
    if let base = CommonWords.contractions[word.replacingApostrophes] { return [base, "not"] }
    if word.hasSuffix("n't") {
      let base = String(word.dropLast(3))
      if base.isEmpty { return ["not"] }
      return [base == "ca" ? "can" : base == "wo" ? "will" : base, "not"]
    }
    for suffix in ["'s", "'re", "'ll", "'ve", "'d", "'m"] where word.hasSuffix(suffix) {
      return [String(word.dropLast(suffix.count)).replacingApostrophes]
    }
    return [word.replacingApostrophes]
  }
}

extension String {
  /// The string without `'`.
  fileprivate var replacingApostrophes: String { filter { $0 != "'" } }
}
