import ReplicationModel
import ReplicationSimulation
import TerminalUI

/// One setting `what-if` can change: the policy, the timestamps, a clock, a latency or the topology.
package enum WorldSetting: Hashable, Sendable {
  /// `policy NAME …` (or `preset NAME`): the default policy, for every key.
  case policy(PolicyChoice)
  /// `timestamps SOURCE`.
  case timestamps(TimestampSource)
  /// `clock NODE SKEW [--drift PPM]`.
  case clock(node: String, skew: SimDuration, driftPPM: Int64?)
  /// `latency REGION REGION DURATION`.
  case latency(String, String, SimDuration)
  /// `topology all-to-all|ring|star`.
  case topology(LeaderTopology)

  /// The kinds of setting, as `help what-if` lists them.
  package static let kinds = ["policy", "preset", "timestamps", "clock", "latency", "topology"]

  /// The setting in words, as typed after `what-if`.
  package var name: String {
    switch self {
    case .policy(let choice): "policy \(choice.name)"
    case .timestamps(let source): "timestamps \(source.rawValue)"
    case .clock(let node, let skew, let drift):
      "clock \(node) \(skew < .zero ? "\(skew)" : "+\(skew)")" + (drift.map { " --drift \($0)" } ?? "")
    case .latency(let a, let b, let latency): "latency \(a) \(b) \(latency)"
    case .topology(let topology): "topology \(topology.rawValue)"
    }
  }

  /// The setting as `world` has it now, in words, for the original column's heading.
  package func current(in world: Simulation) -> String {
    let layout = world.layout
    switch self {
    case .policy: return layout.keyPolicies.isEmpty ? layout.defaultPolicy.name : "policies as set"
    case .timestamps: return layout.timestampSource.rawValue
    case .clock(let node, _, _):
      guard let id = try? layout.node(named: node) else { return "no node \(node)" }
      let clock = world.clock(of: id)
      let skew = clock.skew == .zero ? "+0" : clock.skew > .zero ? "+\(clock.skew)" : "\(clock.skew)"
      return "\(node) \(skew)" + (clock.driftPPM == 0 ? "" : " drifting \(clock.driftPPM) ppm")
    case .latency(let a, let b, _):
      guard let ra = try? layout.region(named: a), let rb = try? layout.region(named: b) else {
        return "no latency \(a) \(b)"
      }
      return "\(a)–\(b) \(world.network.latency(from: ra, to: rb))"
    case .topology: return layout.topology.rawValue
    }
  }

  /// Reads a setting from the words after `what-if`.
  package static func parse(_ words: [String]) throws(ShellError) -> WorldSetting {
    guard let first = words.first?.lowercased() else {
      throw ShellError(
        "what-if needs a setting: policy NAME, preset NAME, timestamps SOURCE, clock NODE SKEW, "
          + "latency REGION REGION DURATION or topology NAME.")
    }
    let rest = Array(words.dropFirst())
    switch first {
    case "preset": return try parse(["policy"] + words)
    case "topology":
      guard rest.count == 1, let topology = LeaderTopology(rawValue: rest[0].lowercased()) else {
        throw ShellError("what-if topology takes one of all-to-all, ring or star.")
      }
      return .topology(topology)
    case "policy", "timestamps", "clock", "latency":
      guard !rest.isEmpty, let spec = CommandCatalog.workbenchSpec(named: first) else {
        throw ShellError("what-if \(first) needs a value, as in \(example(of: first)).")
      }
      let command = try CommandParser.workbenchCommand(spec, try ArgumentList(rest, for: spec))
      switch command {
      case .setPolicy(let choice?, nil, nil, nil): return .policy(choice)
      case .timestamps(let source?): return .timestamps(source)
      case .setClock(let node, let skew, let drift): return .clock(node: node, skew: skew, driftPPM: drift)
      case .setLatency(let a, let b, let latency): return .latency(a, b, latency)
      default:
        throw ShellError(
          "what-if \(first) takes \(first == "policy" ? "a policy name only, such as siblings or preset cassandra" : "one value"), as in \(example(of: first))."
        )
      }
    default:
      let suggestions = Suggestions.closest(to: first, among: kinds)
      throw ShellError(
        "what-if cannot change '\(TerminalText.sanitized(first))'.",
        hint: "It changes one of: \(kinds.joined(separator: ", "))."
          + (suggestions.isEmpty ? "" : " Did you mean \(suggestions.joined(separator: ", "))?"))
    }
  }

  private static func example(of kind: String) -> String {
    let examples = [
      "policy": "what-if policy siblings", "timestamps": "what-if timestamps hybrid",
      "clock": "what-if clock asia +0", "latency": "what-if latency us asia 5ms",
    ]
    return examples[kind] ?? "what-if \(kind)"
  }

  /// `command` as the alternative world runs it: `nil` to leave it out (it sets what the setting
  /// fixes), or the command with the setting put in (a `cluster` gets the topology).
  package func adjusted(_ command: WorkbenchCommand) -> WorkbenchCommand? {
    switch (self, command) {
    case (.policy, .setPolicy(.some, _, let tiebreak, let timeout)):
      // Keep a tiebreak or timeout set on the same line; leave the policy itself out.
      return tiebreak == nil && timeout == nil
        ? nil : .setPolicy(nil, key: nil, tiebreak: tiebreak, timeout: timeout)
    case (.timestamps, .timestamps(.some)): return nil
    case (.clock(let node, _, _), .setClock(let other, _, _)) where node == other: return nil
    case (.latency(let a, let b, _), .setLatency(let c, let d, _)) where Set([a, b]) == Set([c, d]):
      return nil
    case (.topology(let topology), .cluster(let regions, let followers, _, let single)):
      return .cluster(regions: regions, followers: followers, topology: topology, singleLeader: single)
    default: return command
    }
  }

  /// Whether the setting has to be put in again after `command`, which builds a new world.
  package func needsReapplying(after command: WorkbenchCommand) -> Bool {
    switch command {
    case .reset: return true
    case .cluster, .seed(.some):
      if case .topology = self { return false }  // the cluster already has it; a seed keeps it
      return true
    default: return false
    }
  }
}
