import ReplicationModel
import ReplicationSimulation

/// The parts of a world a command could change.
struct WorldSnapshot: Equatable {
  let now: SimTime
  let nodes: [ReplicaNode]
  let layout: ClusterLayout
  let network: NetworkConditions
  let traceCount: Int
  let history: WriteHistory
  let held: Int
  let nextEvent: SimTime?

  /// Captures `world`.
  init(_ world: Simulation) {
    now = world.now
    nodes = world.nodes
    layout = world.layout
    network = world.network
    traceCount = world.trace.count
    history = world.history
    held = world.held.count
    nextEvent = world.nextEventTime
  }
}
