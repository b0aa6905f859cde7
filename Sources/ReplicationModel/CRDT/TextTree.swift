/// The storage of ``ReplicatedText``: every element ever inserted, kept in document order by a
/// treap (a randomized balanced binary tree) counted by visible characters.
///
/// Elements live in parallel arrays indexed by creation order and never move; the tree links
/// them by index. Each node stores how many visible (not erased) elements its subtree holds, so
/// the element at a visible position is found by one walk from the root. Priorities are a hash
/// of the element's id, so the shape depends only on which elements exist and the order of
/// local inserts, never on a random generator.
///
/// - Complexity: expected O(log n) to find, insert or erase at a visible position, where n counts
///   every element ever inserted (tombstones included); O(n) to list the elements in order.
struct TextTree: Sendable {
  /// The sentinel for "no node".
  static let none: Int32 = -1
  /// The most elements a tree can hold (node links are 32-bit).
  static let capacity = Int(Int32.max) - 1

  /// Each element's id.
  private(set) var ids: [ReplicaDot] = []
  /// Each element's origin: the node it was inserted right after, or ``none`` for the start.
  private(set) var origins: [Int32] = []
  /// Each element's character.
  private(set) var characters: [Character] = []
  private var nodes: [TextTreeNode] = []
  private var root = TextTree.none

  /// Creates an empty tree.
  init() {}

  /// How many elements exist, tombstones included.
  var elementCount: Int { ids.count }

  /// How many visible characters there are.
  var visibleCount: Int { Int(size(root)) }

  /// Whether an element was erased.
  func isErased(_ node: Int32) -> Bool { nodes[Int(node)].isErased }

  /// The node at a visible position; the caller ensures `0 <= position < visibleCount`.
  func node(atVisible position: Int) -> Int32 {
    var node = root
    var remaining = Int32(truncatingIfNeeded: position)
    while node != Self.none {
      let current = nodes[Int(node)]
      let leftSize = size(current.left)
      if remaining < leftSize {
        node = current.left
        continue
      }
      if remaining < leftSize + current.ownSize { return node }
      remaining -= leftSize + current.ownSize
      node = current.right
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
    nodes.append(TextTreeNode(priority: Self.priority(of: id), erased: false))
    root = insert(node, into: root, atVisible: Int32(truncatingIfNeeded: position))
    return node
  }

  /// Marks the element at a visible position as erased; the caller ensures it exists.
  mutating func erase(atVisible position: Int) {
    var node = root
    var remaining = Int32(truncatingIfNeeded: position)
    while node != Self.none {
      let index = Int(node)
      nodes[index].visibleSize -= 1
      let leftSize = size(nodes[index].left)
      if remaining < leftSize {
        node = nodes[index].left
        continue
      }
      let own = nodes[index].ownSize
      if remaining < leftSize + own {
        nodes[index].isErased = true
        return
      }
      remaining -= leftSize + own
      node = nodes[index].right
    }
  }

  /// Every node in document order.
  func nodesInOrder() -> [Int32] {
    var result: [Int32] = []
    result.reserveCapacity(ids.count)
    var stack: [Int32] = []
    var node = root
    while node != Self.none || !stack.isEmpty {
      while node != Self.none {
        stack.append(node)
        node = nodes[Int(node)].left
      }
      guard let top = stack.popLast() else { break }
      result.append(top)
      node = nodes[Int(top)].right
    }
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
    nodes = zip(ids, erased).map { TextTreeNode(priority: Self.priority(of: $0), erased: $1) }
    // A Cartesian tree: in order by position, a max-heap by priority.
    var spine: [Int32] = []
    for index in nodes.indices {
      let node = Int32(truncatingIfNeeded: index)
      var last = Self.none
      while let top = spine.last, nodes[Int(top)].priority < nodes[index].priority {
        last = top
        spine.removeLast()
      }
      nodes[index].left = last
      if let top = spine.last { nodes[Int(top)].right = node }
      spine.append(node)
    }
    root = spine.first ?? Self.none
    for node in childrenFirst() { update(node) }
  }

  // MARK: - Treap internals

  private func size(_ node: Int32) -> Int32 { node == Self.none ? 0 : nodes[Int(node)].visibleSize }

  private mutating func update(_ node: Int32) {
    let current = nodes[Int(node)]
    nodes[Int(node)].visibleSize = size(current.left) + size(current.right) + current.ownSize
  }

  /// Inserts the visible leaf `new` into the subtree at `node` at a visible position, in one
  /// walk down: below the first node whose priority is smaller, the subtree is split in two.
  private mutating func insert(_ new: Int32, into node: Int32, atVisible position: Int32) -> Int32 {
    guard node != Self.none else { return new }
    let current = nodes[Int(node)]
    if nodes[Int(new)].priority > current.priority {
      let (before, after) = split(node, visible: position)
      nodes[Int(new)].left = before
      nodes[Int(new)].right = after
      update(new)
      return new
    }
    let leftSize = size(current.left)
    if position <= leftSize {
      nodes[Int(node)].left = insert(new, into: current.left, atVisible: position)
    } else {
      nodes[Int(node)].right = insert(
        new, into: current.right, atVisible: position - leftSize - current.ownSize)
    }
    nodes[Int(node)].visibleSize += 1
    return node
  }

  /// Splits a subtree into the part that ends with its `visible`-th visible element and the rest.
  private mutating func split(_ node: Int32, visible: Int32) -> (Int32, Int32) {
    guard node != Self.none else { return (Self.none, Self.none) }
    let current = nodes[Int(node)]
    let leftSize = size(current.left)
    if visible <= leftSize {
      let (before, after) = split(current.left, visible: visible)
      nodes[Int(node)].left = after
      update(node)
      return (before, node)
    }
    let (before, after) = split(current.right, visible: visible - leftSize - current.ownSize)
    nodes[Int(node)].right = before
    update(node)
    return (node, after)
  }

  /// Nodes with every child before its parent (for computing subtree sizes bottom-up).
  private func childrenFirst() -> [Int32] {
    var result: [Int32] = []
    result.reserveCapacity(ids.count)
    var stack = root == Self.none ? [] : [root]
    while let node = stack.popLast() {
      result.append(node)
      let current = nodes[Int(node)]
      if current.left != Self.none { stack.append(current.left) }
      if current.right != Self.none { stack.append(current.right) }
    }
    return result.reversed()
  }

  /// A well-mixed 31-bit hash of the id (the SplitMix64 finalizer), so priorities look random.
  private static func priority(of id: ReplicaDot) -> UInt32 {
    var z = id.counter &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: id.replica.index)
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return UInt32(truncatingIfNeeded: (z ^ (z >> 31)) >> 33)
  }
}
