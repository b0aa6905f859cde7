/// The kind of value a command argument takes, for completion and help.
package enum ArgumentKind: Hashable, Sendable {
  /// A node name: `us`, `us-f1`.
  case node
  /// A region name: `us`, `asia`.
  case region
  /// Comma-separated region or node names.
  case group
  /// A key that exists in the cluster.
  case key
  /// `KEY=VALUE`.
  case assignment
  /// A free value.
  case value
  /// A policy name: `lww`, `merge`, ….
  case policy
  /// An argument of the policy (`union`, `concat`).
  case policyArgument
  /// A leader topology name.
  case topology
  /// A timestamp source name.
  case timestampSource
  /// A command name.
  case command
  /// Something `explain` knows.
  case explainable
  /// A network setting name.
  case networkSetting
  /// A duration such as `75ms` or `+2m`.
  case duration
  /// A time such as `12:00:00` or the word `until`.
  case time
  /// A whole number.
  case number
  /// `on` or `off`.
  case onOff
  /// A lesson id, `next` or `prev`.
  case lesson
  /// A scenario id.
  case scenario
  /// A challenge id.
  case challenge
  /// A letter of the mnemonic, or `drill`.
  case mnemonicArgument
  /// The word `policy` after `what-if`.
  case whatIfWord
  /// What `export` writes: `diagram` or `topology`.
  case picture
  /// An export file format.
  case exportFormat
  /// An experiment's name.
  case experiment
  /// A quiz topic.
  case quizTopic
  /// The word `question` after `interview`.
  case interviewWord
  /// An interview question's id or topic.
  case interviewQuestion
  /// A property `explore --check` can check.
  case explorationInvariant
  /// When an explored timer may fire (`explore --timers`).
  case timerRule
  /// The words after `review`: `limits` or `stop`.
  case reviewWord
  /// The word `reset` after `progress`.
  case progressWord
}

/// One `--option` of a command.
package struct OptionSpec: Hashable, Sendable {
  /// The name without dashes.
  package let name: String
  /// The value's placeholder in usage lines, or `nil` for a flag without a value.
  package let valueName: String?
  /// What the value is, for completion.
  package let kind: ArgumentKind?

  /// Creates an option.
  package init(name: String, valueName: String?, kind: ArgumentKind?) {
    self.name = name
    self.valueName = valueName
    self.kind = kind
  }
}

/// The groups `help` lists commands in.
package enum CommandGroup: String, CaseIterable, Sendable {
  case course = "Learn"
  case practice = "Practise"
  case cluster = "Set up the cluster"
  case actions = "Act on it"
  case looking = "Look at it"
  case shell = "The shell"
}

/// Everything the shell knows about one command: syntax, meaning, example, options.
package struct CommandSpec: Hashable, Sendable {
  /// The command's name.
  package let name: String
  /// Other names that run it (`exit` for `quit`).
  package var aliases: [String] = []
  /// The `help` group.
  package let group: CommandGroup
  /// The usage line, for example `write NODE KEY=VALUE [at TIME] [--from REGION]`.
  package let syntax: String
  /// One line on what it does.
  package let summary: String
  /// Extra explanation for `help COMMAND`.
  package var details: String = ""
  /// One or more example lines.
  package let examples: [String]
  /// Its options.
  package var options: [OptionSpec] = []
  /// What each positional argument is, for completion (the last one repeats).
  package var arguments: [ArgumentKind] = []

  /// Creates a command's entry.
  package init(
    name: String, aliases: [String] = [], group: CommandGroup, syntax: String, summary: String,
    details: String = "", examples: [String], options: [OptionSpec] = [], arguments: [ArgumentKind] = []
  ) {
    self.name = name
    self.aliases = aliases
    self.group = group
    self.syntax = syntax
    self.summary = summary
    self.details = details
    self.examples = examples
    self.options = options
    self.arguments = arguments
  }

  /// `usage: …` and an example, for error messages.
  package var usageHint: String { "usage: \(syntax)\nexample: \(examples[0])" }
}
