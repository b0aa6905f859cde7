import ReplicationModel
import ReplicationSimulation

/// A random but reproducible run, built from one SplitMix64 seed: a cluster, a network, clock
/// skews and a timeline of client writes, partitions and crashes.
///
/// ``run(checking:)`` plays the timeline, then heals every partition, recovers every node and
/// runs until nothing is pending, so a test can check what must hold once the dust settles.
struct RandomSchedule: CustomStringConvertible {
  /// Something the schedule does at a point in time.
  enum Action: CustomStringConvertible {
    /// A client write; `value` nil is a deletion; with `readFrom` the client first reads the
    /// key at that node and passes its context (often stale by the time it arrives).
    case write(key: String, value: String?, node: NodeID, client: RegionID?, readFrom: NodeID?)
    case partition([NodeID], [NodeID])
    case heal
    case crash(NodeID)
    case recover(NodeID)

    var description: String {
      switch self {
      case .write(let key, let value, let node, let client, let readFrom):
        "write \(key)=\(value ?? "(delete)") at n\(node.index)" + (client.map { " from r\($0.index)" } ?? "")
          + (readFrom.map { " context of n\($0.index)" } ?? "")
      case .partition(let a, let b): "partition \(a.map(\.index)) | \(b.map(\.index))"
      case .heal: "heal"
      case .crash(let node): "crash n\(node.index)"
      case .recover(let node): "recover n\(node.index)"
      }
    }
  }

  /// The seed everything was drawn from.
  let seed: UInt64
  /// The cluster.
  let configuration: ClusterConfiguration
  /// The network's latencies and faults.
  let network: NetworkConditions
  /// Each node's physical clock, by node index.
  let clocks: [NodeClock]
  /// The timeline, in time order.
  let actions: [(time: SimTime, action: Action)]

  private static let regionNames = ["us", "asia", "eu", "sa"]
  private static let keys = ["k1", "k2", "k3"]

  /// Draws a schedule from `seed`; `policy` fixes the conflict policy (random when `nil`);
  /// `clientContexts` lets some clients pass a read context with their write.
  init(seed: UInt64, policy: PolicyChoice? = nil, clientContexts: Bool = true) throws {
    self.seed = seed
    var rng = SplitMix64(seed: seed)
    // Drawn in the same order as always, so every seed keeps its schedule; only DynamoDB's strong
    // mode, which needs three regions (AWS, MRSC), widens a smaller cluster to three leaders.
    var regionCount = Int.random(in: 2...4, using: &rng)
    var regions = Array(Self.regionNames.prefix(regionCount))
    let followers = Int.random(in: 0...2, using: &rng)
    let topology = LeaderTopology.allCases.randomElement(using: &rng)!
    var mode: LeadershipMode =
      rng.chance(0.1) ? .singleLeader(region: regions.randomElement(using: &rng)!) : .multiLeader
    let timestampSource = TimestampSource.allCases.randomElement(using: &rng)!
    let chosenPolicy = policy ?? PolicyChoice.all.randomElement(using: &rng)!
    let quorumTimeout = SimDuration.milliseconds(Int64.random(in: 300...1_500, using: &rng))
    if chosenPolicy == .preset(.dynamodbStrong) {
      regionCount = max(regionCount, 3)
      regions = Array(Self.regionNames.prefix(regionCount))
      mode = .multiLeader
    }
    let configuration = ClusterConfiguration(
      regions: regions, followersPerRegion: followers, topology: topology, mode: mode,
      timestampSource: timestampSource, policy: chosenPolicy, quorumTimeout: quorumTimeout)
    self.configuration = configuration
    let layout = try configuration.layout()

    var network = NetworkConditions()
    network.crossRegionLatency = .milliseconds(Int64.random(in: 20...120, using: &rng))
    if rng.chance(0.4) { network.lossProbability = 0.2 }
    if rng.chance(0.4) { network.duplicationProbability = 0.2 }
    if rng.chance(0.5) { network.jitter = .milliseconds(Int64.random(in: 1...80, using: &rng)) }
    network.allowsReordering = rng.chance(0.4)
    if rng.chance(0.3) {
      let a = RegionID(Int.random(in: 0..<regionCount, using: &rng))
      let b = RegionID(Int.random(in: 0..<regionCount, using: &rng))
      try network.setLatency(.milliseconds(Int64.random(in: 5...200, using: &rng)), between: a, and: b)
    }
    self.network = network

    clocks = layout.nodes.map { _ in
      guard rng.chance(0.6) else { return .exact }
      return NodeClock(
        skew: .milliseconds(Int64.random(in: -120_000...120_000, using: &rng)),
        driftPPM: Int64.random(in: -200...200, using: &rng))
    }

    var actions: [(time: SimTime, action: Action)] = []
    let horizon: Int64 = 3_000
    func time(_ rng: inout SplitMix64, within milliseconds: Int64 = horizon) -> SimTime {
      .start + .milliseconds(Int64.random(in: 0...milliseconds, using: &rng))
    }
    let keys = Array(Self.keys.prefix(Int.random(in: 1...3, using: &rng)))
    for index in 0..<Int.random(in: 1...16, using: &rng) {
      let leaderOnly = rng.chance(0.85)
      let node =
        leaderOnly ? layout.leaders.randomElement(using: &rng)! : layout.nodes.randomElement(using: &rng)!.id
      let client = rng.chance(0.2) ? RegionID(Int.random(in: 0..<regionCount, using: &rng)) : nil
      let readFrom = rng.chance(0.25) && clientContexts ? layout.nodes.randomElement(using: &rng)!.id : nil
      let action = Action.write(
        key: keys.randomElement(using: &rng)!, value: rng.chance(0.1) ? nil : "v\(index + 1)", node: node,
        client: client, readFrom: readFrom)
      actions.append((time(&rng), action))
    }
    for _ in 0..<Int.random(in: 0...2, using: &rng) {
      var groupA: [NodeID] = []
      var groupB: [NodeID] = []
      let cut = Int.random(in: 1..<regionCount, using: &rng)
      let regions = (0..<regionCount).shuffled(using: &rng)
      for info in layout.nodes {
        if regions.prefix(cut).contains(info.region.index) {
          groupA.append(info.id)
        } else {
          groupB.append(info.id)
        }
      }
      let start = time(&rng)
      actions.append((start, .partition(groupA, groupB)))
      actions.append((start + .milliseconds(Int64.random(in: 50...1_500, using: &rng)), .heal))
    }
    for _ in 0..<Int.random(in: 0...2, using: &rng) {
      let node = layout.nodes.randomElement(using: &rng)!.id
      let start = time(&rng)
      actions.append((start, .crash(node)))
      actions.append((start + .milliseconds(Int64.random(in: 50...1_500, using: &rng)), .recover(node)))
    }
    self.actions = actions.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }
      .map(\.element)
  }

  /// Builds the simulation, clocks set, before any action.
  func makeSimulation(recording: Recording = .all) throws -> Simulation {
    var world = try Simulation(
      configuration: configuration, network: network, seed: seed, recording: recording)
    for (index, clock) in clocks.enumerated() { try world.setClock(clock, of: NodeID(index)) }
    return world
  }

  /// Plays the timeline, then heals, recovers every node and runs until quiet.
  ///
  /// - Parameters:
  ///   - recording: What the simulation records.
  ///   - checking: Called after every processed event (and once at the start).
  /// - Returns: The quiet simulation.
  /// - Throws: ``ModelError`` if the schedule asks for something the model refuses.
  func run(recording: Recording = .all, checking: (Simulation) -> Void = { _ in }) throws -> Simulation {
    var world = try makeSimulation(recording: recording)
    checking(world)
    for (time, action) in actions {
      while let next = world.nextEventTime, next <= time {
        world.step()
        checking(world)
      }
      world.run(until: time)
      switch action {
      case .write(let key, let value, let node, let client, let readFrom):
        let context = readFrom.flatMap { try? world.read(key, at: $0).context }
        let payload = Self.payload(value, policy: configuration.policy)
        try world.write(key: key, payload, to: node, from: client, context: context)
      case .partition(let a, let b): world.partition(a, from: b)
      case .heal: world.heal()
      case .crash(let node): world.crash(node)
      case .recover(let node): world.recover(node)
      }
    }
    world.heal()
    for info in world.layout.nodes { world.recover(info.id) }
    var steps = 0
    while world.step() {
      checking(world)
      steps += 1
      precondition(steps < 1_000_000, "seed \(seed) did not become quiet")
    }
    return world
  }

  /// What a write action sends: its value, a deletion, or under a CRDT policy an operation of
  /// that kind made from the value (a deletion becomes the kind's removing operation).
  static func payload(_ value: String?, policy: PolicyChoice) -> Payload {
    guard let kind = policy.crdtKind else { return value.map(Payload.value) ?? .tombstone }
    let element = value ?? "v0"
    let removing = value == nil
    let operation: CRDTOperation
    switch kind {
    case .gCounter: operation = .increment(1)
    case .pnCounter: operation = removing ? .decrement(1) : .increment(2)
    case .lwwRegister, .mvRegister: operation = .assign(element)
    case .gSet: operation = .add(element)
    case .twoPhaseSet, .orSet: operation = removing ? .remove("v1") : .add(String(element.prefix(2)))
    case .lwwMap: operation = removing ? .remove("v1") : .put(key: String(element.prefix(2)), value: element)
    case .text: operation = removing ? .erase(at: 0, count: 1) : .insert(element, at: 0)
    }
    return .crdtOperation(operation)
  }

  /// The schedule in a line per action, for failure messages.
  var description: String {
    let header =
      "seed \(seed): \(configuration.regions) f\(configuration.followersPerRegion) \(configuration.topology) "
      + "\(configuration.mode) \(configuration.timestampSource) \(configuration.policy.name) "
      + "loss=\(network.lossProbability) "
      + "dup=\(network.duplicationProbability) jitter=\(network.jitter) reorder=\(network.allowsReordering)"
    return ([header] + actions.map { "  \($0.time) \($0.action)" }).joined(separator: "\n")
  }
}
