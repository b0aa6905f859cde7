import Course
import CourseContent
import Testing

/// Interview questions: the file format and its problems, normalisation, and grading of every
/// shipped question against its own model answer.
@Suite struct InterviewTests {
  private static let library = ContentLoader.load(BuiltInContent.files).library

  private let lesson = ContentFile(
    path: "lessons/10-a.md", text: "---\nid: a\ntitle: A\norder: 10\n---\nText.\n")

  private func question(_ path: String = "interview/01-q.md", _ lines: String...) -> ContentFile {
    ContentFile(path: path, text: lines.joined(separator: "\n"))
  }

  private var good: ContentFile {
    question(
      "interview/01-q.md",
      "---", "id: q", "topic: basics", "lesson: a", "source: own", "---",
      "## Question", "Why more than one leader?", "",
      "## Model answer", "Several leaders give **low latency** and keep writing in a partition.", "",
      "## Key points",
      "- Writes are fast | low latency, fast writes",
      "- Regions keep writing when cut off | partition, keep writing",
      "- Conflicts are the price | conflict")
  }

  @Test func aQuestionLoads() throws {
    let loaded = ContentLoader.load([lesson, good])
    #expect(loaded.problems.isEmpty, "\(loaded.problems)")
    let q = try #require(loaded.library.interview("q"))
    #expect(q.topic == "basics")
    #expect(q.source == .own)
    #expect(q.question == "Why more than one leader?")
    #expect(q.keyPoints.count == 3)
    #expect(q.keyPoints[0].phrasings == ["low latency", "fast writes"])
    #expect(q.keyPoints[0].line == 14)
    #expect(loaded.library.interviewTopics == ["basics"])
  }

  /// A shell or a quiz loads without reading every wording (start-up stays fast); the library is
  /// the same, and only the wording problems, which `content check` reports, are left out.
  @Test func loadingForUseSkipsOnlyTheWordingChecks() {
    let broken = question(
      "interview/02-bad.md",
      "---", "id: q", "topic: basics", "lesson: nowhere", "source: own", "---",
      "## Question", "What?", "", "## Model answer", "This.", "",
      "## Key points",
      "- Common words only | the of")
    let checked = ContentLoader.load([lesson, good, broken])
    let forUse = ContentLoader.load([lesson, good, broken], checkingWordings: false)
    #expect(forUse.library == checked.library)
    let wordingProblem = "the phrasing `the of` has only common words"
    #expect(checked.problems.contains { $0.message.hasPrefix(wordingProblem) }, "\(checked.problems)")
    #expect(!forUse.problems.contains { $0.message.hasPrefix(wordingProblem) }, "\(forUse.problems)")
    let builtIn = ContentLoader.load(BuiltInContent.files, checkingWordings: false).library
    #expect(builtIn == ContentLoader.load(BuiltInContent.files).library)
  }

  @Test func problemsAreReportedWithFileAndLine() {
    let broken = question(
      "interview/02-bad.md",
      "---", "id: q", "topic: basics", "lesson: nowhere", "source: book", "---",
      "## Question", "What?", "",
      "## Key points",
      "- A point without phrasings",
      "- Another | ",
      "just text",
      "- Symbols only | ???",
      "- Common words only | the of, lose||drop")
    let loaded = ContentLoader.load([lesson, good, broken])
    let messages = loaded.problems.map(\.description)
    let expected = [
      "interview/02-bad.md:1: the question needs a `## Model answer` section",
      "interview/02-bad.md:5: `source` must be `seed` (from the source document) or `own`, not `book`",
      "interview/02-bad.md:11: the key point has no accepted phrasings; add `| a phrasing, another phrasing`",
      "interview/02-bad.md:12: the key point has no accepted phrasings; add `| a phrasing, another phrasing`",
      "interview/02-bad.md:13: a key point is one line `- what the point is | a phrasing, another phrasing`",
      "interview/02-bad.md:14: the phrasing `???` has no letters or digits, so it can never match",
      "interview/02-bad.md:15: the phrasing `the of` has only common words, so it would match almost any answer; add a word that says something, or join words with `-` to ask for them in that order",
      "interview/02-bad.md:15: the phrasing `lose||drop` has an empty synonym in `lose||drop`; write synonyms as `a|b`, without spaces",
    ]
    for message in expected {
      #expect(messages.contains(message), "\(messages)")
    }
  }

  @Test func unknownLessonsAndDuplicateIdsAreProblems() {
    let copy = question(
      "interview/02-copy.md",
      "---", "id: q", "topic: basics", "lesson: nowhere", "source: seed", "---",
      "## Question", "Again?", "## Model answer", "Yes, low latency.", "## Key points",
      "- Fast | low latency", "- Slow | high latency")
    let messages = ContentLoader.load([lesson, good, copy]).problems.map(\.description)
    #expect(
      messages.contains(
        "interview/02-copy.md:1: the interview question id `q` is already used by interview/01-q.md"))
    #expect(
      messages.contains("interview/02-copy.md:1: `lesson` names lesson `nowhere`, which does not exist"))
  }

  @Test func tooFewPointsAndUnknownSectionsAreProblems() {
    let thin = question(
      "interview/03-thin.md",
      "---", "id: thin", "topic: basics", "lesson: a", "source: own", "---",
      "## Question", "Q?", "## Model answer", "A.", "## Hints", "no", "## Key points", "- One | one")
    let messages = ContentLoader.load([lesson, thin]).problems.map(\.description)
    #expect(messages.contains { $0.hasPrefix("interview/03-thin.md:11: unknown section `## Hints`") })
    #expect(messages.contains("interview/03-thin.md:14: a question needs 2 to 9 key points, not 1"))
  }

  @Test func normalisationIgnoresCasePunctuationAndWordForms() {
    #expect(AnswerText.normalized("Last-Write-Wins!") == "last writ win")
    #expect(AnswerText.normalized("  Version   vectors, siblings.") == "version vector sibl")
    #expect(AnswerText.normalized("Replicas REPLICATED it") == "replicat replicat it")
    #expect(AnswerText.normalized("loss is less") == "los is less")
  }

  @Test func gradingCoversPointsByAnyPhrasing() throws {
    let q = try #require(ContentLoader.load([lesson, good]).library.interview("q"))
    let grade = InterviewGrader.grade("Writes are FAST-WRITES; but there is a Conflict.", for: q)
    #expect(grade.covered.map(\.description) == ["Writes are fast", "Conflicts are the price"])
    #expect(grade.missed.map(\.description) == ["Regions keep writing when cut off"])
    #expect(grade.total == 3)
    #expect(abs(grade.fraction - 2.0 / 3.0) < 1e-9)
  }

  @Test func theShippedContentHasTheSeedQuestionsAndThirtyMore() {
    let questions = Self.library.interviews
    #expect(questions.filter { $0.source == .seed }.count == 5)
    #expect(questions.filter { $0.source == .own }.count >= 30)
    let lessons = Set(Self.library.lessons.map(\.id))
    for question in questions {
      #expect(lessons.contains(question.lesson), "\(question.id)")
      #expect((4...7).contains(question.keyPoints.count), "\(question.id)")
      let words = question.modelAnswer.split { $0 == " " || $0 == "\n" }.count
      #expect((80...200).contains(words), "\(question.id): \(words) words")
    }
  }

  /// A strong self-consistency check: a question's own model answer covers every one of its key
  /// points (so the phrasings are ones a good answer really uses).
  @Test(arguments: ContentLoader.load(BuiltInContent.files).library.interviews.map(\.id))
  func theModelAnswerCoversItsOwnKeyPoints(_ id: String) throws {
    let question = try #require(Self.library.interview(id))
    let grade = InterviewGrader.grade(question.modelAnswer, for: question)
    #expect(grade.missed.isEmpty, "\(question.id) misses \(grade.missed.map(\.description))")
  }

  @Test(arguments: ContentLoader.load(BuiltInContent.files).library.interviews.map(\.id))
  func anEmptyOrIrrelevantAnswerCoversNothing(_ id: String) throws {
    let question = try #require(Self.library.interview(id))
    let answers = [
      "", "   ", "I like pizza, and the weather is nice today.", "\u{0}\u{1}", "I don't know.",
      "I have no idea, sorry.", "It depends on the use case.", "Replication copies data between servers.",
    ]
    for answer in answers {
      #expect(InterviewGrader.grade(answer, for: question).covered.isEmpty, "\(question.id): \(answer)")
    }
  }

  @Test func ratingsAreReadFromWordsAndNumbers() {
    #expect(SelfRating(typed: " Good ") == .good)
    #expect(SelfRating(typed: "1") == .again)
    #expect(SelfRating(typed: "4") == .easy)
    #expect(SelfRating(typed: "5") == nil)
    #expect(SelfRating(typed: "great") == nil)
  }
}
