import Course
import ReplicationModel
import ReplicationSimulation
import TerminalUI
import Workbench

extension Tutor {
  /// `what-if policy …`: the scenario so far, replayed under `policy`, beside the original.
  ///
  /// Both runs start fresh and play the same steps; in the what-if run every `policy` line of the
  /// scenario is skipped and `policy` is applied at the start and after each `cluster`, `reset` or
  /// `seed`. Both are then run until nothing is pending, so the comparison shows where each ends.
  package mutating func whatIf(_ policy: PolicyChoice) throws(ShellError) -> String {
    let scenario = try currentScenario()
    let steps = course.place.step == 0 ? scenario.steps.count : course.place.step
    let commands = scenario.steps.prefix(steps).flatMap(\.commands.commands)
    let original = try replay(commands, of: scenario, overriding: nil)
    let changed = try replay(commands, of: scenario, overriding: policy)
    let layout = original.world.layout
    let before = layout.keyPolicies.isEmpty ? "as written (\(layout.defaultPolicy.name))" : "as written"
    let after = "what if: \(policy.name)"

    var table = Table(columns: [Table.Column("key"), Table.Column(before), Table.Column(after)])
    let keys = Set(original.world.keyNames + changed.world.keyNames).sorted()
    for key in keys {
      table.append([
        TerminalText.sanitized(key), outcome(of: key, in: original.world),
        outcome(of: key, in: changed.world),
      ])
    }
    var lines = [
      styler.paint(
        styler.symbols("\(scenario.id), steps 1–\(steps), each run until nothing is pending"), .heading),
      table.render(width: options.width, styler: styler),
      "",
      "\(before): " + lossSummary(original.world.report(), layout: original.world.layout),
      "\(after): " + lossSummary(changed.world.report(), layout: changed.world.layout),
    ]
    lines.append(styler.paint("Your world is unchanged; next goes on with the scenario as written.", .dim))
    return OutputFitter.fit(lines.joined(separator: "\n"), width: options.width)
  }

  private func replay(_ commands: [SourceLine], of scenario: Scenario, overriding policy: PolicyChoice?)
    throws(ShellError) -> Workbench
  {
    var sandbox = Workbench(options: options)
    let override = policy.map { "policy \($0.name)" }
    func run(_ line: String, _ number: Int) throws(ShellError) {
      if let error = sandbox.execute(line).error {
        throw ShellError("The replay stopped at \(scenario.file):\(number): \(error)")
      }
    }
    if let override { try run(override, 0) }
    for command in commands {
      let name = command.text.split(separator: " ").first.map { $0.lowercased() } ?? ""
      if override != nil && name == "policy" { continue }
      try run(command.text, command.line)
      if let override, ["cluster", "reset", "seed"].contains(name) { try run(override, command.line) }
    }
    try run("run", 0)
    return sandbox
  }

  /// What the replicas hold for `key`: one value list when they agree, else each node's.
  private func outcome(of key: String, in world: Simulation) -> String {
    var byNode: [(String, String)] = []
    for node in world.layout.nodes {
      let held = world.nodes[node.id.index].store[key].held
      let values = held.map { TerminalText.sanitized($0.payload.description) }.joined(separator: " | ")
      byNode.append((node.name, values.isEmpty ? "(none)" : values))
    }
    let distinct = Set(byNode.map(\.1))
    if distinct.count == 1, let only = distinct.first { return only }
    return byNode.map { "\($0.0)=\($0.1)" }.joined(separator: ", ")
  }

  private func lossSummary(_ report: ConvergenceReport, layout: ClusterLayout) -> String {
    let converged = report.converged ? "converged" : "not converged"
    guard !report.lostWrites.isEmpty else { return "\(converged), no acknowledged write lost." }
    let lost = report.lostWrites.map {
      "\($0.write) \(TerminalText.sanitized($0.key))=\(TerminalText.sanitized($0.payload.description))"
    }
    return "\(converged), lost \(lost.joined(separator: ", "))."
  }
}

extension Simulation {
  /// Every key any replica holds, sorted.
  package var keyNames: [String] {
    Array(Set(nodes.flatMap { $0.store.keys.keys })).sorted()
  }
}
