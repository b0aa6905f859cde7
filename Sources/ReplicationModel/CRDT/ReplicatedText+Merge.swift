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
  var originIDs: [ReplicaDot?] = []
  var characters: [Character] = []
  var erased: [Bool] = []
  var positions: [ReplicaDot: Int] = [:]

  init(capacity: Int) {
    ids.reserveCapacity(capacity)
    originIDs.reserveCapacity(capacity)
    characters.reserveCapacity(capacity)
    erased.reserveCapacity(capacity)
    positions.reserveCapacity(capacity)
  }

  /// Adds the elements of `tree`; an element already present keeps being erased if either says so.
  mutating func absorb(_ tree: TextTree) {
    for node in 0..<tree.elementCount {
      let id = tree.ids[node]
      let origin = tree.origins[node]
      let originID = origin == TextTree.none ? nil : tree.ids[origin]
      if let known = positions[id] {
        erased[known] = erased[known] || tree.erased[node]
        // Two different elements under one id can only come from a replica id used twice;
        // keep the smaller character so that merge stays order-free even then.
        if tree.characters[node] < characters[known] { characters[known] = tree.characters[node] }
        continue
      }
      positions[id] = ids.count
      ids.append(id)
      originIDs.append(originID)
      characters.append(tree.characters[node])
      erased.append(tree.erased[node])
    }
  }

  /// A tree holding the union in document order.
  func orderedTree() -> TextTree {
    let order = documentOrder()
    var newPosition = Array(repeating: TextTree.none, count: ids.count)
    for (position, element) in order.enumerated() { newPosition[element] = position }
    let origins = order.map { element in
      originIDs[element].flatMap { positions[$0] }.map { newPosition[$0] } ?? TextTree.none
    }
    return TextTree(
      ordered: order.map { ids[$0] }, origins: origins, characters: order.map { characters[$0] },
      erased: order.map { erased[$0] })
  }

  /// The elements in document order: a depth-first walk of the origin tree, children in
  /// descending id order.
  private func documentOrder() -> [Int] {
    // Parent of each element, as a slot: 0 for the start of the text, position + 1 otherwise.
    // An origin that is missing (impossible for states made by this type) counts as the start.
    let parents = originIDs.map { origin in origin.flatMap { positions[$0] }.map { $0 + 1 } ?? 0 }
    var firstChild = Array(repeating: 0, count: ids.count + 2)
    for parent in parents { firstChild[parent + 1] += 1 }
    for slot in 1..<firstChild.count { firstChild[slot] += firstChild[slot - 1] }
    var children = Array(repeating: 0, count: ids.count)
    var fill = firstChild
    for (element, parent) in parents.enumerated() {
      children[fill[parent]] = element
      fill[parent] += 1
    }
    for parent in 0...ids.count where firstChild[parent + 1] - firstChild[parent] > 1 {
      children[firstChild[parent]..<firstChild[parent + 1]].sort { ids[$0] > ids[$1] }
    }
    var order: [Int] = []
    order.reserveCapacity(ids.count)
    var stack: [Int] = []
    stack.append(contentsOf: children[firstChild[0]..<firstChild[1]].reversed())
    while let element = stack.popLast() {
      order.append(element)
      let slot = element + 1
      stack.append(contentsOf: children[firstChild[slot]..<firstChild[slot + 1]].reversed())
    }
    return order
  }
}
