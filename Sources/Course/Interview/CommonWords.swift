/// The words the grader reads but does not match on their own: common words that say nothing
/// about replication, the negations, and contractions written without an apostrophe.
///
/// A phrasing's common words are dropped (`the order of writes` needs `order` and `write`), unless
/// they are joined to a neighbour with `-` (`or-set`, `as-of`), which asks for the words in that
/// order. Numbers, `one`, `each`, `every`, `all`, `same`, `own` and `us` are not common here: a
/// key point can hinge on them.
public enum CommonWords {
  /// The common words.
  public static let all: Set<String> = [
    "a", "an", "the", "and", "or", "but", "if", "then", "than", "so", "as", "at", "by", "for", "from",
    "in", "into", "of", "on", "onto", "to", "with", "about", "is", "are", "was", "were", "be", "been",
    "being", "am", "do", "does", "did", "doing", "have", "has", "had", "having", "it", "its", "this",
    "that", "these", "those", "there", "here", "i", "me", "my", "you", "your", "we", "our", "they",
    "them", "their", "he", "she", "his", "her", "him", "can", "could", "would", "should", "will",
    "shall", "may", "might", "must", "just", "really", "actually", "basically", "simply", "quite",
    "very", "pretty", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "some",
    "any", "such", "get", "gets", "got", "well", "ok", "okay", "um", "uh", "yeah", "too", "also",
    "instead", "rather", "however", "although", "though", "whereas", "because", "unless", "except",
    "e", "g", "ie", "eg", "etc", "s", "t", "d", "ll", "re", "ve", "m", "something", "thing",
    "things", "stuff", "kind", "sort", "way", "lot", "lots", "bit", "anyway", "honestly", "obviously",
    "ever", "even", "necessarily", "exactly", "during", "while", "whether", "since", "until",
  ]

  /// The words that negate what follows them; `instead of` and `rather than` do too.
  public static let negations: Set<String> = [
    "not", "no", "never", "none", "nothing", "nobody", "neither", "nor", "without",
  ]

  /// Words that dismiss what their clause said before them: "clocks are irrelevant" negates
  /// `clocks`, as "clocks do not matter" does.
  public static let dismissals: Set<String> = [
    "useless", "pointless", "irrelevant", "unnecessary", "impossible", "meaningless", "unneeded",
  ]

  /// Negative contractions typed without an apostrophe, and `cannot`: the word before `not`.
  static let contractions: [String: String] = [
    "dont": "do", "doesnt": "does", "didnt": "did", "isnt": "is", "arent": "are", "wasnt": "was",
    "werent": "were", "cant": "can", "cannot": "can", "wont": "will", "shouldnt": "should",
    "wouldnt": "would", "couldnt": "could", "hasnt": "has", "havent": "have", "hadnt": "had",
    "aint": "is", "mustnt": "must", "neednt": "need",
  ]
}
