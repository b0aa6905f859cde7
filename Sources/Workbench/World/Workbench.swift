import ReplicationModel
import ReplicationSimulation
import TerminalUI

/// The replication world and its command language: build a cluster, act on it, look at it.
///
/// A workbench runs one line at a time and returns what to print. It never touches a terminal, a
/// file or a clock. It knows nothing of the course: quiz set-ups, scenario steps, lesson examples
/// and `what-if` run on workbenches of their own, and cannot start a lesson or a quiz, because
/// ``WorkbenchCommand`` has no such case. A line that fails leaves the world exactly as it was.
public struct Workbench: Sendable {
  /// Output options.
  public var options: SessionOptions
  /// The replication world the commands act on.
  public package(set) var world: Simulation
  /// The cluster description the world was built from (for `cluster`, `seed` and `reset`).
  package var configuration: ClusterConfiguration
  /// The seed of the current world.
  package var seed: UInt64
  /// The last exploration, for `replay`.
  package var exploration: ExplorationMemory?
  /// Asked during long commands whether to stop (Ctrl-C), and shown their progress.
  public var watch = CommandWatch.none
  /// The world-changing commands since the world was set up, for `undo`, `redo` and `what-if`.
  package var history: UndoHistory

  /// Creates a workbench with the default two-region cluster.
  public init(options: SessionOptions = SessionOptions()) {
    self.options = options
    self.seed = options.seed
    self.configuration = ClusterConfiguration()
    // The default configuration is valid by construction.
    let world = try! Simulation(configuration: configuration, seed: options.seed)
    self.world = world
    history = UndoHistory(
      start: WorldSnapshot(world: world, configuration: configuration, seed: options.seed),
      origin: "the session started")
  }

  /// Runs one line: a workbench command, a comment or a blank line. An error comes back in the
  /// outcome, with the world unchanged.
  public mutating func execute(_ line: String) -> CommandOutcome {
    do {
      guard let command = try CommandParser.parse(line) else { return CommandOutcome() }
      return try run(command, line: line)
    } catch {
      return CommandOutcome(error: error.text)
    }
  }

  /// Runs a parsed command, in place: every command checks what it needs before it changes
  /// anything, so a failure leaves the world as it was without copying it first. A command that
  /// changes the world goes into the undo history, labelled with `line` as typed.
  package mutating func run(_ command: WorkbenchCommand, line: String? = nil) throws(ShellError)
    -> CommandOutcome
  {
    let role = command.historyRole
    guard role == .view else { return try runRecorded(command, role: role, line: line) }
    return try runUnrecorded(command)
  }

  /// Runs a parsed command without recording it in the undo history.
  package mutating func runUnrecorded(_ command: WorkbenchCommand) throws(ShellError) -> CommandOutcome {
    switch command {
    case .export(let request): return try export(request)
    // Pictures are drawn to the width already; wrapping them again would only cost time.
    case .diagram(let request): return CommandOutcome(output: try diagramView(request))
    case .topology(let ascii): return CommandOutcome(output: topologyView(ascii: ascii))
    default:
      let output = try perform(command)
      return CommandOutcome(
        output: command.printsJSON(globally: options.json)
          ? output : OutputFitter.fit(output, width: options.width))
    }
  }

  /// The styler for the session's text style.
  package var styler: Styler { Styler(style: options.style, charset: options.charset) }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  package var trimmingSpaces: String {
    var text = Substring(self)
    while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
    while let last = text.last, last == " " || last == "\t" { text.removeLast() }
    return String(text)
  }
}
