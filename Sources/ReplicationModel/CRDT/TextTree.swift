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
  static let none = -1

  /// Each element's id.
  private(set) var ids: [ReplicaDot] = []
  /// Each element's origin: the node it was inserted right after, or ``none`` for the start.
  private(set) var origins: [Int] = []
  /// Each element's character.
  private(set) var characters: [Character] = []
  /// Whether each element was erased (a tombstone).
  private(set) var erased: [Bool] = []
  private var left: [Int] = []
  private var right: [Int] = []
  private var priorities: [UInt64] = []
  private var visibleSizes: [Int] = []
  private var root = TextTree.none

  /// Creates an empty tree.
  init() {}

  /// How many elements exist, tombstones included.
  var elementCount: Int { ids.count }

  /// How many visible characters there are.
  var visibleCount: Int { root == Self.none ? 0 : visibleSizes[root] }

  /// The node at a visible position; the caller ensures `0 <= position < visibleCount`.
  func node(atVisible position: Int) -> Int {
    var node = root
    var remaining = position
    while node != Self.none {
      let leftSize = size(left[node])
      if remaining < leftSize {
        node = left[node]
        continue
      }
      let own = erased[node] ? 0 : 1
      if remaining < leftSize + own { return node }
      remaining -= leftSize + own
      node = right[node]
    }
    return Self.none
  }

  /// Adds an element at a visible position (0…visibleCount) and returns its node.
  ///
  /// The element goes right after the `position`-th visible element and before any tombstones
  /// that follow it, which is where the sequence order puts an element newer than all others.
  @discardableResult
  mutating func insert(id: ReplicaDot, origin: Int, character: Character, atVisible position: Int) -> Int {
    let node = append(id: id, origin: origin, character: character, erased: false)
    let (before, after) = split(root, visible: position)
    root = join(join(before, node), after)
    return node
  }

  /// Marks the element at a visible position as erased; the caller ensures it exists.
  mutating func erase(atVisible position: Int) {
    var node = root
    var remaining = position
    while node != Self.none {
      visibleSizes[node] -= 1
      let leftSize = size(left[node])
      if remaining < leftSize {
        node = left[node]
        continue
      }
      let own = erased[node] ? 0 : 1
      if remaining < leftSize + own {
        erased[node] = true
        return
      }
      remaining -= leftSize + own
      node = right[node]
    }
  }

  /// Every node in document order.
  func nodesInOrder() -> [Int] {
    var result: [Int] = []
    result.reserveCapacity(ids.count)
    var stack: [Int] = []
    var node = root
    while node != Self.none || !stack.isEmpty {
      while node != Self.none {
        stack.append(node)
        node = left[node]
      }
      guard let top = stack.popLast() else { break }
      result.append(top)
      node = right[top]
    }
    return result
  }

  /// Builds a tree holding the elements in the given document order, in O(n).
  ///
  /// `origins` are positions in the same arrays (or ``none``).
  init(ordered ids: [ReplicaDot], origins: [Int], characters: [Character], erased: [Bool]) {
    self.ids = ids
    self.origins = origins
    self.characters = characters
    self.erased = erased
    let count = ids.count
    left = Array(repeating: Self.none, count: count)
    right = Array(repeating: Self.none, count: count)
    priorities = ids.map(Self.priority(of:))
    visibleSizes = erased.map { $0 ? 0 : 1 }
    // A Cartesian tree: in order by position, a max-heap by priority.
    var spine: [Int] = []
    for node in 0..<count {
      var last = Self.none
      while let top = spine.last, priorities[top] < priorities[node] {
        last = top
        spine.removeLast()
      }
      left[node] = last
      if let top = spine.last { right[top] = node }
      spine.append(node)
    }
    root = spine.first ?? Self.none
    for node in nodesInOrderPostorder() { update(node) }
  }

  // MARK: - Treap internals

  private func size(_ node: Int) -> Int { node == Self.none ? 0 : visibleSizes[node] }

  private mutating func update(_ node: Int) {
    visibleSizes[node] = size(left[node]) + size(right[node]) + (erased[node] ? 0 : 1)
  }

  private mutating func append(id: ReplicaDot, origin: Int, character: Character, erased isErased: Bool)
    -> Int
  {
    ids.append(id)
    origins.append(origin)
    characters.append(character)
    erased.append(isErased)
    left.append(Self.none)
    right.append(Self.none)
    priorities.append(Self.priority(of: id))
    visibleSizes.append(isErased ? 0 : 1)
    return ids.count - 1
  }

  /// Splits a subtree into the part that ends with its `visible`-th visible element and the rest.
  private mutating func split(_ node: Int, visible: Int) -> (Int, Int) {
    guard node != Self.none else { return (Self.none, Self.none) }
    let leftSize = size(left[node])
    if visible <= leftSize {
      let (before, after) = split(left[node], visible: visible)
      left[node] = after
      update(node)
      return (before, node)
    }
    let own = erased[node] ? 0 : 1
    let (before, after) = split(right[node], visible: visible - leftSize - own)
    right[node] = before
    update(node)
    return (node, after)
  }

  /// Joins two subtrees where every element of `first` comes before every element of `second`.
  private mutating func join(_ first: Int, _ second: Int) -> Int {
    guard first != Self.none else { return second }
    guard second != Self.none else { return first }
    if priorities[first] > priorities[second] {
      right[first] = join(right[first], second)
      update(first)
      return first
    }
    left[second] = join(first, left[second])
    update(second)
    return second
  }

  /// Nodes with every child before its parent (for computing subtree sizes bottom-up).
  private func nodesInOrderPostorder() -> [Int] {
    var result: [Int] = []
    result.reserveCapacity(ids.count)
    var stack = root == Self.none ? [] : [root]
    while let node = stack.popLast() {
      result.append(node)
      if left[node] != Self.none { stack.append(left[node]) }
      if right[node] != Self.none { stack.append(right[node]) }
    }
    return result.reversed()
  }

  /// A well-mixed hash of the id (the SplitMix64 finalizer), so priorities look random.
  private static func priority(of id: ReplicaDot) -> UInt64 {
    var z = id.counter &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: id.replica.index)
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
