/// An observed-remove set: an add that a removal has not seen survives it (add wins).
///
/// Every add tags the element with a fresh ``ReplicaDot``. A removal deletes only the tags this
/// replica has seen; the ``CausalContext`` remembers that they were seen. On merge, a tag present
/// on one side survives unless the other side's context shows it has seen that tag and dropped
/// it. So a concurrent add, whose tag the remover never saw, keeps the element.
///
/// - Complexity: add and remove O(t) for the element's t live tags (usually 1); merge
///   O(e + r) for e elements and r replicas. Metadata: one tag per concurrent add, plus one
///   counter per replica in the context. Removed elements leave no tombstone behind.
public struct ORSet<Element: Hashable & Comparable & Sendable>: ConvergentValue {
  /// The live tags of each present element.
  public private(set) var tags: [Element: Set<ReplicaDot>] = [:]
  /// Every tag this state has seen, live or removed.
  public private(set) var context = CausalContext()

  /// Creates an empty set.
  public init() {}

  /// The shell name of this kind.
  public static var kind: CRDTKind { .orSet }

  /// What an or-set is, in plain words.
  public static var summary: String {
    "An or-set (observed-remove set) lets elements be added, removed and added again. Each add "
      + "puts a new unique tag on the element; a remove deletes only the tags it has seen. If one "
      + "region removes an element while another adds it at the same time, the add's tag was "
      + "never seen by the remove, so the element stays: add wins. A shopping cart is the "
      + "classic use."
  }

  /// The elements present now.
  public var elements: Set<Element> { Set(tags.keys) }

  /// Whether `element` is present.
  public func contains(_ element: Element) -> Bool { tags[element] != nil }

  /// Adds `element` at `replica` with a fresh tag that replaces the tags seen so far.
  ///
  /// - Throws: ``CRDTError/counterOverflow(_:)`` when the replica has used every counter.
  public mutating func add(_ element: Element, at replica: NodeID) throws(CRDTError) {
    let dot = try context.nextDot(for: replica)
    tags[element] = [dot]
  }

  /// Removes `element`: every tag of it this replica has seen.
  ///
  /// - Throws: ``CRDTError/notPresent(_:)`` when the element is not in the set.
  public mutating func remove(_ element: Element) throws(CRDTError) {
    guard tags.removeValue(forKey: element) != nil else {
      throw .notPresent(String(describing: element))
    }
  }

  /// Keeps each tag that both sides hold, or that one side holds and the other never saw.
  public mutating func merge(_ other: ORSet) {
    var result: [Element: Set<ReplicaDot>] = [:]
    for element in Set(tags.keys).union(other.tags.keys) {
      let mine = tags[element] ?? []
      let theirs = other.tags[element] ?? []
      var kept = mine.intersection(theirs)
      for dot in mine where !other.context.contains(dot) { kept.insert(dot) }
      for dot in theirs where !context.contains(dot) { kept.insert(dot) }
      if !kept.isEmpty { result[element] = kept }
    }
    tags = result
    context.join(other.context)
  }

  /// The present elements, sorted, for example `{mushroom, pepperoni}`.
  public var description: String { SetText.render(tags.keys) }
}
