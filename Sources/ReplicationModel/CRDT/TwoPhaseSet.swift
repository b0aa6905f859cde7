/// A set where removal is final: a grow-only set of added elements and one of removed ones.
///
/// An element is present when it was added and never removed. Both halves merge by union, so a
/// removal anywhere wins over any add, concurrent or not, and an element can never come back.
///
/// - Complexity: add, remove and membership O(1); merge O(m). Metadata: every removed element
///   stays in the removed set forever (a tombstone).
public struct TwoPhaseSet<Element: Hashable & Comparable & Sendable>: ConvergentValue {
  /// Every element ever added.
  public private(set) var added: Set<Element> = []
  /// Every element ever removed (the tombstones).
  public private(set) var removed: Set<Element> = []

  /// Creates an empty set.
  public init() {}

  /// The shell name of this kind.
  public static var kind: CRDTKind { .twoPhaseSet }

  /// What a 2p-set is, in plain words.
  public static var summary: String {
    "A 2p-set (two-phase set) keeps two grow-only sets: what was added and what was removed. "
      + "An element is in the set if it was added and never removed. A removal is final: it "
      + "beats an add made at the same time in another region, and the element can never be "
      + "added again. Every removed element stays behind as a tombstone."
  }

  /// The elements present now.
  public var elements: Set<Element> { added.subtracting(removed) }

  /// Whether `element` is present.
  public func contains(_ element: Element) -> Bool { added.contains(element) && !removed.contains(element) }

  /// Adds `element`; adding a present element changes nothing.
  ///
  /// - Throws: ``CRDTError/addAfterRemove(_:)`` when `element` was removed before.
  public mutating func add(_ element: Element) throws(CRDTError) {
    guard !removed.contains(element) else { throw .addAfterRemove(String(describing: element)) }
    added.insert(element)
  }

  /// Removes `element` for good; removing it again changes nothing.
  ///
  /// - Throws: ``CRDTError/removedWithoutAdd(_:)`` when this replica never saw it added.
  public mutating func remove(_ element: Element) throws(CRDTError) {
    guard added.contains(element) else { throw .removedWithoutAdd(String(describing: element)) }
    removed.insert(element)
  }

  /// Takes the union of both halves.
  public mutating func merge(_ other: TwoPhaseSet) {
    added.formUnion(other.added)
    removed.formUnion(other.removed)
  }

  /// The present elements, sorted, for example `{mushroom}`.
  public var description: String { SetText.render(elements) }
}
