/// The index of a region in a cluster's configuration (`us` is 0 in the default cluster).
public struct RegionID: Hashable, Comparable, Sendable {
  /// The position of the region in ``ClusterConfiguration/regions``.
  public let index: Int

  /// Creates a region identifier from its position in the configuration.
  public init(_ index: Int) { self.index = index }

  /// Orders regions by their position in the configuration.
  public static func < (lhs: RegionID, rhs: RegionID) -> Bool { lhs.index < rhs.index }
}

/// The index of a node (leader or follower) in a cluster's node directory.
public struct NodeID: Hashable, Comparable, Sendable {
  /// The position of the node in ``ClusterLayout/nodes``.
  public let index: Int

  /// Creates a node identifier from its position in the node directory.
  public init(_ index: Int) { self.index = index }

  /// Orders nodes by their position in the node directory.
  public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.index < rhs.index }
}

/// A unique, counter-based identity for one client write (`w1`, `w2`, …).
///
/// Write ids are handed out by the simulation in the order clients issue writes, so a
/// higher id means a write that was issued later in simulated time. They never come from
/// a random UUID generator: the same inputs always give the same ids.
public struct WriteID: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The counter value; the first write of a run is 1.
  public let value: Int

  /// Creates a write identifier from its counter value.
  public init(_ value: Int) { self.value = value }

  /// Orders writes by the order in which they were issued.
  public static func < (lhs: WriteID, rhs: WriteID) -> Bool { lhs.value < rhs.value }

  /// The id as the shell shows it, for example `w7`.
  public var description: String { "w\(value)" }
}

/// A unique, counter-based identity for one client request.
public struct RequestID: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The counter value; the first request of a run is 1.
  public let value: Int

  /// Creates a request identifier from its counter value.
  public init(_ value: Int) { self.value = value }

  /// Orders requests by the order in which they were issued.
  public static func < (lhs: RequestID, rhs: RequestID) -> Bool { lhs.value < rhs.value }

  /// The id as the shell shows it, for example `r3`.
  public var description: String { "r\(value)" }
}
