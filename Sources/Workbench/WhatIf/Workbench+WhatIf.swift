import ReplicationModel
import ReplicationSimulation
import TerminalUI

extension Workbench {
  /// Puts `setting` into the world now. A topology needs a new cluster, so it is refused once the
  /// world has run anything; the clocks and the network are carried over.
  package mutating func apply(_ setting: WorldSetting) throws(ShellError) {
    switch setting {
    case .policy(let choice): _ = try setPolicy(choice, key: nil, tiebreak: nil, timeout: nil)
    case .timestamps(let source): _ = try perform(.timestamps(source))
    case .clock(let node, let skew, let drift):
      _ = try perform(.setClock(node: node, skew: skew, driftPPM: drift))
    case .latency(let a, let b, let latency): _ = try perform(.setLatency(a, b, latency))
    case .topology(let topology):
      guard world.eventsProcessed == 0 && !world.hasPendingEvents else {
        throw ShellError(
          "what-if topology rebuilds the cluster from the start, but this world's history starts "
            + "when it had already run (\(history.origin)).",
          hint:
            "Type reset and your commands again, then what-if topology; or compare with cluster REGION... --topology."
        )
      }
      let clocks = world.layout.nodes.map { (name: $0.name, clock: world.clock(of: $0.id)) }
      var changed = configuration
      changed.topology = topology
      try rebuildWorld(configuration: changed, seed: seed)
      for (name, clock) in clocks {
        if let id = try? world.layout.node(named: name) { try? world.setClock(clock, of: id) }
      }
    }
  }

  /// The world `commands` lead to from `start` with `setting` changed: put in at the start and
  /// again after every `cluster`, `reset` or `seed`, with the commands that set the same thing
  /// left out; then run until nothing is pending. `describe` names a command that fails.
  package func alternative(
    from start: WorldSnapshot, replaying commands: [WorkbenchCommand], with setting: WorldSetting?,
    describe: (Int) -> String
  ) throws(ShellError) -> Workbench {
    var bench = Workbench(options: options)
    bench.restore(start)
    bench.history = history
    let flag = StopFlag()
    bench.watch = watch.raising(flag)
    var applied = false
    var refusal: ShellError?
    func reapply() {
      guard let setting else { return }
      if (try? bench.apply(setting)) != nil { applied = true }
    }
    if let setting {
      do {
        try bench.apply(setting)
        applied = true
      } catch {
        // A topology cannot be changed once the world has run: say so rather than skip it.
        if case .topology = setting { throw error }
        refusal = error
      }
    }
    for (index, command) in commands.enumerated() {
      guard let adjusted = setting.map({ $0.adjusted(command) }) ?? command else { continue }
      do {
        _ = try bench.perform(adjusted)
      } catch {
        throw ShellError("what-if stopped at \(describe(index)): \(error.message)")
      }
      if flag.isRaised { throw Self.whatIfInterrupted }
      if setting?.needsReapplying(after: command) == true { reapply() }
    }
    if let setting, !applied {
      throw ShellError(
        "what-if \(setting.name) fits none of the clusters in this history"
          + (refusal.map { ": \($0.message)" } ?? "."),
        hint: "clock and latency name nodes and regions of the cluster: clock and latency list them.")
    }
    _ = try bench.perform(.run(.untilQuiet))
    if flag.isRaised { throw Self.whatIfInterrupted }
    return bench
  }

  private static let whatIfInterrupted = ShellError("Interrupted: what-if stopped; your world is unchanged.")

  /// `what-if SETTING` outside a scenario: the learner's own commands since the history began,
  /// replayed with `setting` changed, beside the world as it is; both run until nothing is pending.
  package func whatIf(_ setting: WorldSetting) throws(ShellError) -> String {
    let (start, done) = history.fromStart
    if let kept = done.first(where: { $0.result != nil }) {
      throw ShellError(
        "what-if cannot replay '\(kept.label)': an explored order or a command stopped with Ctrl-C "
          + "is kept as the world it left, which another setting would not give.",
        hint: "undo back past it, or reset and type the commands again.")
    }
    let commands = done.map(\.command)
    guard !commands.isEmpty else {
      throw ShellError(
        "There is nothing to compare yet: no command has changed the world since \(history.origin).",
        hint: "Write and run something first, then what-if \(setting.name).")
    }
    let labels = done.map(\.label)
    var original = self
    original.history = UndoHistory(start: snapshot, origin: history.origin)
    _ = try original.perform(.run(.untilQuiet))
    let changed = try alternative(from: start, replaying: commands, with: setting) { labels[$0] }
    let steps = commands.count
    let heading =
      "Your \(counted(steps, "command")) since \(history.origin), each run until nothing is pending"
    return OutputFitter.fit(
      WhatIfComparison(
        heading: heading, before: "as you did it (\(setting.current(in: world)))",
        after: "what if: \(setting.name)", styler: styler, width: options.width
      ).render(original.world, changed.world, footer: Self.rule(setting, yours: true)),
      width: options.width)
  }

  /// How the alternative world was made, in one line.
  package static func rule(_ setting: WorldSetting, yours: Bool) -> String {
    let left: String
    switch setting {
    case .policy: left = "policy commands"
    case .timestamps: left = "timestamps commands"
    case .clock(let node, _, _): left = "clock \(node) commands"
    case .latency(let a, let b, _): left = "latency \(a) \(b) commands"
    case .topology: left = "nothing (each cluster gets the topology)"
    }
    let source = yours ? "your commands" : "the scenario's steps"
    return "The what-if world replays \(source) with \(setting.name) set at the start and after "
      + "every cluster, reset or seed, leaving out \(left). Your world is unchanged."
  }
}
