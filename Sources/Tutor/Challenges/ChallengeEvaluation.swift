import Course
import ReplicationModel
import ReplicationSimulation
import Workbench

/// Whether one condition of a challenge holds on a world, and what the model saw.
package struct ConditionResult: Hashable, Sendable {
  /// The condition.
  package let condition: ChallengeCondition
  /// Whether it holds.
  package let holds: Bool
  /// What the model sees, in a few words (`us holds mushroom`, `2 nodes are down`).
  package let seen: String
}

/// Evaluates challenge conditions on a learner's workbench: every verdict comes from the model.
package enum ChallengeEvaluation {
  /// Each of `conditions` evaluated on `bench`'s world (and its last exploration), in order.
  package static func evaluate(_ conditions: [ChallengeConditionLine], on bench: Workbench)
    -> [ConditionResult]
  {
    let world = bench.world
    let report = world.report()
    return conditions.map { line in
      let (holds, seen) = evaluate(
        line.condition, world: world, report: report, exploration: bench.exploration)
      return ConditionResult(condition: line.condition, holds: holds, seen: seen)
    }
  }

  /// Whether every condition holds on `bench`.
  package static func isSolved(_ conditions: [ChallengeConditionLine], on bench: Workbench) -> Bool {
    evaluate(conditions, on: bench).allSatisfy(\.holds)
  }

  private static func evaluate(
    _ condition: ChallengeCondition, world: Simulation, report: ConvergenceReport,
    exploration: ExplorationMemory?
  ) -> (Bool, String) {
    let settled = !world.hasPendingEvents && report.isSettled
    switch condition {
    case .value(let key, let value):
      return everyReplica(key, in: world) { versions in
        versions.count == 1 && text(of: versions[0]) == value.lowercased()
      }
    case .includes(let key, let value):
      return everyReplica(key, in: world) { versions in
        versions.contains { members(of: $0).contains(value.lowercased()) }
      }
    case .lost(let key):
      let lost = report.lostWrites.filter { $0.key == key }
      return (!lost.isEmpty, lost.isEmpty ? "no write of \(key) is lost" : "lost: \(describe(lost))")
    case .notLost(let key, let value):
      let writes = world.history.records.values.filter {
        $0.key == key && $0.payload.description.lowercased() == value.lowercased() && $0.isAcknowledged
      }
      guard !writes.isEmpty else { return (false, "no write \(key)=\(value) was acknowledged") }
      let lost = report.lostWrites.filter {
        $0.key == key && $0.payload.description.lowercased() == value.lowercased()
      }
      return (
        lost.isEmpty, lost.isEmpty ? "\(key)=\(value) is acknowledged and kept" : "lost: \(describe(lost))"
      )
    case .noLostWrites:
      guard report.acknowledgedWrites > 0 else { return (false, "no write has been acknowledged yet") }
      return (
        report.lostWrites.isEmpty,
        report.lostWrites.isEmpty
          ? "\(report.acknowledgedWrites) acknowledged, none lost" : "lost: \(describe(report.lostWrites))"
      )
    case .converged:
      guard settled else { return (false, pending(world, report)) }
      return (report.converged, report.converged ? "the replicas agree" : disagreement(report))
    case .diverged:
      guard settled else { return (false, pending(world, report)) }
      return (!report.converged, report.converged ? "the replicas agree" : disagreement(report))
    case .rejected:
      let rejected = world.history.records.values.filter {
        if case .rejected? = $0.result { return true }
        return false
      }.sorted { $0.write < $1.write }
      return (
        !rejected.isEmpty,
        rejected.isEmpty ? "no write was rejected" : "rejected: \(describe(rejected))"
      )
    case .acknowledged(let comparison, let number):
      let count = report.acknowledgedWrites
      return (comparison.holds(count, number), "\(count) acknowledged")
    case .nodesDown(let comparison, let number):
      let down = world.layout.nodes.filter { world.isNodeDown($0.id) }.map { world.layout.name(of: $0.id) }
      let seen = down.isEmpty ? "no node is down" : "down: \(down.joined(separator: ", "))"
      return (comparison.holds(down.count, number), seen)
    case .skewBelow(let limit):
      let readings = world.layout.nodes.map { world.clock(of: $0.id).reading(at: world.now) }
      let gap = SimDuration(microseconds: (readings.max() ?? 0) - (readings.min() ?? 0))
      return (gap < limit, "the clocks are \(gap) apart at most")
    case .exploreBreaks(let name):
      guard let invariant = ExplorationInvariant(rawValue: name) else {
        return (false, "\(name) is not an invariant explore knows")
      }
      guard let exploration else { return (false, "nothing explored yet") }
      let breaking = exploration.result.outcomes.filter { !invariant.holds(in: $0.outcome) }
      return (
        !breaking.isEmpty,
        breaking.isEmpty
          ? "\(name) held in every order explored"
          : "\(breaking.count) outcome\(breaking.count == 1 ? "" : "s") break \(name)"
      )
    }
  }

  /// Whether `test` holds for what every up replica holds for `key`, and the first that fails.
  private static func everyReplica(_ key: String, in world: Simulation, _ test: ([Version]) -> Bool) -> (
    Bool, String
  ) {
    var shown: String?
    for node in world.layout.nodes where !world.isNodeDown(node.id) {
      guard let read = try? world.read(key, at: node.id) else { continue }
      let name = world.layout.name(of: node.id)
      let held =
        read.versions.isEmpty
        ? "nothing" : read.versions.map { $0.payload.description }.joined(separator: " | ")
      if !test(read.versions) { return (false, "\(name) holds \(held)") }
      shown = shown ?? "every replica holds \(held)"
    }
    return (shown != nil, shown ?? "every node is down")
  }

  private static func text(of version: Version) -> String { version.payload.description.lowercased() }

  /// The words of a version's value: a set's members, a merge's parts, or the value itself.
  private static func members(of version: Version) -> Set<String> {
    let text = text(of: version)
    let separators: Set<Character> = [",", "{", "}", "[", "]", "(", ")", " "]
    return Set(text.split(whereSeparator: { separators.contains($0) }).map(String.init)).union([text])
  }

  private static func describe(_ writes: [WriteRecord]) -> String {
    writes.map { "\($0.write) \($0.key)=\($0.payload.description)" }.joined(separator: ", ")
  }

  private static func pending(_ world: Simulation, _ report: ConvergenceReport) -> String {
    if report.messagesHeld > 0 {
      return
        "\(report.messagesHeld) message\(report.messagesHeld == 1 ? " waits" : "s wait") for a partition to heal or a node to recover"
    }
    return "messages are still on their way; run delivers them"
  }

  private static func disagreement(_ report: ConvergenceReport) -> String {
    "the replicas disagree on \(report.divergentKeys.joined(separator: ", "))"
  }
}
