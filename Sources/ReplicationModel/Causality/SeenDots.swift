/// The exact set of writes (dots) a replica has received for one key.
///
/// Most of the time this is a version vector: a leader's writes arrive in order. When the
/// network reorders messages on a link, a later write can arrive before an earlier one; the
/// out-of-order dots wait in `gaps` until the missing ones arrive, so a replica never mistakes
/// an unseen write for a duplicate.
public struct SeenDots: Hashable, Sendable {
  /// Everything seen without gaps: every dot at or below each counter.
  public private(set) var contiguous = VersionVector()
  /// Dots seen beyond a gap, kept sorted.
  public private(set) var gaps: [Dot] = []

  /// Creates an empty set.
  public init() {}

  /// Whether the dot was received already.
  public func contains(_ dot: Dot) -> Bool {
    contiguous.contains(dot) || gaps.contains(dot)
  }

  /// Records a received dot; returns `false` when it was already there.
  ///
  /// The in-order case (no gaps, the next dot of its leader) is always inlined; the rest is not.
  @discardableResult
  @inline(__always)
  public mutating func insert(_ dot: Dot) -> Bool {
    if gaps.isEmpty && dot.counter == contiguous[dot.slot] + 1 {
      contiguous.set(dot.slot, to: dot.counter)
      return true
    }
    return insertOutOfOrder(dot)
  }

  /// ``insert(_:)`` for a dot that is a duplicate, arrives beyond a gap, or fills one.
  @inline(never)
  private mutating func insertOutOfOrder(_ dot: Dot) -> Bool {
    if contains(dot) { return false }
    if dot.counter == contiguous[dot.slot] + 1 {
      contiguous.set(dot.slot, to: dot.counter)
      absorbGaps(slot: dot.slot)
    } else {
      let position = gaps.firstIndex { $0 > dot } ?? gaps.endIndex
      gaps.insert(dot, at: position)
    }
    return true
  }

  private mutating func absorbGaps(slot: Int) {
    guard !gaps.isEmpty else { return }
    var next = contiguous[slot] + 1
    while let index = gaps.firstIndex(of: Dot(slot: slot, counter: next)) {
      gaps.remove(at: index)
      contiguous.set(slot, to: next)
      next += 1
    }
  }
}
