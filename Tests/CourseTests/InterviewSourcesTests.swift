import Course
import CourseContent
import Testing

/// The `## Sources` section of an interview question: a question that names a real system must give
/// a source line naming that system, and the shipped questions all do.
@Suite struct InterviewSourcesTests {
  private let lesson = ContentFile(
    path: "lessons/10-a.md", text: "---\nid: a\ntitle: A\norder: 10\n---\nText.\n")

  private func question(answer: String, sources: [String]?) -> ContentFile {
    var lines = [
      "---", "id: q", "topic: basics", "lesson: a", "source: own", "---",
      "## Question", "How does a store resolve conflicts?", "",
      "## Model answer", answer, "",
      "## Key points",
      "- The later timestamp wins | later timestamp, highest timestamp",
      "- Clock skew loses writes | skew, lose write",
    ]
    if let sources { lines += ["", "## Sources"] + sources.map { "- " + $0 } }
    return ContentFile(path: "interview/01-q.md", text: lines.joined(separator: "\n"))
  }

  private func messages(answer: String, sources: [String]?) -> [String] {
    ContentLoader.load([lesson, question(answer: answer, sources: sources)]).problems.map(\.description)
  }

  @Test func aQuestionThatNamesASystemWithoutASourceIsAProblem() {
    let messages = messages(answer: "Cassandra keeps the **highest timestamp** per cell.", sources: nil)
    #expect(messages.count == 1)
    #expect(messages.first?.contains("interview/01-q.md:1: the question names Cassandra") == true)
  }

  @Test func aSourceForAnotherSystemDoesNotCount() {
    let messages = messages(
      answer: "Cassandra and Riak differ.", sources: ["Riak: Basho, Riak KV docs, \"Conflict Resolution\""])
    #expect(messages.count == 1)
    #expect(messages.first?.contains("names Cassandra") == true)
  }

  @Test func aSourceLineForEachNamedSystemIsEnoughAndIsKept() throws {
    let file = question(
      answer: "Cassandra keeps the highest timestamp; DynamoDB global tables do too.",
      sources: ["Cassandra: apache/cassandra, Cells.java", "DynamoDB: AWS, global tables docs"])
    let loaded = ContentLoader.load([lesson, file])
    #expect(loaded.problems.isEmpty, "\(loaded.problems)")
    let q = try #require(loaded.library.interview("q"))
    #expect(q.sources == ["Cassandra: apache/cassandra, Cells.java", "DynamoDB: AWS, global tables docs"])
  }

  @Test func namesAreWholeWordsSoDynamoIsNotDynamoDB() {
    #expect(NamedSystems.named(in: "DynamoDB global tables") == ["DynamoDB"])
    #expect(NamedSystems.named(in: "Amazon's Dynamo, and DynamoDB.") == ["DynamoDB", "Dynamo"])
    #expect(NamedSystems.named(in: "Riaks and cassandra") == [])
    #expect(NamedSystems.named(in: "Spanner's TrueTime") == ["Spanner"])
  }

  /// Names of two words are found as two neighbouring words, across a line break too, and not
  /// when only one of them is there.
  @Test func twoWordNamesAreNeighbouringWords() {
    #expect(NamedSystems.named(in: "Azure Cosmos DB resolves it") == ["Cosmos DB"])
    #expect(
      NamedSystems.named(in: "MySQL Group\nReplication and Google Docs.") == [
        "MySQL Group Replication", "Google Docs",
      ])
    #expect(NamedSystems.named(in: "a replication group, Google's docs") == [])
    #expect(NamedSystems.named(in: "(pgactive)-style; BDR3") == ["pgactive"])
  }

  @Test func aQuestionNamingNoSystemNeedsNoSources() {
    #expect(messages(answer: "The **highest timestamp** wins, so skew loses writes.", sources: nil).isEmpty)
  }

  @Test func anEmptyOrMalformedSourcesSectionIsAProblem() {
    let empty = messages(answer: "The highest timestamp wins.", sources: [])
    #expect(empty.contains { $0.contains("the `## Sources` section is empty") })
    let loaded = ContentLoader.load([
      lesson,
      ContentFile(
        path: "interview/01-q.md",
        text: question(answer: "The highest timestamp wins.", sources: nil).text
          + "\n## Sources\nnot a list\n"),
    ])
    #expect(loaded.problems.contains { $0.description.contains("a source is one line") })
  }

  @Test func everyShippedQuestionThatNamesASystemHasItsSource() {
    for question in ContentLoader.load(BuiltInContent.files).library.interviews {
      let missing = NamedSystems.unsourced(
        in: question.question, answer: question.modelAnswer, sources: question.sources)
      #expect(missing.isEmpty, "\(question.id) has no source for \(missing)")
    }
  }
}
