import ReplicationModel
import ReplicationSimulation

extension Experiment {
  /// Runs the sweep: every point, every series, `settings.runs` seeded runs each.
  ///
  /// The runs are independent worlds, each fixed by its seed, so they run `settings.jobs` at a
  /// time (``ParallelRuns``; every core unless told) and the numbers are the same as one after
  /// another.
  ///
  /// `shouldStop` is asked with a run's index before the run and every
  /// ``Simulation/checkInterval`` events of it; once it says yes, that run and those not started
  /// stop, and the sweep returns `nil`.
  package func run(
    _ settings: ExperimentSettings, seed: UInt64, shouldStop: @Sendable (Int) -> Bool = { _ in false }
  ) throws(ModelError) -> [ExperimentPoint]? {
    let xs = xValues(points: settings.points)
    let seriesCount = seriesNames.count
    let runs = settings.runs
    let total = xs.count * seriesCount * runs
    let results = ParallelRuns.map(count: total, jobs: settings.jobs) {
      index -> Result<Double, ModelError>? in
      if shouldStop(index) { return nil }
      let run = index % runs
      let series = (index / runs) % seriesCount
      let x = xs[index / (runs * seriesCount)]
      let runSeed = seed &+ UInt64(run) &* 0x9E37_79B9_7F4A_7C15
      do throws(ModelError) {
        let value = try measure(x: x, series: series, writes: settings.writes, seed: runSeed) {
          shouldStop(index)
        }
        return value.map { .success($0) }
      } catch {
        return .failure(error)
      }
    }
    var points: [ExperimentPoint] = []
    for (pointIndex, x) in xs.enumerated() {
      var means: [Double] = []
      for series in 0..<seriesCount {
        var total = 0.0
        for run in 0..<runs {
          guard let result = results[(pointIndex * seriesCount + series) * runs + run] else { return nil }
          total += try result.get()
        }
        means.append(total / Double(runs))
      }
      points.append(ExperimentPoint(x: x, y: means))
    }
    return points
  }

  /// One run's measurement at one point for one series, or `nil` when `shouldStop` stopped it.
  private func measure(x: Int64, series: Int, writes: Int, seed: UInt64, shouldStop: () -> Bool)
    throws(ModelError) -> Double?
  {
    let quorumRegions = [2, 3, 5][min(series, 2)]
    if self == .quorum || self == .quorumLatency, Int(x) >= quorumRegions { return .nan }
    var world: Simulation
    switch self {
    case .conflicts: world = try conflictsWorld(latency: x, writes: writes, seed: seed)
    case .skew: world = try skewWorld(skew: x, hybrid: series == 1, writes: writes, seed: seed)
    case .latency: world = try latencyWorld(latency: x, series: series, writes: writes, seed: seed)
    case .quorum, .quorumLatency:
      world = try quorumWorld(regions: quorumRegions, cut: Int(x), writes: writes, seed: seed)
    }
    if case .interrupted = world.run(until: nil, eventLimit: 10_000_000, shouldStop: { _ in shouldStop() }) {
      return nil
    }
    switch self {
    case .conflicts, .skew: return Self.lostShare(world)
    case .latency, .quorumLatency: return Self.meanWait(world)
    case .quorum: return Self.acceptedShare(world)
    }
  }

  // Each world below has its writes scheduled; `measure` runs it until nothing is pending.

  /// 100 writes a second over 100 keys, each through a random leader at a random moment.
  private func conflictsWorld(latency: Int64, writes: Int, seed: UInt64) throws(ModelError) -> Simulation {
    var random = SplitMix64(seed: seed)
    var world = try Simulation(
      configuration: ClusterConfiguration(followersPerRegion: 0),
      network: NetworkConditions(crossRegionLatency: .milliseconds(latency)), seed: seed, recording: .history)
    let window = Int64(writes) * 10_000
    for index in 0..<writes {
      let offset = Int64.random(in: 0..<window, using: &random)
      try world.write(
        key: "k\(Int.random(in: 0..<100, using: &random))", .value("v\(index)"),
        to: NodeID(Int.random(in: 0..<2, using: &random)),
        at: SimTime(microseconds: world.now.microseconds + offset))
    }
    return world
  }

  /// One key, one write every 300 ms through a random leader: each has reached both leaders before
  /// the next, so none is concurrent. asia's clock runs `skew` ms ahead.
  private func skewWorld(skew: Int64, hybrid: Bool, writes: Int, seed: UInt64) throws(ModelError)
    -> Simulation
  {
    var random = SplitMix64(seed: seed)
    var world = try Simulation(
      configuration: ClusterConfiguration(
        followersPerRegion: 0, timestampSource: hybrid ? .hybrid : .physical),
      seed: seed, recording: .history)
    try world.setClock(NodeClock(skew: .milliseconds(skew)), of: NodeID(1))
    for index in 0..<writes {
      try world.write(
        key: "topping", .value("v\(index)"), to: NodeID(Int.random(in: 0..<2, using: &random)),
        at: world.now + .milliseconds(300 * Int64(index)))
    }
    return world
  }

  /// One write every 10 ms. Series 0: one leader in us, the client in asia; 1: a leader per
  /// region, the client in asia writes to its own; 2: a leader per region, the client in us.
  private func latencyWorld(latency: Int64, series: Int, writes: Int, seed: UInt64) throws(ModelError)
    -> Simulation
  {
    let configuration = ClusterConfiguration(
      followersPerRegion: 0, mode: series == 0 ? .singleLeader(region: "us") : .multiLeader)
    var world = try Simulation(
      configuration: configuration, network: NetworkConditions(crossRegionLatency: .milliseconds(latency)),
      seed: seed, recording: .history)
    let client = RegionID(series == 2 ? 0 : 1)
    let leader = series == 1 ? NodeID(1) : NodeID(0)
    for index in 0..<writes {
      try world.write(
        key: "k\(index % 20)", .value("v\(index)"), to: leader, from: client,
        at: world.now + .milliseconds(10 * Int64(index)))
    }
    return world
  }

  /// `regions` regions under the quorum policy, the last `cut` of them partitioned from the rest;
  /// us takes one write every 600 ms (more than its 500 ms quorum timeout).
  private func quorumWorld(regions: Int, cut: Int, writes: Int, seed: UInt64) throws(ModelError) -> Simulation
  {
    let names = Array(["us", "asia", "eu", "sa", "au"].prefix(regions))
    var world = try Simulation(
      configuration: ClusterConfiguration(
        regions: names, followersPerRegion: 0, policy: .quorum, quorumTimeout: .milliseconds(500)),
      seed: seed, recording: .history)
    // Distances from us; the regions cut off are the last ones, farthest first among the five.
    var network = NetworkConditions()
    let fromUS: [Int64] = [0, 75, 40, 60, 110]
    for index in 1..<regions {
      try network.setLatency(.milliseconds(fromUS[index]), between: RegionID(0), and: RegionID(index))
    }
    try world.setNetwork(network)
    if cut > 0 {
      world.partition((0..<regions - cut).map(NodeID.init), from: (regions - cut..<regions).map(NodeID.init))
    }
    for index in 0..<writes {
      try world.write(
        key: "k\(index % 10)", .value("v\(index)"), to: NodeID(0),
        at: world.now + .milliseconds(600 * Int64(index)))
    }
    return world
  }

  /// The percentage of client writes accepted.
  private static func acceptedShare(_ world: Simulation) -> Double {
    let records = world.history.inOrder
    guard !records.isEmpty else { return 0 }
    return 100 * Double(records.filter(\.isAcknowledged).count) / Double(records.count)
  }

  /// The percentage of acknowledged writes lost.
  private static func lostShare(_ world: Simulation) -> Double {
    let report = world.report()
    guard report.acknowledgedWrites > 0 else { return 0 }
    return 100 * Double(report.lostWrites.count) / Double(report.acknowledgedWrites)
  }

  /// The mean wait of the clients for their answers, in milliseconds.
  private static func meanWait(_ world: Simulation) -> Double {
    let waits = world.history.inOrder.compactMap(\.latency).map { Double($0.microseconds) / 1_000 }
    return waits.isEmpty ? 0 : waits.reduce(0, +) / Double(waits.count)
  }
}
