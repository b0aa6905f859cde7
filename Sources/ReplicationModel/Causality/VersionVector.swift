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
  /// How many leader slots are stored inline, without a heap allocation (every slot a cluster
  /// can have: it has at most ``ModelError/maximumRegions`` leaders).
  private static let inlineSlots = 8

  /// The counters of the first ``inlineSlots`` slots, stored 8-byte aligned: a stored
  /// `SIMD8<UInt32>` (or any 16-byte-aligned field) would make every box holding a vector (a
  /// version, a request) an aligned allocation (`posix_memalign`), several times slower than a
  /// plain `malloc`.
  private var inlineCounters = InlineCounters()

  /// The counters of the first ``inlineSlots`` slots, as one vector.
  private var low: SIMD8<UInt32> {
    @inline(__always) get { unsafeBitCast(inlineCounters, to: SIMD8<UInt32>.self) }
    @inline(__always) set { inlineCounters = unsafeBitCast(newValue, to: InlineCounters.self) }
  }

  /// The bits of eight 32-bit counters, as four 64-bit words (8-byte aligned).
  private struct InlineCounters: Hashable, Sendable {
    var first: UInt64 = 0
    var second: UInt64 = 0
    var third: UInt64 = 0
    var fourth: UInt64 = 0
  }
  /// The counters of the slots after them, without trailing zeros (only for hand-made vectors).
  private var high: [UInt32] = []

  /// The counters, indexed by leader slot, without trailing zeros.
  public var counters: [UInt32] { (0..<width).map { self[$0] } }

  /// Creates a vector from explicit counters (for example `[1, 0]`).
  public init(_ counters: [UInt32] = []) {
    for (slot, value) in counters.enumerated() { set(slot, to: value) }
  }

  /// The counter for a leader slot (zero when absent).
  public subscript(slot: Int) -> UInt32 {
    if slot < Self.inlineSlots { return low[slot] }
    let index = slot - Self.inlineSlots
    return index < high.count ? high[index] : 0
  }

  /// Sets the counter for a leader slot.
  @inline(__always)
  public mutating func set(_ slot: Int, to value: UInt32) {
    if slot < Self.inlineSlots {
      low[slot] = value
      return
    }
    setBeyondInlineSlots(slot, to: value)
  }

  /// ``set(_:to:)`` for a slot kept in the array.
  @inline(never)
  private mutating func setBeyondInlineSlots(_ slot: Int, to value: UInt32) {
    let index = slot - Self.inlineSlots
    if index >= high.count {
      guard value != 0 else { return }
      high.append(contentsOf: repeatElement(0, count: index + 1 - high.count))
    }
    high[index] = value
    while let last = high.last, last == 0 { high.removeLast() }
  }

  /// The smallest vector that has seen everything both vectors have seen.
  public func joined(with other: VersionVector) -> VersionVector {
    var result = self
    result.join(other)
    return result
  }

  /// Absorbs everything `other` has seen into this vector (element-wise maximum).
  public mutating func join(_ other: VersionVector) {
    low = pointwiseMax(low, other.low)
    guard !other.high.isEmpty else { return }
    if other.high.count > high.count {
      high.append(contentsOf: repeatElement(0, count: other.high.count - high.count))
    }
    for (index, value) in other.high.enumerated() where value > high[index] { high[index] = value }
  }

  /// Raises each slot through the dots that continue it: `(s:c)` is added when the counter of
  /// `s` is `c - 1`, perhaps after earlier dots of the list; a dot beyond a gap is skipped.
  ///
  /// - Parameter dots: Dots sorted by slot, then counter (as ``SeenDots/gaps`` keeps them).
  public mutating func extend(through dots: some Sequence<Dot>) {
    for dot in dots { extend(with: dot) }
  }

  /// Adds `dot` when it continues the vector (the counter of its slot is one less).
  public mutating func extend(with dot: Dot) {
    if self[dot.slot] &+ 1 == dot.counter { set(dot.slot, to: dot.counter) }
  }

  /// Whether this vector has seen the write `dot`.
  public func contains(_ dot: Dot) -> Bool { self[dot.slot] >= dot.counter }

  /// Compares two vectors in causal order.
  public func compare(to other: VersionVector) -> CausalOrder {
    var someLess = any(low .< other.low)
    var someGreater = any(low .> other.low)
    if !high.isEmpty || !other.high.isEmpty {
      for index in 0..<max(high.count, other.high.count) {
        let mine = index < high.count ? high[index] : 0
        let theirs = index < other.high.count ? other.high[index] : 0
        if mine < theirs { someLess = true } else if mine > theirs { someGreater = true }
      }
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
    guard !any(low .> other.low) else { return false }
    guard !high.isEmpty else { return true }
    guard high.count <= other.high.count else { return false }
    return zip(high, other.high).allSatisfy { $0 <= $1 }
  }

  /// `[1,0]`-style text with one entry per leader slot, padded to `width` entries.
  public func text(width: Int) -> String {
    let count = max(width, self.width)
    return "[" + (0..<count).map { String(self[$0]) }.joined(separator: ",") + "]"
  }

  /// `[1,0]`-style text without padding.
  public var description: String { text(width: width) }

  /// The number of slots up to the last non-zero counter.
  private var width: Int {
    if !high.isEmpty { return Self.inlineSlots + high.count }
    var width = Self.inlineSlots
    while width > 0 && low[width - 1] == 0 { width -= 1 }
    return width
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
