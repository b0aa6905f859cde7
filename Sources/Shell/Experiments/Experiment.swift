/// A parameter sweep on the model, plotted: what it varies, what it measures, what to expect.
enum Experiment: String, CaseIterable, Hashable, Sendable {
  /// Writes lost to last-writer-wins conflicts as the cross-region latency grows.
  case conflicts
  /// Causally later writes lost to clock skew, with physical and with hybrid timestamps.
  case skew

  /// One line on what it shows.
  var title: String {
    switch self {
    case .conflicts: "Writes lost to conflicts versus cross-region latency"
    case .skew: "Later writes lost to clock skew: physical vs hybrid timestamps"
    }
  }

  /// What the x axis varies.
  var xTitle: String {
    switch self {
    case .conflicts: "one-way latency between us and asia (ms)"
    case .skew: "asia's clock runs ahead by (ms)"
    }
  }

  /// The x column's heading in the table of numbers.
  var xColumn: String { self == .conflicts ? "latency (ms)" : "skew (ms)" }

  /// What the y axis measures.
  var yTitle: String { "writes lost (% of acknowledged writes)" }

  /// The paragraph on what you should see, and why.
  var explanation: String {
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
    }
  }

  /// The series it plots.
  var seriesNames: [String] {
    switch self {
    case .conflicts: ["lww, physical timestamps"]
    case .skew: ["physical timestamps", "hybrid timestamps"]
    }
  }

  /// The x values for `points` points.
  func xValues(points: Int) -> [Int64] {
    let (low, high): (Int64, Int64) = self == .conflicts ? (10, 300) : (0, 1_000)
    return (0..<points).map { low + (high - low) * Int64($0) / Int64(max(points - 1, 1)) }
  }
}

/// How much work a sweep does.
struct ExperimentSettings: Hashable, Sendable {
  /// Seeded runs per point, averaged.
  var runs = 3
  /// Points on the x axis.
  var points = 8
  /// Client writes per run.
  var writes = 200

  /// The most writes one `experiment` may simulate in all (runs × points × writes × series).
  static let workLimit = 1_000_000
}

/// One measured point: its x value, and the mean over the runs for each series.
struct ExperimentPoint: Hashable, Sendable {
  let x: Int64
  let y: [Double]
}
