import ReplicationModel
import ReplicationSimulation
import Testing

/// The simulation's invariants (style P9), checked after every step of a run.
///
/// - Simulated time never goes backward.
/// - Every node holds the versions of a key sorted by write id, and no held version has seen
///   another one (they are pairwise concurrent siblings, or a single version).
/// - Once nothing is pending, no partition is up and no node is down, no message is held.
struct InvariantChecker {
  private var lastTime: SimTime?
  /// How many checks ran.
  private(set) var checks = 0

  /// Checks the invariants that hold at every step.
  mutating func checkStep(
    _ world: Simulation, context: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    checks += 1
    if let lastTime {
      #expect(
        world.now >= lastTime, "time went backward: \(lastTime) → \(world.now); \(context)",
        sourceLocation: sourceLocation)
    }
    lastTime = world.now
    for problem in Self.heldVersionProblems(world) {
      Issue.record("\(problem); \(context)", sourceLocation: sourceLocation)
    }
  }

  /// Checks what must hold once the run is quiet.
  func checkQuiet(_ world: Simulation, context: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(!world.hasPendingEvents, "\(context)", sourceLocation: sourceLocation)
    let anyDown = world.layout.nodes.contains { world.isNodeDown($0.id) }
    if !world.isPartitioned && !anyDown {
      let report = world.report()
      #expect(report.messagesHeld == 0, "\(context)", sourceLocation: sourceLocation)
      #expect(report.messagesInFlight == 0, "\(context)", sourceLocation: sourceLocation)
    }
  }

  /// Every violation of the held-version invariant, as text.
  static func heldVersionProblems(_ world: Simulation) -> [String] {
    var problems: [String] = []
    for node in world.nodes {
      for (key, state) in node.store.keys {
        let held = state.held
        let ids = held.map(\.writeID)
        if ids != ids.sorted() || Set(ids).count != ids.count {
          problems.append("\(world.layout.name(of: node.id)) holds \(key) out of write order: \(ids)")
        }
        for (index, first) in held.enumerated() {
          for second in held[(index + 1)...] where first.order(relativeTo: second) != .concurrent {
            problems.append(
              "\(world.layout.name(of: node.id)) holds \(key) versions \(first.writeID) \(first.vector) and "
                + "\(second.writeID) \(second.vector), which are not concurrent")
          }
        }
      }
    }
    return problems
  }
}
