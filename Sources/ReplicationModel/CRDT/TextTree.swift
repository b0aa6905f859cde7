/// The storage of ``ReplicatedText``: every element ever inserted, kept in document order by a
/// B+ tree counted by visible characters, whose leaves hold runs of elements.
///
/// Elements live in parallel arrays indexed by creation order and never move; the tree holds
/// their indexes. A leaf is a run of up to ``leafCapacity`` - 1 entries (an element index and its
/// tombstone bit, packed in 32 bits) and a branch holds up to ``branchCapacity`` - 1 children with
/// the number of visible elements under each. Nodes live in flat arrays with a fixed stride, so
/// finding a visible position reads a few short contiguous runs of counts and one leaf, and an
/// insert is a small move inside one leaf (split in two when it fills up).
///
/// - Complexity: O(log n) to find, insert or erase at a visible position, where n counts every
///   element ever inserted (tombstones included); O(n) to list the elements in order.
struct TextTree: Sendable {
  /// The sentinel for "no node".
  static let none: Int32 = -1
  /// The most elements a tree can hold (element indexes are 31-bit).
  static let capacity = Int(Int32.max) - 1
  /// The slots per leaf; a leaf that fills them all is split in two.
  static let leafCapacity = 64
  /// The slots per branch; a branch that fills them all is split in two.
  static let branchCapacity = 32

  /// Each element's id.
  private(set) var ids: [ReplicaDot] = []
  /// Each element's origin: the node it was inserted right after, or ``none`` for the start.
  private(set) var origins: [Int32] = []
  /// Each element's character.
  private(set) var characters: [Character] = []
  /// Whether each element was erased.
  private var erased: [Bool] = []

  /// Leaf `l` holds `entries[l * leafCapacity ..< l * leafCapacity + leafLengths[l]]`, each an
  /// element index shifted left by one, with the lowest bit set for a tombstone.
  private var entries: [UInt32] = []
  private var leafLengths: [Int32] = []
  /// Branch `b` holds its children (leaves when it sits just above them, branches otherwise) and
  /// their visible counts in the slots `b * branchCapacity ..< b * branchCapacity + length`.
  private var children: [Int32] = []
  private var childCounts: [Int32] = []
  private var branchLengths: [Int32] = []
  /// The root: a leaf when ``height`` is 0, a branch otherwise.
  private var root: Int32 = 0
  /// How many branch levels lie above the leaves.
  private var height = 0
  private var visible: Int32 = 0

  /// Creates an empty tree.
  init() {}

  /// How many elements exist, tombstones included.
  var elementCount: Int { ids.count }

  /// How many visible characters there are.
  var visibleCount: Int { Int(visible) }

  /// Whether an element was erased.
  func isErased(_ node: Int32) -> Bool { erased[Int(node)] }

  /// The node at a visible position; the caller ensures `0 <= position < visibleCount`.
  func node(atVisible position: Int) -> Int32 {
    guard position >= 0, position < visibleCount else { return Self.none }
    var remaining = Int32(truncatingIfNeeded: position)
    var node = root
    for _ in 0..<height {
      var slot = Int(node) * Self.branchCapacity
      while remaining >= childCounts[slot] {
        remaining -= childCounts[slot]
        slot += 1
      }
      node = children[slot]
    }
    let base = Int(node) * Self.leafCapacity
    for slot in base..<base + Int(leafLengths[Int(node)]) where entries[slot] & 1 == 0 {
      if remaining == 0 { return Int32(truncatingIfNeeded: entries[slot] >> 1) }
      remaining -= 1
    }
    return Self.none
  }

  /// Adds a visible element at a visible position (0…visibleCount) and returns its node.
  ///
  /// The element goes right after the `position`-th visible element and before any tombstones
  /// that follow it, which is where the sequence order puts an element newer than all others.
  /// The caller ensures the position is valid and ``elementCount`` is below ``capacity``.
  @discardableResult
  mutating func insert(id: ReplicaDot, origin: Int32, character: Character, atVisible position: Int) -> Int32
  {
    let node = Int32(truncatingIfNeeded: ids.count)
    ids.append(id)
    origins.append(origin)
    characters.append(character)
    erased.append(false)
    if leafLengths.isEmpty {
      root = newLeaf()
      height = 0
    }
    let entry = UInt32(truncatingIfNeeded: node) << 1
    if let (sibling, siblingCount) = insert(
      entry, into: root, level: height, atVisible: Int32(truncatingIfNeeded: position))
    {
      let newRoot = newBranch()
      let base = Int(newRoot) * Self.branchCapacity
      children[base] = root
      childCounts[base] = visible + 1 - siblingCount
      children[base + 1] = sibling
      childCounts[base + 1] = siblingCount
      branchLengths[Int(newRoot)] = 2
      root = newRoot
      height += 1
    }
    visible += 1
    return node
  }

  /// Marks the element at a visible position as erased; the caller ensures it exists.
  mutating func erase(atVisible position: Int) {
    guard position >= 0, position < visibleCount else { return }
    var remaining = Int32(truncatingIfNeeded: position)
    var node = root
    for _ in 0..<height {
      var slot = Int(node) * Self.branchCapacity
      while remaining >= childCounts[slot] {
        remaining -= childCounts[slot]
        slot += 1
      }
      childCounts[slot] -= 1
      node = children[slot]
    }
    let base = Int(node) * Self.leafCapacity
    for slot in base..<base + Int(leafLengths[Int(node)]) where entries[slot] & 1 == 0 {
      if remaining == 0 {
        entries[slot] |= 1
        erased[Int(entries[slot] >> 1)] = true
        visible -= 1
        return
      }
      remaining -= 1
    }
  }

  /// Every node in document order.
  func nodesInOrder() -> [Int32] {
    var result: [Int32] = []
    result.reserveCapacity(ids.count)
    guard !leafLengths.isEmpty else { return result }
    collect(root, level: height, into: &result)
    return result
  }

  /// Builds a tree holding the elements in the given document order, in O(n).
  ///
  /// `origins` are positions in the same arrays (or ``none``); the caller keeps the count below
  /// ``capacity``.
  init(ordered ids: [ReplicaDot], origins: [Int32], characters: [Character], erased: [Bool]) {
    self.ids = ids
    self.origins = origins
    self.characters = characters
    self.erased = erased
    guard !ids.isEmpty else { return }
    // Leaves and branches three-quarters full, so that the next inserts rarely split.
    let leafFill = Self.leafCapacity * 3 / 4
    var level: [(node: Int32, count: Int32)] = []
    var start = 0
    while start < ids.count {
      let end = min(start + leafFill, ids.count)
      let leaf = newLeaf()
      let base = Int(leaf) * Self.leafCapacity
      var count: Int32 = 0
      for element in start..<end {
        entries[base + element - start] = UInt32(truncatingIfNeeded: element) << 1 | (erased[element] ? 1 : 0)
        if !erased[element] { count += 1 }
      }
      leafLengths[Int(leaf)] = Int32(truncatingIfNeeded: end - start)
      visible += count
      level.append((leaf, count))
      start = end
    }
    let branchFill = Self.branchCapacity * 3 / 4
    while level.count > 1 {
      var parents: [(node: Int32, count: Int32)] = []
      var first = 0
      while first < level.count {
        let end = min(first + branchFill, level.count)
        let branch = newBranch()
        let base = Int(branch) * Self.branchCapacity
        var count: Int32 = 0
        for child in first..<end {
          children[base + child - first] = level[child].node
          childCounts[base + child - first] = level[child].count
          count += level[child].count
        }
        branchLengths[Int(branch)] = Int32(truncatingIfNeeded: end - first)
        parents.append((branch, count))
        first = end
      }
      level = parents
      height += 1
    }
    root = level[0].node
  }

  // MARK: - B+ tree internals

  private mutating func newLeaf() -> Int32 {
    let leaf = Int32(truncatingIfNeeded: leafLengths.count)
    leafLengths.append(0)
    entries.append(contentsOf: repeatElement(0, count: Self.leafCapacity))
    return leaf
  }

  private mutating func newBranch() -> Int32 {
    let branch = Int32(truncatingIfNeeded: branchLengths.count)
    branchLengths.append(0)
    children.append(contentsOf: repeatElement(Self.none, count: Self.branchCapacity))
    childCounts.append(contentsOf: repeatElement(0, count: Self.branchCapacity))
    return branch
  }

  /// Inserts `entry` into the subtree at `node` (`level` branch levels above the leaves) right
  /// after its `position`-th visible element; returns the new right sibling of `node` and the
  /// visible count it took when `node` had to be split.
  private mutating func insert(_ entry: UInt32, into node: Int32, level: Int, atVisible position: Int32)
    -> (Int32, Int32)?
  {
    guard level > 0 else { return insert(entry, intoLeaf: node, atVisible: position) }
    let base = Int(node) * Self.branchCapacity
    var slot = base
    var remaining = position
    while remaining > childCounts[slot] {
      remaining -= childCounts[slot]
      slot += 1
    }
    childCounts[slot] += 1
    guard
      let (sibling, siblingCount) = insert(
        entry, into: children[slot], level: level - 1, atVisible: remaining)
    else { return nil }
    childCounts[slot] -= siblingCount
    let length = Int(branchLengths[Int(node)])
    var index = base + length
    while index > slot + 1 {
      children[index] = children[index - 1]
      childCounts[index] = childCounts[index - 1]
      index -= 1
    }
    children[slot + 1] = sibling
    childCounts[slot + 1] = siblingCount
    guard length + 1 == Self.branchCapacity else {
      branchLengths[Int(node)] = Int32(truncatingIfNeeded: length + 1)
      return nil
    }
    let half = Self.branchCapacity / 2
    let right = newBranch()
    let rightBase = Int(right) * Self.branchCapacity
    var moved: Int32 = 0
    for offset in 0..<Self.branchCapacity - half {
      children[rightBase + offset] = children[base + half + offset]
      childCounts[rightBase + offset] = childCounts[base + half + offset]
      moved += childCounts[base + half + offset]
    }
    branchLengths[Int(node)] = Int32(truncatingIfNeeded: half)
    branchLengths[Int(right)] = Int32(truncatingIfNeeded: Self.branchCapacity - half)
    return (right, moved)
  }

  /// Inserts `entry` into a leaf right after its `position`-th visible element (at the start
  /// for 0); splits the leaf when it fills up, as ``insert(_:into:level:atVisible:)`` describes.
  private mutating func insert(_ entry: UInt32, intoLeaf leaf: Int32, atVisible position: Int32) -> (
    Int32, Int32
  )? {
    let base = Int(leaf) * Self.leafCapacity
    let end = base + Int(leafLengths[Int(leaf)])
    var slot = base
    if position > 0 {
      var seen: Int32 = 0
      while slot < end {
        if entries[slot] & 1 == 0 {
          seen += 1
          if seen == position { break }
        }
        slot += 1
      }
      slot += 1
    }
    var index = end
    while index > slot {
      entries[index] = entries[index - 1]
      index -= 1
    }
    entries[slot] = entry
    let length = end - base + 1
    guard length == Self.leafCapacity else {
      leafLengths[Int(leaf)] = Int32(truncatingIfNeeded: length)
      return nil
    }
    let half = Self.leafCapacity / 2
    let right = newLeaf()
    let rightBase = Int(right) * Self.leafCapacity
    var moved: Int32 = 0
    for offset in 0..<Self.leafCapacity - half {
      let moving = entries[base + half + offset]
      entries[rightBase + offset] = moving
      if moving & 1 == 0 { moved += 1 }
    }
    leafLengths[Int(leaf)] = Int32(truncatingIfNeeded: half)
    leafLengths[Int(right)] = Int32(truncatingIfNeeded: Self.leafCapacity - half)
    return (right, moved)
  }

  /// Appends the elements of the subtree at `node` in order.
  private func collect(_ node: Int32, level: Int, into result: inout [Int32]) {
    if level == 0 {
      let base = Int(node) * Self.leafCapacity
      for slot in base..<base + Int(leafLengths[Int(node)]) {
        result.append(Int32(truncatingIfNeeded: entries[slot] >> 1))
      }
      return
    }
    let base = Int(node) * Self.branchCapacity
    for slot in base..<base + Int(branchLengths[Int(node)]) {
      collect(children[slot], level: level - 1, into: &result)
    }
  }
}
