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
  /// The causal history: every write this version has seen, and normally its own dot too.
  ///
  /// When a client writes from a stale context (one that lacks earlier writes of the same
  /// leader), the vector is that context and the dot stays apart: a vector cannot say "saw
  /// the first write of this leader but not the second", and raising the counter to the dot
  /// would claim the write had seen (and so replace) writes its client never read.
  public var vector: VersionVector
  /// The write's own event.
  public let dot: Dot
  /// When the accepting leader stamped it.
  public var timestamp: Timestamp
  /// The leader that accepted the write.
  public let origin: NodeID
  /// The write's unique id (for a merged version: the newest write it contains).
  public var writeID: WriteID
  /// For a merged version, every write whose value it contains; empty otherwise.
  public var mergedFrom: [WriteID]
  /// For a version that settled a conflict (a merge, or a region-priority winner), the
  /// concurrent writes it was settled from, sorted by write id; empty for a plain write.
  ///
  /// A replica keeps them so it can settle the conflict again when a write arrives that has
  /// seen only some of them; without them the result would depend on the arrival order.
  public var settledFrom: [Version]

  /// Creates a version.
  public init(
    key: String, payload: Payload, vector: VersionVector, dot: Dot, timestamp: Timestamp,
    origin: NodeID, writeID: WriteID, mergedFrom: [WriteID] = [], settledFrom: [Version] = []
  ) {
    self.key = key
    self.payload = payload
    self.vector = vector
    self.dot = dot
    self.timestamp = timestamp
    self.origin = origin
    self.writeID = writeID
    self.mergedFrom = mergedFrom
    self.settledFrom = settledFrom
  }

  /// The writes whose values this version holds: itself, or every merged write.
  public var contributors: [WriteID] { mergedFrom.isEmpty ? [writeID] : mergedFrom }

  /// The plain writes this version stands for: the ones it settled a conflict from, or itself.
  public var liveWrites: [Version] { settledFrom.isEmpty ? [self] : settledFrom }

  /// How this version relates to another in causal order.
  ///
  /// One version has seen another when its history (``vector`` and ``dot``) includes the
  /// other's whole history, dot included.
  public func order(relativeTo other: Version) -> CausalOrder {
    switch (other.hasSeen(self), hasSeen(other)) {
    case (true, true): .equal
    case (true, false): .before
    case (false, true): .after
    case (false, false): .concurrent
    }
  }

  /// Whether a causal context includes this version's whole history, its own dot included.
  public func isIncluded(in context: VersionVector) -> Bool {
    context.contains(dot) && vector.isIncluded(in: context)
  }

  /// The smallest vector that includes this version: its vector with its own dot added.
  public var coveringVector: VersionVector {
    var covering = vector
    if covering[dot.slot] < dot.counter { covering.set(dot.slot, to: dot.counter) }
    return covering
  }

  private func hasSeen(_ other: Version) -> Bool {
    (dot == other.dot || vector.contains(other.dot)) && other.vector.isIncluded(in: vector)
  }
}
