/// A goal to reach by doing: a starting world, a goal in plain and in pizza words, and the
/// conditions the model checks on the learner's world (`challenge ID`, then `check`).
public struct Challenge: Hashable, Sendable, Identifiable {
  /// The id used by `challenge ID`.
  public var id: String
  /// The title shown in listings.
  public var title: String
  /// Where it sorts among the challenges.
  public var order: Int
  /// The lesson to read first, if any.
  public var lesson: String?
  /// The file it came from, relative to the content folder.
  public var file: String
  /// The goal in plain (system) words, Markdown.
  public var goal: String
  /// The goal in the pizza chain's words, Markdown.
  public var pizza: String
  /// The commands run on a fresh world before the learner starts.
  public var start: CommandBlock
  /// Which world commands the learner may use.
  public var commands: ChallengeCommandRule
  /// What must hold on the learner's world, each with its line in the file.
  public var conditions: [ChallengeConditionLine]
  /// The hints, in the order `hint` gives them.
  public var hints: [String]
  /// A reference solution: commands that reach the goal from the starting world.
  public var solution: CommandBlock

  /// The length of the reference solution: the number of commands to beat.
  public var par: Int { solution.commands.count }
}

/// Which world commands a challenge lets the learner use.
public enum ChallengeCommandRule: Hashable, Sendable {
  /// Every world command.
  case any
  /// Only these commands (and the views, which never change the world).
  case only([String])
  /// Every command but these.
  case allBut([String])

  /// Whether the command named `name` may run.
  public func allows(_ name: String) -> Bool {
    switch self {
    case .any: return true
    case .only(let names): return names.contains(name)
    case .allBut(let names): return !names.contains(name)
    }
  }

  /// The command names the rule lists (for checking that they exist).
  public var names: [String] {
    switch self {
    case .any: return []
    case .only(let names), .allBut(let names): return names
    }
  }
}

/// A condition with the line of the file it was written on.
public struct ChallengeConditionLine: Hashable, Sendable {
  /// The condition.
  public var condition: ChallengeCondition
  /// Its 1-based line in the file.
  public var line: Int

  /// Creates a condition line.
  public init(_ condition: ChallengeCondition, line: Int) {
    self.condition = condition
    self.line = line
  }
}

/// A record of a solved challenge, as the progress store keeps it.
public struct ChallengeRecord: Hashable, Sendable {
  /// The challenge's id.
  public var id: String
  /// The fewest commands the learner has solved it in.
  public var bestCommands: Int
  /// How many times it was solved.
  public var timesSolved: Int
  /// When it was first solved.
  public var firstSolved: Moment

  /// Creates a record.
  public init(id: String, bestCommands: Int, timesSolved: Int, firstSolved: Moment) {
    self.id = id
    self.bestCommands = bestCommands
    self.timesSolved = timesSolved
    self.firstSolved = firstSolved
  }

  /// This record after another solution in `commands` commands.
  public func solvedAgain(in commands: Int) -> ChallengeRecord {
    ChallengeRecord(
      id: id, bestCommands: min(bestCommands, commands), timesSolved: timesSolved + 1,
      firstSolved: firstSolved)
  }
}
