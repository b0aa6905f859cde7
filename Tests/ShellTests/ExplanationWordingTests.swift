import Testing

@testable import Workbench

/// `explain` texts that once said something wrong or stale (issue 19).
@Suite struct ExplanationWordingTests {
  private func explanation(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String
  {
    try #require(
      Explanations.topics.first { $0.names.contains(name) }?.text, "no \(name)",
      sourceLocation: sourceLocation)
  }

  @Test("explain quorum: writes are serialised, reads need w + r > n, and the waiting rule the trace shows")
  func quorum() throws {
    let text = try explanation("quorum")
    #expect(!text.lowercased().contains("strong consistency"))
    #expect(text.contains("w + r > n"))
    #expect(text.contains("serialised"))
    #expect(text.contains("asia holds the key for w2, so w1 waits"))
  }

  @Test("explain merge union no longer announces CRDTs as a later version")
  func mergeUnion() throws {
    let text = try explanation("merge union")
    #expect(!text.contains("a later version"))
    #expect(text.contains("policy crdt"))
  }
}
