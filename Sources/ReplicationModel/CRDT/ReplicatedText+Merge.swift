extension ReplicatedText {
  /// Takes the union of both states' characters and erasures, and rebuilds the document order.
  ///
  /// The order is a walk of the origin tree: each character right after its origin, characters
  /// with the same origin in descending id order. Since that order depends only on which
  /// characters exist, every replica that has merged the same states shows the same text.
  ///
  /// - Complexity: O(n log n) for the n characters of the union.
  public mutating func merge(_ other: ReplicatedText) {
    var pool = TextPool(capacity: tree.elementCount + other.tree.elementCount)
    pool.absorb(tree)
    pool.absorb(other.tree)
    tree = pool.orderedTree()
    clock = max(clock, other.clock)
  }

  /// Two texts are equal when they hold the same characters with the same erasures.
  public static func == (lhs: ReplicatedText, rhs: ReplicatedText) -> Bool {
    guard lhs.tree.elementCount == rhs.tree.elementCount, lhs.count == rhs.count else { return false }
    return lhs.elements == rhs.elements
  }

  /// Hashes the characters in document order.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(tree.elementCount)
    for element in elements { hasher.combine(element) }
  }
}

/// The union of the elements of several ``TextTree``s, and its document order.
private struct TextPool {
  var ids: [ReplicaDot] = []
  /// The pool index of each element's origin, or ``TextTree/none`` for the start of the text.
  var parents: [Int32] = []
  var characters: [Character] = []
  var erased: [Bool] = []
  var positions: [ReplicaDot: Int32] = [:]

  init(capacity: Int) {
    ids.reserveCapacity(capacity)
    parents.reserveCapacity(capacity)
    characters.reserveCapacity(capacity)
    erased.reserveCapacity(capacity)
    positions.reserveCapacity(capacity)
  }

  /// Adds the elements of `tree`; an element already present stays erased if either says so.
  ///
  /// A tree's elements come in creation order, and an element is always created after its
  /// origin, so every origin has its pool index by the time an element needs it.
  mutating func absorb(_ tree: TextTree) {
    var poolIndex = [Int32](repeating: TextTree.none, count: tree.elementCount)
    for node in 0..<tree.elementCount {
      let id = tree.ids[node]
      let isErased = tree.isErased(Int32(truncatingIfNeeded: node))
      let next = Int32(truncatingIfNeeded: ids.count)
      let known = positions[id, default: next]
      poolIndex[node] = known
      if known != next {
        erased[Int(known)] = erased[Int(known)] || isErased
        // Two different elements under one id can only come from a replica id used twice;
        // keep the smaller character so that merge stays order-free even then.
        if tree.characters[node] < characters[Int(known)] { characters[Int(known)] = tree.characters[node] }
        continue
      }
      let origin = tree.origins[node]
      positions[id] = next
      ids.append(id)
      // An origin created later than its element is impossible in states made by this type;
      // it is read as the start of the text rather than trusted.
      parents.append(origin >= 0 && origin < node ? poolIndex[Int(origin)] : TextTree.none)
      characters.append(tree.characters[node])
      erased.append(isErased)
    }
  }

  /// A tree holding the union in document order.
  func orderedTree() -> TextTree {
    let order = documentOrder()
    var newPosition = [Int32](repeating: TextTree.none, count: ids.count)
    for (position, element) in order.enumerated() {
      newPosition[Int(element)] = Int32(truncatingIfNeeded: position)
    }
    let origins = order.map { element in
      let parent = parents[Int(element)]
      return parent == TextTree.none ? TextTree.none : newPosition[Int(parent)]
    }
    return TextTree(
      ordered: order.map { ids[Int($0)] }, origins: origins, characters: order.map { characters[Int($0)] },
      erased: order.map { erased[Int($0)] })
  }

  /// The elements in document order: a depth-first walk of the origin tree, children in
  /// descending id order.
  private func documentOrder() -> [Int32] {
    // Children grouped by parent slot: 0 for the start of the text, pool index + 1 otherwise.
    var firstChild = [Int](repeating: 0, count: ids.count + 2)
    for parent in parents { firstChild[Int(parent) + 2] += 1 }
    for slot in 1..<firstChild.count { firstChild[slot] += firstChild[slot - 1] }
    var children = [Int32](repeating: 0, count: ids.count)
    var fill = firstChild
    for (element, parent) in parents.enumerated() {
      let slot = Int(parent) + 1
      children[fill[slot]] = Int32(truncatingIfNeeded: element)
      fill[slot] += 1
    }
    for slot in 0...ids.count where firstChild[slot + 1] - firstChild[slot] > 1 {
      children[firstChild[slot]..<firstChild[slot + 1]].sort { ids[Int($0)] > ids[Int($1)] }
    }
    var order: [Int32] = []
    order.reserveCapacity(ids.count)
    var stack: [Int32] = []
    stack.append(contentsOf: children[firstChild[0]..<firstChild[1]].reversed())
    while let element = stack.popLast() {
      order.append(element)
      let slot = Int(element) + 1
      stack.append(contentsOf: children[firstChild[slot]..<firstChild[slot + 1]].reversed())
    }
    return order
  }
}
