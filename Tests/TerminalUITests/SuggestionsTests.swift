import Testing

@testable import TerminalUI

@Suite struct SuggestionsTests {
  private let commands = ["read", "write", "wait", "white", "state", "status", "stop", "step", "help"]

  @Test func suggestsCloseNames() {
    #expect(Suggestions.closest(to: "wirte", among: commands) == ["write"])
    #expect(Suggestions.closest(to: "stat", among: commands) == ["state", "status"])
    #expect(Suggestions.closest(to: "WRITE", among: commands) == ["write", "white"])
    #expect(Suggestions.closest(to: "hlep", among: commands) == ["help"])
  }

  @Test func sortsByDistanceThenNameAndHonoursTheLimit() {
    #expect(Suggestions.closest(to: "stap", among: commands) == ["step", "stop"])
    #expect(Suggestions.closest(to: "st", among: commands) == ["step", "stop", "state"])
    #expect(Suggestions.closest(to: "st", among: commands, limit: 5) == ["step", "stop", "state", "status"])
    #expect(Suggestions.closest(to: "st", among: commands, limit: 0) == [])
  }

  @Test func returnsNothingForFarOrEmptyWords() {
    #expect(Suggestions.closest(to: "replicate", among: commands) == [])
    #expect(Suggestions.closest(to: "", among: commands) == [])
    #expect(Suggestions.closest(to: "x", among: []) == [])
  }

  @Test func removesDuplicateCandidates() {
    #expect(Suggestions.closest(to: "red", among: ["read", "read"]) == ["read"])
  }

  @Test(arguments: [
    ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("kitten", "sitting", 3), ("ca", "ac", 1),
    ("ca", "abc", 3), ("wirte", "write", 1), ("寿司", "司寿", 1), ("Write", "write", 1),
  ])
  func optimalStringAlignmentDistance(source: String, target: String, expected: Int) {
    #expect(Suggestions.distance(source, target) == expected)
    #expect(Suggestions.distance(target, source) == expected)
  }
}
