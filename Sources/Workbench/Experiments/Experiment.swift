/// A parameter sweep on the model, plotted: what it varies, what it measures, what to expect.
package enum Experiment: String, CaseIterable, Hashable, Sendable {
  /// Writes lost to last-writer-wins conflicts as the cross-region latency grows.
  case conflicts
  /// Causally later writes lost to clock skew, with physical and with hybrid timestamps.
  case skew
  /// The wait a client sees for its write: one leader in the US versus a leader per region.
  case latency
  /// Quorum writes accepted as regions are cut off, with 2, 3 and 5 regions.
  case quorum
  /// The wait for a quorum write as regions are cut off, with 2, 3 and 5 regions.
  case quorumLatency = "quorum-latency"

  /// One line on what it shows.
  package var title: String {
    switch self {
    case .conflicts: "Writes lost to conflicts versus cross-region latency"
    case .skew: "Later writes lost to clock skew: physical vs hybrid timestamps"
    case .latency: "Client write latency: one leader in the US vs a leader per region"
    case .quorum: "Quorum writes accepted at us as regions are cut off from it"
    case .quorumLatency: "The wait for a quorum write at us as regions are cut off from it"
    }
  }

  /// What the x axis varies.
  package var xTitle: String {
    switch self {
    case .conflicts, .latency: "one-way latency between us and asia (ms)"
    case .skew: "asia's clock runs ahead by (ms)"
    case .quorum, .quorumLatency: "regions cut off from us by a partition"
    }
  }

  /// The x column's heading in the table of numbers.
  package var xColumn: String {
    switch self {
    case .skew: "skew (ms)"
    case .quorum, .quorumLatency: "cut off"
    case .conflicts, .latency: "latency (ms)"
    }
  }

  /// What the y axis measures.
  package var yTitle: String {
    switch self {
    case .latency, .quorumLatency: "client's wait for the answer (ms, mean)"
    case .quorum: "quorum writes accepted (%)"
    case .conflicts, .skew: "writes lost (% of acknowledged writes)"
    }
  }

  /// The paragraph on what you should see, and why.
  package var explanation: String {
    switch self {
    case .conflicts:
      """
      What you should see: the share of lost writes grows with the latency, roughly in proportion. \
      Two writes to the same key conflict when neither leader has heard of the other's write yet, \
      and the window for that is the one-way latency: the longer the network takes, the more writes \
      land in each other's window, and last-writer-wins keeps one and silently drops the other, \
      although both clients were told their write succeeded. (Each key here gets about one write a \
      second, through either leader at random.)
      """
    case .skew:
      """
      What you should see: with physical timestamps nothing is lost until the skew passes the 300 ms \
      between writes; then the loss jumps, and jumps again at each further 300 ms, as a us write \
      loses to asia writes further back. With hybrid timestamps none is ever lost. \
      Every write here happens after the previous one has reached both leaders, so none is \
      concurrent. But once asia's clock is further ahead than that gap, a us write that follows an \
      asia write is stamped with an older time, and last-writer-wins discards it. A hybrid logical clock never stamps a \
      write older than a timestamp the leader has already seen, so causally later writes always win.
      """
    case .latency:
      """
      What you should see: with one leader in the US, a client in Asia waits a full round trip across \
      the ocean for every write, so its wait grows twice as fast as the one-way latency. With a \
      leader in each region it writes to its own leader and waits about 2 ms, whatever the distance; \
      a US client waits about 2 ms either way. That local write is the reason to have several \
      leaders, and the price is the conflicts the other experiments show.
      """
    case .quorum:
      """
      What you should see: a step. A quorum write needs a majority of the leaders, so us keeps \
      accepting writes while the regions it can still reach (itself included) are a majority: with 2 \
      regions, none may be cut off; with 3, one; with 5, two. One more, and every write times out and \
      is rejected, which is the price of never losing a write to a conflict. (A dash: that many \
      regions cannot be cut off.)
      """
    case .quorumLatency:
      """
      What you should see: the wait is set by the nearest majority, then jumps to the timeout. us \
      needs answers from enough leaders to make a majority, so it waits for the round trip to the \
      farthest leader of the nearest majority: about 150 ms with 2 regions (asia, 75 ms away, must \
      answer), 80 ms with 3 (eu, 40 ms away, makes 2 of 3) and 120 ms with 5 (eu and sa, 60 ms away, \
      make 3 of 5). Each region cut off can force a farther majority, and once no majority is left \
      every write waits the whole 500 ms quorum timeout and is rejected. Regions are cut off from the \
      end of the list: eu of three; au, then sa, then eu of five. Latencies from us: asia 75, eu 40, sa \
      60, au 110 ms.
      """
    }
  }

  /// The series it plots.
  package var seriesNames: [String] {
    switch self {
    case .conflicts: ["lww, physical timestamps"]
    case .skew: ["physical timestamps", "hybrid timestamps"]
    case .latency: ["asia client, one leader (us)", "asia client, leader per region", "us client"]
    case .quorum, .quorumLatency: ["2 regions", "3 regions", "5 regions"]
    }
  }

  /// The x values for `points` points (``quorum`` always has 0 to 4 regions cut off).
  package func xValues(points: Int) -> [Int64] {
    if self == .quorum || self == .quorumLatency { return [0, 1, 2, 3, 4] }
    let (low, high): (Int64, Int64) = self == .skew ? (0, 1_000) : (10, 300)
    return (0..<points).map { low + (high - low) * Int64($0) / Int64(max(points - 1, 1)) }
  }
}

/// How much work a sweep does.
package struct ExperimentSettings: Hashable, Sendable {
  /// Seeded runs per point, averaged.
  package var runs = 3
  /// Points on the x axis.
  package var points = 8
  /// Client writes per run.
  package var writes = 200
  /// The most runs computed at once, each on its own thread; 1 runs them one after another on the
  /// calling thread. The numbers do not depend on it.
  package var jobs = ParallelRuns.cores

  /// The simulated writes a sweep of `experiment` runs in all (runs × points × writes × series).
  package func work(for experiment: Experiment) -> Int {
    runs * points * writes * experiment.seriesNames.count
  }
}

/// One measured point: its x value, and the mean over the runs for each series.
///
/// The y values are percentages (of writes lost, or of quorum writes accepted) or, for
/// ``Experiment/latency``, milliseconds; NaN where the point does not apply.
package struct ExperimentPoint: Hashable, Sendable {
  package let x: Int64
  package let y: [Double]
}
