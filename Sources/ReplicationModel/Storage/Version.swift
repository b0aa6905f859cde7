/// One version of one key: a write as it travels between replicas and as a replica holds it.
///
/// A version carries everything any policy needs to decide a conflict: the leader's UTC (or
/// logical) timestamp, the leader that accepted it, its unique write id and its version
/// vector. A version made by merging concurrent versions lists every write it contains.
public struct Version: Hashable, Sendable {
  /// The key it belongs to.
  public let key: String
  /// The value, or a deletion.
  public var payload: Payload
  /// The causal history: every write this version has seen.
  public var vector: VersionVector
  /// The write's own event in that history.
  public let dot: Dot
  /// When the accepting leader stamped it.
  public var timestamp: Timestamp
  /// The leader that accepted the write.
  public let origin: NodeID
  /// The write's unique id (for a merged version: the newest write it contains).
  public var writeID: WriteID
  /// For a merged version, every write whose value it contains; empty otherwise.
  public var mergedFrom: [WriteID]

  /// Creates a version.
  public init(
    key: String, payload: Payload, vector: VersionVector, dot: Dot, timestamp: Timestamp,
    origin: NodeID, writeID: WriteID, mergedFrom: [WriteID] = []
  ) {
    self.key = key
    self.payload = payload
    self.vector = vector
    self.dot = dot
    self.timestamp = timestamp
    self.origin = origin
    self.writeID = writeID
    self.mergedFrom = mergedFrom
  }

  /// The writes whose values this version holds: itself, or every merged write.
  public var contributors: [WriteID] { mergedFrom.isEmpty ? [writeID] : mergedFrom }

  /// How this version relates to another in causal order.
  public func order(relativeTo other: Version) -> CausalOrder { vector.compare(to: other.vector) }
}
