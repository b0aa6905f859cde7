import ReplicationModel
import ReplicationSimulation
import Testing

/// The simulation's short cuts (reused requests, per-link latencies, cached key numbers) change
/// nothing anyone can see.
@Suite struct FastPathTests {
  private static let configuration = ClusterConfiguration(
    regions: ["us", "asia", "eu"], followersPerRegion: 1, policy: .lastWriterWins)

  /// Writes in batches over a few keys, running the world between batches.
  private func replicate(_ world: inout Simulation, writes: Int) throws {
    let leaders = world.layout.leaders
    for batch in 0..<(writes / 10) {
      var last = world.now
      for index in 0..<10 {
        let number = batch * 10 + index
        last = world.now + .milliseconds(Int64(index + 1))
        try world.write(
          key: "key-\(number % 7)", .value("value-\(number)"), to: leaders[number % leaders.count], at: last)
      }
      world.run(until: last)
    }
    let quiet = world.runUntilQuiet()
    #expect(quiet)
  }

  @Test func requestsKeepTheirFieldsWhileLaterWritesReuseTheirBoxes() throws {
    var traced = try Simulation(configuration: Self.configuration, recording: .all)
    try replicate(&traced, writes: 200)
    var quiet = try Simulation(configuration: Self.configuration, recording: .none)
    try replicate(&quiet, writes: 200)
    #expect(quiet.nodes == traced.nodes)
    #expect(quiet.eventsProcessed == traced.eventsProcessed)
    let requests = traced.trace.compactMap { event -> ClientWrite? in
      if case .clientRequest(let write, _, _) = event.kind { return write }
      return nil
    }
    #expect(requests.count == 200)
    for (index, request) in requests.enumerated() {
      #expect(request.request == RequestID(index + 1))
      #expect(request.key == "key-\(index % 7)" && request.payload == .value("value-\(index)"))
    }
  }

  @Test func aCopiedWorldRunsOnAsTheOriginalDoes() throws {
    var original = try Simulation(configuration: Self.configuration, recording: .none)
    try replicate(&original, writes: 50)
    var copy = original
    try replicate(&original, writes: 50)
    try replicate(&copy, writes: 50)
    #expect(copy.nodes == original.nodes)
    #expect(copy.report().converged)
  }

  @Test func aNewNetworkChangesTheLatencyOfLaterMessages() throws {
    var world = try Simulation(configuration: Self.configuration, recording: .all)
    let us = world.layout.leaders[0]
    try world.write(key: "k", .value("one"), to: us)
    let quiet = world.runUntilQuiet()
    #expect(quiet)
    var slower = NetworkConditions(crossRegionLatency: .milliseconds(120))
    try slower.setLatency(.milliseconds(40), between: world.layout.region(of: us), and: RegionID(2))
    try world.setNetwork(slower)
    let before = world.trace.count
    try world.write(key: "k", .value("two"), to: us)
    let quietAgain = world.runUntilQuiet()
    #expect(quietAgain)
    let delays = world.trace.dropFirst(before).compactMap { event -> (NodeID, SimDuration)? in
      guard case .sent(let envelope, let deliverAt?) = event.kind, envelope.from == us else { return nil }
      return (envelope.to, deliverAt - envelope.sentAt)
    }
    let byReceiver = Dictionary(uniqueKeysWithValues: delays.map { ($0.0, $0.1) })
    #expect(byReceiver[world.layout.leaders[1]] == .milliseconds(120))
    #expect(byReceiver[world.layout.leaders[2]] == .milliseconds(40))
    #expect(byReceiver[world.layout.followers[us.index][0]] == .milliseconds(1))
  }

  @Test func equalKeysGetOneNumberHoweverTheirStringsAreMade() throws {
    var world = try Simulation(configuration: Self.configuration, recording: .all)
    let leader = world.layout.leaders[0]
    let long = "a-key-long-enough-to-live-on-the-heap"
    let built = String(repeating: "a-key-long-enough-", count: 1) + "to-live-on-the-heap"
    let keys = [long, "short", built, String(long.reversed()), "short", String(long)]
    for key in keys { try world.write(key: key, .value("v"), to: leader) }
    let quiet = world.runUntilQuiet()
    #expect(quiet)
    let numbers = world.trace.compactMap { event -> Int? in
      if case .clientRequest(let write, _, _) = event.kind { return write.keyNumber }
      return nil
    }
    #expect(numbers == [0, 1, 0, 2, 1, 0])
  }
}
