/// A pizza-chain scenario: narrated steps of shell commands, stepped through with `next`.
public struct Scenario: Hashable, Sendable, Identifiable {
  /// The id used by `scenario ID`.
  public var id: String
  /// The title shown in listings.
  public var title: String
  /// Where it sorts among the scenarios.
  public var order: Int
  /// The lesson it illustrates, if any.
  public var lesson: String?
  /// The file it came from, relative to the content folder.
  public var file: String
  /// The steps, in order.
  public var steps: [ScenarioStep]
}

/// One step of a scenario: what to tell the learner, then the commands to run.
public struct ScenarioStep: Hashable, Sendable {
  /// The narration, Markdown lines (the `>` removed).
  public var narration: [SourceLine]
  /// The commands of the step.
  public var commands: CommandBlock
}
