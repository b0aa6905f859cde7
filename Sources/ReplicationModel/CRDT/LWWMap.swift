/// A map whose every key is its own last-writer-wins register, removals included.
///
/// A put or a removal writes the key's entry with an ``LWWStamp``; merge keeps the entry with the
/// larger stamp per key. A removal is stored as an entry without a value (a tombstone), so that
/// an older put arriving later cannot bring the key back. At an identical stamp a removal beats a
/// value, and a larger value beats a smaller one.
///
/// - Complexity: put, remove and lookup O(1); merge O(k) for the other map's k keys. Metadata:
///   one stamp per key, and removed keys stay as tombstones.
public struct LWWMap<Value: Hashable & Comparable & Sendable>: ConvergentValue {
  /// One key's latest write: a value, or `nil` for a removal.
  public struct Entry: Hashable, Sendable {
    /// The value written, or `nil` when the key was removed.
    public let value: Value?
    /// When and where the write was made.
    public let stamp: LWWStamp

    /// Whether this entry replaces `other` (larger stamp; at a tie, removal, then larger value).
    func beats(_ other: Entry) -> Bool {
      if stamp != other.stamp { return other.stamp < stamp }
      switch (value, other.value) {
      case (nil, nil): return false
      case (nil, _): return true
      case (_, nil): return false
      case (let mine?, let theirs?): return theirs < mine
      }
    }
  }

  /// The latest write for every key ever written, tombstones included.
  public private(set) var entries: [String: Entry] = [:]

  /// Creates an empty map.
  public init() {}

  /// The shell name of this kind.
  public static var kind: CRDTKind { .lwwMap }

  /// What an lww-map is, in plain words.
  public static var summary: String {
    "An lww-map (last-writer-wins map) is a map where every key behaves like its own "
      + "lww-register. Putting or removing a key stamps it with a timestamp and the replica id; "
      + "merging keeps, per key, the write with the later stamp. Edits to different keys never "
      + "conflict, but two concurrent writes to one key keep only one. A removed key leaves a "
      + "tombstone so that an older put cannot bring it back."
  }

  /// The present keys and their values.
  public var values: [String: Value] { entries.compactMapValues(\.value) }

  /// The value of `key`, or `nil` when it is absent or removed.
  public subscript(key: String) -> Value? { entries[key]?.value }

  /// Writes `value` for `key` with `timestamp` at `replica`.
  public mutating func put(_ key: String, _ value: Value, at timestamp: Timestamp, by replica: NodeID) {
    offer(Entry(value: value, stamp: LWWStamp(timestamp: timestamp, replica: replica)), for: key)
  }

  /// Removes `key` with `timestamp` at `replica`, leaving a tombstone.
  public mutating func remove(_ key: String, at timestamp: Timestamp, by replica: NodeID) {
    offer(Entry(value: nil, stamp: LWWStamp(timestamp: timestamp, replica: replica)), for: key)
  }

  /// Keeps, for every key, the entry with the larger stamp.
  public mutating func merge(_ other: LWWMap) {
    for (key, entry) in other.entries { offer(entry, for: key) }
  }

  private mutating func offer(_ entry: Entry, for key: String) {
    if let held = entries[key], !entry.beats(held) { return }
    entries[key] = entry
  }

  /// `{apple: 3, pear: 1}` with the present keys sorted; `{}` when empty.
  public var description: String {
    let pairs = values.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
    return "{" + pairs.joined(separator: ", ") + "}"
  }
}
