/// The kind of value a command argument takes, for completion and help.
enum ArgumentKind: Hashable, Sendable {
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
struct OptionSpec: Hashable, Sendable {
  /// The name without dashes.
  let name: String
  /// The value's placeholder in usage lines, or `nil` for a flag without a value.
  let valueName: String?
  /// What the value is, for completion.
  let kind: ArgumentKind?
}

/// The groups `help` lists commands in.
enum CommandGroup: String, CaseIterable, Sendable {
  case course = "Learn"
  case practice = "Practise"
  case cluster = "Set up the cluster"
  case actions = "Act on it"
  case looking = "Look at it"
  case shell = "The shell"
}

/// Everything the shell knows about one command: syntax, meaning, example, options.
struct CommandSpec: Hashable, Sendable {
  /// The command's name.
  let name: String
  /// Other names that run it (`exit` for `quit`).
  var aliases: [String] = []
  /// The `help` group.
  let group: CommandGroup
  /// The usage line, for example `write NODE KEY=VALUE [at TIME] [--from REGION]`.
  let syntax: String
  /// One line on what it does.
  let summary: String
  /// Extra explanation for `help COMMAND`.
  var details: String = ""
  /// One or more example lines.
  let examples: [String]
  /// Its options.
  var options: [OptionSpec] = []
  /// What each positional argument is, for completion (the last one repeats).
  var arguments: [ArgumentKind] = []

  /// `usage: …` and an example, for error messages.
  var usageHint: String { "usage: \(syntax)\nexample: \(examples[0])" }
}
