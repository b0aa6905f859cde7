import Course

/// The one-page sheet for the day before the interview: each lesson's key fact (the first
/// sentence of its "In an interview" section) with the key points of its interview questions, the
/// mnemonic, and the learner's weakest topics. Everything comes from the content and progress: it
/// states no fact of its own.
package struct CheatSheet: Sendable {
  /// One lesson's facts.
  package struct Entry: Hashable, Sendable {
    /// The lesson's title.
    package var title: String
    /// The lesson's id.
    package var lesson: String
    /// The first sentence of the lesson's "In an interview" section, if it has one.
    package var fact: String?
    /// Key points of the interview questions on the lesson (at most ``pointLimit``).
    package var points: [String]
  }

  /// A weak topic and the lesson to read again.
  package struct WeakTopic: Hashable, Sendable {
    /// The topic.
    package var topic: String
    /// Its recall now, as a percentage.
    package var recall: String
    /// The lesson its questions point to, if any.
    package var lesson: String?
  }

  /// Key points kept per lesson, so the sheet fits one page.
  package static let pointLimit = 3
  /// Weak topics listed.
  package static let weakLimit = 4

  /// The lessons with something to say, in course order.
  package var entries: [Entry]
  /// The mnemonic's phrase, such as "Many Tasty Local Choices".
  package var phrase: String?
  /// The mnemonic's letters: letter, word and meaning.
  package var letters: [(letter: String, word: String, meaning: String)]
  /// The weakest topics, weakest first (empty before any review).
  package var weakest: [WeakTopic]

  /// The sheet for `library`, with the weakest of `strengths` among the topics reviewed.
  package init(library: ContentLibrary, strengths: [TopicStrength]) {
    entries = library.lessons.compactMap { lesson in
      let fact = Self.interviewSection(of: lesson).flatMap(Self.firstSentence)
      var seen: Set<String> = []
      let points = library.interviews.filter { $0.lesson == lesson.id }.flatMap(\.keyPoints).map(
        \.description
      )
      .filter { seen.insert($0.lowercased()).inserted }
      guard fact != nil || !points.isEmpty else { return nil }
      return Entry(
        title: lesson.title, lesson: lesson.id, fact: fact, points: Array(points.prefix(Self.pointLimit)))
    }
    phrase = library.mnemonic?.phrase
    letters = library.mnemonic?.letters.map { ($0.letter, $0.word, $0.meaning) } ?? []
    weakest = strengths.filter { $0.seen > 0 && $0.recall < StudyPlanner.weakRecall }.prefix(Self.weakLimit)
      .map {
        strength in
        WeakTopic(
          topic: strength.topic, recall: strength.recallPercent,
          lesson: library.quizzes.first { $0.topic == strength.topic }?.lesson)
      }
  }

  /// The text of the lesson's `## In an interview` section, joined into one paragraph.
  static func interviewSection(of lesson: Lesson) -> String? {
    guard
      let start = lesson.body.firstIndex(where: {
        $0.text.trimmingSpaces.lowercased() == "## in an interview"
      })
    else { return nil }
    let lines = lesson.body[(start + 1)...].prefix { !$0.text.hasPrefix("#") && !$0.text.hasPrefix("```") }
    let text = lines.map(\.text.trimmingSpaces).filter { !$0.isEmpty }.joined(separator: " ")
    return text.isEmpty ? nil : text
  }

  /// The first sentence of `text`, without the quotation marks around a quoted answer.
  static func firstSentence(_ text: String) -> String? {
    var text = text
    if text.hasPrefix("\"") { text.removeFirst() }
    var end = text.endIndex
    var index = text.startIndex
    while index < text.endIndex {
      let next = text.index(after: index)
      if ".!?".contains(text[index]) && (next == text.endIndex || text[next] == " ") {
        end = next
        break
      }
      index = next
    }
    let sentence = String(text[..<end]).trimmingSpaces
    return sentence.isEmpty ? nil : sentence
  }
}
