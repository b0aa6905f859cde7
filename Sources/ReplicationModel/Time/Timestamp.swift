/// Where a leader's write timestamps come from.
public enum TimestampSource: String, CaseIterable, Hashable, Sendable {
  /// The node's physical UTC clock, skew and all (what the source document describes).
  case physical
  /// A Lamport clock: a counter that jumps past every timestamp the node has seen.
  case lamport
  /// A hybrid logical clock (Kulkarni et al., 2014): physical time that never runs behind
  /// what the node has seen, with a counter to order events within one clock reading.
  case hybrid
}

/// A totally ordered write timestamp: compared by `wall`, then by `logical`.
///
/// A physical timestamp uses only `wall` (the clock reading in microseconds since midnight
/// UTC). A Lamport timestamp uses only `logical`. A hybrid timestamp uses both, exactly as the
/// HLC paper's `(l, c)` pair.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The clock reading part, in microseconds since midnight UTC (0 for Lamport timestamps).
  public var wall: Int64
  /// The counter part (0 for physical timestamps).
  public var logical: Int64
  /// Which kind of clock produced the timestamp; it does not take part in comparisons.
  public var source: TimestampSource

  /// Creates a timestamp.
  public init(wall: Int64, logical: Int64 = 0, source: TimestampSource = .physical) {
    self.wall = wall
    self.logical = logical
    self.source = source
  }

  /// Orders timestamps by wall time, then by the logical counter.
  public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
    (lhs.wall, lhs.logical) < (rhs.wall, rhs.logical)
  }

  /// Two timestamps are equal when both parts are equal, whatever their source.
  public static func == (lhs: Timestamp, rhs: Timestamp) -> Bool {
    lhs.wall == rhs.wall && lhs.logical == rhs.logical
  }

  /// Hashes the compared parts.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(wall)
    hasher.combine(logical)
  }

  /// `12:01:00.000` (physical), `L7` (Lamport) or `12:01:00.000+2` (hybrid).
  public var description: String {
    switch source {
    case .physical: TimeText.clock(wall)
    case .lamport: "L\(logical)"
    case .hybrid: logical == 0 ? TimeText.clock(wall) : "\(TimeText.clock(wall))+\(logical)"
    }
  }
}
