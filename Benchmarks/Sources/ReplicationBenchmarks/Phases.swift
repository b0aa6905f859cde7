import BenchmarkSupport
import ReplicationModel
import ReplicationSimulation

/// The two measured phases: the replication model, and the floor it is compared with.
enum Phase: String, CaseIterable {
  /// The floor: each write applied as a plain dictionary update to 6 replicas.
  case floor
  /// The model: 2 leaders with 2 followers each, last-writer-wins, trace off.
  case model
}

/// The floor: the least work any 6-replica store must do, one dictionary update per replica.
enum Floor {
  /// The number of replicas, as in the model's cluster (2 leaders and 4 followers).
  static let replicaCount = 6

  /// Applies every write to 6 `[String: String]` dictionaries.
  static func run(_ workload: Workload) -> [[String: String]] {
    var replicas = Array(repeating: [String: String](), count: replicaCount)
    let keys = workload.keys
    for write in workload.writes {
      let key = keys[Int(write.key)]
      for replica in 0..<replicaCount { replicas[replica][key] = write.value }
    }
    return replicas
  }
}

/// The model run: writes streamed into the simulation in batches as simulated time advances.
enum ModelRun {
  /// Simulated time between two client writes: one write every millisecond.
  ///
  /// With 75 ms between the regions, about 80 writes are on their way at any moment, so the
  /// queue of pending messages stays small whatever the number of writes.
  static let spacingMicroseconds: Int64 = 1_000
  /// Writes scheduled before the simulation runs up to the last of them (1 s of simulated time).
  static let batchSize = 1_000
  /// The simulation's seed (nothing random happens on this network; it is fixed anyway).
  static let seed: UInt64 = 1

  /// The cluster: the classic 2 regions with 1 leader and 2 followers each, last-writer-wins
  /// with physical timestamps; every version carries its version vector.
  static let configuration = ClusterConfiguration(
    regions: ["us", "asia"], followersPerRegion: 2, topology: .allToAll, mode: .multiLeader,
    timestampSource: .physical, policy: .lastWriterWins)

  /// Replicates every write of the workload and returns the quiet simulation.
  static func run(_ workload: Workload) throws -> Simulation {
    var simulation = try Simulation(
      configuration: configuration, network: NetworkConditions(), seed: seed, recording: .none)
    let leaders = simulation.layout.leaders
    let keys = workload.keys
    let writes = workload.writes
    let start = simulation.now.microseconds
    var batchStart = 0
    while batchStart < writes.count {
      let batchEnd = min(batchStart + batchSize, writes.count)
      var last = simulation.now
      for index in batchStart..<batchEnd {
        let write = writes[index]
        last = SimTime(microseconds: start + Int64(index + 1) * spacingMicroseconds)
        try simulation.write(
          key: keys[Int(write.key)], .value(write.value), to: leaders[Int(write.leader)], at: last)
      }
      simulation.run(until: last)
      batchStart = batchEnd
    }
    guard simulation.runUntilQuiet() else { throw BenchmarkFailure("the model did not become quiet") }
    return simulation
  }

  /// Checks the quiet simulation against the floor: every replica holds exactly the floor's
  /// value for every key, and the convergence report agrees.
  static func verify(_ simulation: Simulation, against floor: [[String: String]]) throws {
    guard !simulation.hasPendingEvents else { throw BenchmarkFailure("events still pending") }
    let report = simulation.report()
    guard report.converged, report.isSettled else {
      throw BenchmarkFailure("not converged: \(report.divergentKeys.count) divergent keys")
    }
    guard simulation.nodes.count == floor.count else {
      throw BenchmarkFailure("\(simulation.nodes.count) model replicas, \(floor.count) floor replicas")
    }
    for (node, expected) in zip(simulation.nodes, floor) {
      guard node.store.keys.count == expected.count else {
        throw BenchmarkFailure("\(node.store.keys.count) keys in the model, \(expected.count) in the floor")
      }
      for (key, value) in expected {
        let held = node.store[key].held
        guard held.count == 1, held[0].payload == .value(value) else {
          throw BenchmarkFailure("key \(key): model holds \(held.map(\.payload)), floor holds \(value)")
        }
      }
    }
  }
}
