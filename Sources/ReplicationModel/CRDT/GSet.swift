/// A grow-only set: elements can be added, never removed.
///
/// Merge is set union, the simplest CRDT there is.
///
/// - Complexity: add O(1); merge O(m) for the other set's m elements. No metadata beyond the
///   elements themselves.
public struct GSet<Element: Hashable & Comparable & Sendable>: ConvergentValue {
  /// The elements.
  public private(set) var elements: Set<Element> = []

  /// Creates an empty set.
  public init() {}

  /// The shell name of this kind.
  public static var kind: CRDTKind { .gSet }

  /// What a g-set is, in plain words.
  public static var summary: String {
    "A g-set (grow-only set) only ever gains elements. Merging two copies takes their union, "
      + "so an element added at any replica ends up everywhere and nothing is ever lost. The "
      + "price is that nothing can be taken out: a removal would be undone by the next merge "
      + "with a replica that still has the element."
  }

  /// Whether the set holds `element`.
  public func contains(_ element: Element) -> Bool { elements.contains(element) }

  /// Adds `element`; adding it again changes nothing.
  public mutating func add(_ element: Element) { elements.insert(element) }

  /// Takes the union.
  public mutating func merge(_ other: GSet) { elements.formUnion(other.elements) }

  /// The elements, sorted, for example `{mushroom, pepperoni}`.
  public var description: String { SetText.render(elements) }
}
