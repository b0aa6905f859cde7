/// How two versions of a key relate in causal (happened-before) order.
public enum CausalOrder: Hashable, Sendable {
  /// Both vectors are the same: the same history.
  case equal
  /// The left version happened before the right one: the right one has seen it.
  case before
  /// The left version happened after the right one: it has seen the right one.
  case after
  /// Neither has seen the other: a conflict.
  case concurrent
}

/// One counter per leader: how many writes from each leader a version has seen, for one key.
///
/// Version vectors are how a replica tells "this write replaces that one" from "these two
/// writes conflict". `[1,0]` then `[1,1]` is an ordered history (the second write saw the
/// first); `[1,0]` and `[0,1]` are concurrent. Entries are indexed by leader slot (the
/// position of the leader among the cluster's leaders); missing entries count as zero.
public struct VersionVector: Hashable, Sendable, CustomStringConvertible {
  /// The counters, indexed by leader slot.
  public private(set) var counters: [UInt32]

  /// Creates a vector from explicit counters (for example `[1, 0]`).
  public init(_ counters: [UInt32] = []) {
    self.counters = counters
    trimTrailingZeros()
  }

  /// The counter for a leader slot (zero when absent).
  public subscript(slot: Int) -> UInt32 {
    slot < counters.count ? counters[slot] : 0
  }

  /// Sets the counter for a leader slot.
  public mutating func set(_ slot: Int, to value: UInt32) {
    if slot >= counters.count {
      guard value != 0 else { return }
      counters.append(contentsOf: repeatElement(0, count: slot + 1 - counters.count))
    }
    counters[slot] = value
    trimTrailingZeros()
  }

  /// The smallest vector that has seen everything both vectors have seen.
  public func joined(with other: VersionVector) -> VersionVector {
    var result = self
    result.join(other)
    return result
  }

  /// Absorbs everything `other` has seen into this vector (element-wise maximum).
  public mutating func join(_ other: VersionVector) {
    if other.counters.count > counters.count {
      counters.append(contentsOf: repeatElement(0, count: other.counters.count - counters.count))
    }
    for (slot, value) in other.counters.enumerated() where value > counters[slot] {
      counters[slot] = value
    }
  }

  /// Whether this vector has seen the write `dot`.
  public func contains(_ dot: Dot) -> Bool { self[dot.slot] >= dot.counter }

  /// Compares two vectors in causal order.
  public func compare(to other: VersionVector) -> CausalOrder {
    var someLess = false
    var someGreater = false
    let width = max(counters.count, other.counters.count)
    for slot in 0..<width {
      let mine = self[slot]
      let theirs = other[slot]
      if mine < theirs { someLess = true } else if mine > theirs { someGreater = true }
      if someLess && someGreater { return .concurrent }
    }
    switch (someLess, someGreater) {
    case (false, false): return .equal
    case (true, false): return .before
    case (false, true): return .after
    case (true, true): return .concurrent
    }
  }

  /// Whether every counter is less than or equal to the other's (this history is included).
  public func isIncluded(in other: VersionVector) -> Bool {
    let order = compare(to: other)
    return order == .equal || order == .before
  }

  /// `[1,0]`-style text with one entry per leader slot, padded to `width` entries.
  public func text(width: Int) -> String {
    let count = max(width, counters.count)
    return "[" + (0..<count).map { String(self[$0]) }.joined(separator: ",") + "]"
  }

  /// `[1,0]`-style text without padding.
  public var description: String { text(width: counters.count) }

  private mutating func trimTrailingZeros() {
    while let last = counters.last, last == 0 { counters.removeLast() }
  }
}

/// One event in a version vector's history: the `counter`-th write accepted by a leader.
public struct Dot: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The leader slot that accepted the write.
  public let slot: Int
  /// The write's sequence number at that leader, for its key (1 for the first).
  public let counter: UInt32

  /// Creates a dot.
  public init(slot: Int, counter: UInt32) {
    self.slot = slot
    self.counter = counter
  }

  /// Orders dots by slot, then counter.
  public static func < (lhs: Dot, rhs: Dot) -> Bool { (lhs.slot, lhs.counter) < (rhs.slot, rhs.counter) }

  /// `(slot:counter)` text.
  public var description: String { "(\(slot):\(counter))" }
}
