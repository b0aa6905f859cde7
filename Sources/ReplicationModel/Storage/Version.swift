/// One version of one key: a write as it travels between replicas and as a replica holds it.
///
/// A version carries everything any policy needs to decide a conflict: the leader's UTC (or
/// logical) timestamp, the leader that accepted it, its unique write id and its version
/// vector. A version made by merging concurrent versions lists every write it contains.
public struct Version: Hashable, Sendable {
  /// The fields, in one immutable box that every copy shares: a version travels to every
  /// replica and sits in messages, effects and stores, so a copy costs one reference count.
  /// Changing a field puts the changed fields in a new box.
  private var box: Box

  /// The key it belongs to.
  public var key: String { box.fields.key }
  /// The value, or a deletion.
  public var payload: Payload {
    get { box.fields.payload }
    set { update { $0.payload = newValue } }
  }
  /// The causal history: every write this version has seen, and normally its own dot too.
  ///
  /// When a client writes from a stale context (one that lacks earlier writes of the same
  /// leader), the vector is that context and the dot stays apart: a vector cannot say "saw
  /// the first write of this leader but not the second", and raising the counter to the dot
  /// would claim the write had seen (and so replace) writes its client never read.
  public var vector: VersionVector {
    get { box.fields.vector }
    set { update { $0.vector = newValue } }
  }
  /// The write's own event.
  public var dot: Dot { box.fields.dot }
  /// When the accepting leader stamped it.
  public var timestamp: Timestamp {
    get { box.fields.timestamp }
    set { update { $0.timestamp = newValue } }
  }
  /// The leader that accepted the write.
  public var origin: NodeID { box.fields.origin }
  /// The write's unique id (for a merged version: the newest write it contains).
  public var writeID: WriteID {
    get { box.fields.writeID }
    set { update { $0.writeID = newValue } }
  }
  /// For a merged version, every write whose value it contains; empty otherwise.
  public var mergedFrom: [WriteID] {
    get { box.fields.mergedFrom }
    set { update { $0.mergedFrom = newValue } }
  }
  /// For a version that settled a conflict (a merge, or a region-priority winner), the
  /// concurrent writes it was settled from, sorted by write id; empty for a plain write.
  ///
  /// A replica keeps them so it can settle the conflict again when a write arrives that has
  /// seen only some of them; without them the result would depend on the arrival order.
  public var settledFrom: [Version] {
    get { box.fields.settledFrom }
    set { update { $0.settledFrom = newValue } }
  }

  /// Creates a version.
  public init(
    key: String, payload: Payload, vector: VersionVector, dot: Dot, timestamp: Timestamp,
    origin: NodeID, writeID: WriteID, mergedFrom: [WriteID] = [], settledFrom: [Version] = []
  ) {
    box = Box(
      Fields(
        key: key, payload: payload, vector: vector, dot: dot, timestamp: timestamp, origin: origin,
        writeID: writeID, mergedFrom: mergedFrom, settledFrom: settledFrom),
      keyNumber: -1)
  }

  /// Creates a plain write's version, with the key number of its request.
  init(
    key: String, keyNumber: Int32, payload: Payload, vector: VersionVector, dot: Dot, timestamp: Timestamp,
    origin: NodeID, writeID: WriteID
  ) {
    box = Box(
      Fields(
        key: key, payload: payload, vector: vector, dot: dot, timestamp: timestamp, origin: origin,
        writeID: writeID, mergedFrom: [], settledFrom: []),
      keyNumber: keyNumber)
  }

  /// The key number of the request that made it (see ``ClientWrite/keyNumber``), `-1` for none;
  /// a hint for finding the key in a store, not part of the version's identity.
  var keyNumber: Int32 { box.keyNumber }

  /// Two versions are equal when every field is (the key number is not a field); copies of one
  /// version are equal at once.
  public static func == (lhs: Version, rhs: Version) -> Bool {
    lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
  }

  /// Hashes every field.
  public func hash(into hasher: inout Hasher) { box.fields.hash(into: &hasher) }

  private mutating func update(_ change: (inout Fields) -> Void) {
    var fields = box.fields
    change(&fields)
    box = Box(fields, keyNumber: box.keyNumber)
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

  /// The largest vector within this version's history: its vector, with its own dot added only
  /// when the dot continues it.
  ///
  /// A dot kept apart (a write from a stale context) is not added: raising the counter to it
  /// would claim the earlier writes of its leader that the write never saw, and a context made
  /// from that claim would replace them. A vector cannot hold the dot alone, so it is left out.
  public var historyVector: VersionVector {
    var history = vector
    history.extend(with: dot)
    return history
  }

  private func hasSeen(_ other: Version) -> Bool {
    (dot == other.dot || vector.contains(other.dot)) && other.vector.isIncluded(in: vector)
  }
}

extension Version {
  /// Every field of a version.
  fileprivate struct Fields: Hashable, Sendable {
    var key: String
    var payload: Payload
    var vector: VersionVector
    var dot: Dot
    var timestamp: Timestamp
    var origin: NodeID
    var writeID: WriteID
    var mergedFrom: [WriteID]
    var settledFrom: [Version]
  }

  /// The immutable box of a version's fields, with its key number.
  fileprivate final class Box: Sendable {
    let fields: Fields
    let keyNumber: Int32

    init(_ fields: Fields, keyNumber: Int32) {
      self.fields = fields
      self.keyNumber = keyNumber
    }
  }
}

extension VersionVector {
  /// The largest vector within the joined histories of `versions` (each one's vector and its own
  /// dot): their vectors joined, then each dot kept apart that continues the result.
  ///
  /// A dot kept apart can continue another version's vector (a stale write `(0:3)` made from
  /// `[1]`, held beside `(0:2)` at `[2]`, gives `[3]`); one that continues nothing stays out, so
  /// the vector never claims a write that none of the versions saw (see
  /// ``Version/historyVector``).
  init(histories versions: some Sequence<Version>) {
    self.init()
    var apart: [Dot] = []
    for version in versions {
      join(version.vector)
      if !version.vector.contains(version.dot) { apart.append(version.dot) }
    }
    if !apart.isEmpty { extend(through: apart.sorted()) }
  }
}
