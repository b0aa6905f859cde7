import Course
import ReplicationModel
import ReplicationSimulation

extension PromptNeed {
  /// What a question's prompt must state, given the run of its set-up: the tie rule when a tie
  /// decided a conflict, the order of a read and a delivery in the same millisecond at the node
  /// read, whether spaces count in a text answer.
  static func needs(of world: Simulation, extractor: QuizExtractor, expected: QuizAnswer) -> Set<PromptNeed> {
    var needs: Set<PromptNeed> = []
    if expected.format == .text { needs.insert(.spacesInText) }
    for event in world.trace {
      guard case .applied(let node, _, let outcome) = event.kind else { continue }
      if case .conflict(let settlement) = outcome, case .winner(_, _, let rule) = settlement.result,
        rule.isTieBreak
      {
        needs.insert(.tieRule)
      }
      if case .read(let name, _) = extractor, event.time == world.now,
        world.layout.name(of: node).lowercased() == name
      {
        needs.insert(.sameMillisecondOrder)
      }
    }
    return needs
  }

  /// Words the prompt uses when it states what this need asks for.
  package var promptWords: [String] {
    switch self {
    case .tieRule: ["tie"]
    case .sameMillisecondOrder: ["same millisecond"]
    case .spacesInText: ["space"]
    }
  }

  /// What the template must add, for `content check`'s message.
  package var problem: String {
    switch self {
    case .tieRule:
      "two timestamps came out equal and a tie rule chose the winner, but the prompt does not state the rule (say what wins a tie)"
    case .sameMillisecondOrder:
      "the node read applies a message in the same millisecond as the read, but the prompt does not say which comes first (say it, or choose times that never tie)"
    case .spacesInText:
      "the answer is a text, but the prompt does not say whether spaces are part of it"
    }
  }
}

extension WinningRule {
  /// Whether the rule breaks a tie of equal timestamps.
  var isTieBreak: Bool {
    switch self {
    case .regionPriorityTieBreak, .writeIDTieBreak, .deletionWinsTie, .largerValueWinsTie, .lowerNodeWinsTie:
      true
    case .newerTimestamp, .regionPriority, .deletionAlwaysWins:
      false
    }
  }
}
