import Course
import CourseContent
import Foundation
import Testing

/// Facts the shipped content once got wrong (issue 19), guarded so the old wording cannot return.
///
/// Each check reads the built-in files with line breaks and narration markers folded into single
/// spaces, so a phrase is found wherever the text happens to wrap.
@Suite struct ContentCorrectionTests {
  /// The built-in file whose path ends with `suffix`, as one line.
  private func text(_ suffix: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let file = try #require(
      BuiltInContent.files.first { $0.path.hasSuffix(suffix) }, "no \(suffix)", sourceLocation: sourceLocation
    )
    return Self.folded(file.text)
  }

  /// Line breaks, quote markers and runs of spaces become one space; case is kept.
  static func folded(_ text: String) -> String {
    text.replacingOccurrences(of: "\n> ", with: " ").split(whereSeparator: \.isWhitespace).joined(
      separator: " ")
  }

  @Test("quorum is not called strong consistency; reads need w + r > n or the leader")
  func quorumSerialisesWritesOnly() throws {
    for suffix in ["130-quorum.md", "30-single-vs-multi-leader.md", "40-three-branches-vote.scenario"] {
      let lesson = try text(suffix)
      #expect(!lesson.lowercased().contains("strong consistency"), "\(suffix)")
      #expect(!lesson.lowercased().contains("strongly consistent"), "\(suffix)")
      #expect(lesson.contains("w + r > n"), "\(suffix)")
      #expect(lesson.contains("serialises conflicting writes") || lesson.contains("serialised"), "\(suffix)")
    }
  }

  @Test(
    "the quorum lesson says what Paxos and Raft do with an in-doubt write; the quiz says the model cannot")
  func takeOverIsExplained() throws {
    let lesson = try text("130-quorum.md")
    for phrase in ["Paxos Made Simple", "In Search of an Understandable Consensus Algorithm", "no take-over"]
    {
      #expect(lesson.contains(phrase), "\(phrase)")
    }
    let quiz = try text("quizzes/quorum-crashed-asker.md")
    #expect(quiz.contains("has no coordinator take-over"))
  }

  @Test("possible-outcomes says what the search varies: requests on time, replication messages in any order")
  func possibleOutcomesPromptMatchesTheSearch() throws {
    let quiz = try text("quizzes/possible-outcomes.md")
    #expect(!quiz.contains("before or after the other write has been replicated"))
    #expect(quiz.contains("Each request reaches its leader at the moment it is sent"))
  }

  @Test("an even number of voters is not said to be useless, and n = 4 is said to survive one failure")
  func evenQuorums() throws {
    let answer = try text("interview/19-quorum-two-leaders.md")
    #expect(!answer.contains("only tolerate failures with an **odd** number"))
    #expect(answer.contains("four leaders survive one failure"))
  }

  @Test("the CRDT lesson tells state-based laws from operation-based delivery")
  func crdtKinds() throws {
    let lesson = try text("120-merging-and-crdts.md")
    for phrase in ["state-based", "operation-based", "exactly once", "causal order"] {
      #expect(lesson.contains(phrase), "\(phrase)")
    }
    #expect(!lesson.contains("CRDTs are data types whose merge is commutative"))
  }

  @Test("dotted version vectors are about sibling explosion; Riak's LWW needs last_write_wins")
  func riakFacts() throws {
    let vectors = try text("100-version-vectors.md")
    #expect(vectors.contains("sibling explosion"))
    #expect(!vectors.contains("to keep this small"))
    let lww = try text("70-last-write-wins.md")
    #expect(lww.contains("last_write_wins"))
    #expect(!lww.contains("Riak and DynamoDB's default global tables use it too"))
    #expect(!lww.contains("**idempotent** or **write-once**"))
  }

  @Test("pgactive still gives no causal ordering; the CRDT policy is not announced as future")
  func staleWording() throws {
    let interview = try text("interview/22-write-ordering.md")
    #expect(!interview.contains("BDR once"))
    #expect(interview.contains("pgactive still does not"))
    #expect(try text("160-write-ordering.md").contains("pgactive"))
    #expect(!(try text("60-conflict-resolution.md")).contains("coming as"))
  }

  @Test("the glossary tells skew from offset, and a quorum from a majority")
  func glossary() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent(
        "Sources/ReplicationModel/ReplicationModel.docc/Glossary.md")
    let glossary = Self.folded(try String(contentsOf: url, encoding: .utf8))
    #expect(glossary.contains("**Offset**: how far one clock is from true time"))
    #expect(glossary.contains("**Skew**: how far two clocks are from each other"))
    #expect(glossary.contains("w + r > n"))
    #expect(!glossary.contains("**Quorum**: a strict majority of the leaders"))
  }
}
