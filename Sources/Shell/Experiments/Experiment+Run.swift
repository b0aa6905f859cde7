import ReplicationModel
import ReplicationSimulation

extension Experiment {
  /// Runs the sweep: every point, every series, `settings.runs` seeded runs each.
  func run(_ settings: ExperimentSettings, seed: UInt64) throws(ModelError) -> [ExperimentPoint] {
    try xValues(points: settings.points).map { x throws(ModelError) in
      var means: [Double] = []
      for series in seriesNames.indices {
        var total = 0.0
        for run in 0..<settings.runs {
          let runSeed = seed &+ UInt64(run) &* 0x9E37_79B9_7F4A_7C15
          total += try lostShare(x: x, series: series, writes: settings.writes, seed: runSeed)
        }
        means.append(total / Double(settings.runs))
      }
      return ExperimentPoint(x: x, y: means)
    }
  }

  /// The percentage of acknowledged writes lost in one run.
  private func lostShare(x: Int64, series: Int, writes: Int, seed: UInt64) throws(ModelError) -> Double {
    var random = SplitMix64(seed: seed)
    var world: Simulation
    switch self {
    case .conflicts:
      // 100 writes a second over 100 keys, each through a random leader at a random moment.
      world = try Simulation(
        configuration: ClusterConfiguration(followersPerRegion: 0),
        network: NetworkConditions(crossRegionLatency: .milliseconds(x)), seed: seed, recording: .history)
      let window = Int64(writes) * 10_000
      for index in 0..<writes {
        let offset = Int64.random(in: 0..<window, using: &random)
        try world.write(
          key: "k\(Int.random(in: 0..<100, using: &random))", .value("v\(index)"),
          to: NodeID(Int.random(in: 0..<2, using: &random)),
          at: SimTime(microseconds: world.now.microseconds + offset))
      }
    case .skew:
      // One key, one write every 300 ms through a random leader: each has reached both leaders
      // before the next, so none is concurrent. asia's clock runs x ms ahead.
      world = try Simulation(
        configuration: ClusterConfiguration(
          followersPerRegion: 0, timestampSource: series == 0 ? .physical : .hybrid),
        seed: seed, recording: .history)
      try world.setClock(NodeClock(skew: .milliseconds(x)), of: NodeID(1))
      for index in 0..<writes {
        try world.write(
          key: "topping", .value("v\(index)"), to: NodeID(Int.random(in: 0..<2, using: &random)),
          at: world.now + .milliseconds(300 * Int64(index)))
      }
    }
    world.runUntilQuiet()
    let report = world.report()
    guard report.acknowledgedWrites > 0 else { return 0 }
    return 100 * Double(report.lostWrites.count) / Double(report.acknowledgedWrites)
  }
}
