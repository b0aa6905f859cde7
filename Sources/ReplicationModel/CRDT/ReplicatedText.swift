/// A sequence CRDT for collaborative text: a replicated growable array (RGA) with tombstones.
///
/// Every inserted character gets a unique id, a ``ReplicaDot`` whose counter is larger than any
/// id the replica has seen (a Lamport clock), and remembers its *origin*: the character it was
/// typed right after. The document order is a tree walk: each character comes right after its
/// origin, and characters sharing an origin come in descending id order, larger (counter, replica
/// id) first. Because that order depends only on the set of characters, merging is a union of
/// characters (and of erasures), and every replica that has seen the same edits shows the same
/// text. Erasing only marks a character as a tombstone; it must stay so that characters typed
/// next to it can still be placed.
///
/// Positions count the characters as they were inserted (`Character`s), starting at 0.
///
/// - Complexity: insert and erase at a position: O(log n), where n counts every character ever
///   inserted, tombstones included (a B+ tree counted by visible characters whose leaves hold
///   runs of characters, see the storage notes in the source). Reading the text: O(n). Merge:
///   O(n log n) for the union of both states, because the order is rebuilt from the origin tree.
///   Metadata per character: an id, an origin and a tombstone flag; erased characters are never
///   freed.
public struct ReplicatedText: ConvergentValue {
  var tree = TextTree()
  /// The largest counter among the ids this state holds; a new insert uses the next one.
  public internal(set) var clock: UInt64 = 0

  /// Creates an empty text.
  public init() {}

  /// The shell name of this kind.
  public static let kind = CRDTKind.text

  /// What a replicated text is, in plain words.
  public static let summary =
    "A text CRDT lets several regions edit one document at the same time, like a shared "
    + "paragraph. Every typed character gets a unique id and remembers which character it was "
    + "typed after; erased characters stay hidden as tombstones. Merging combines all the "
    + "characters, so both regions' edits appear, and characters typed at the same spot at the "
    + "same time are ordered by their ids, the same way on every replica."

  /// How many visible characters the text has.
  public var count: Int { tree.visibleCount }

  /// How many characters were ever inserted, erased ones included.
  public var elementCount: Int { tree.elementCount }

  /// The visible text.
  public var text: String {
    var result = ""
    for node in tree.nodesInOrder() where !tree.isErased(node) { result.append(tree.characters[Int(node)]) }
    return result
  }

  /// Every element in document order, tombstones included.
  public var elements: [TextElement] {
    tree.nodesInOrder().map { node in
      let origin = tree.origins[Int(node)]
      return TextElement(
        id: tree.ids[Int(node)], origin: origin == TextTree.none ? nil : tree.ids[Int(origin)],
        character: tree.characters[Int(node)], isErased: tree.isErased(node))
    }
  }

  /// Inserts one character at a visible position (0…count) on behalf of `replica`.
  ///
  /// - Throws: ``CRDTError/insertOutOfRange(position:length:)`` when the position is outside the
  ///   text, ``CRDTError/counterOverflow(_:)`` when no more ids can be made,
  ///   ``CRDTError/textFull(limit:)`` when the text holds as many characters as it can.
  public mutating func insert(_ character: Character, at position: Int, by replica: NodeID) throws(CRDTError)
  {
    guard position >= 0, position <= count else { throw .insertOutOfRange(position: position, length: count) }
    let origin = position == 0 ? TextTree.none : tree.node(atVisible: position - 1)
    try insert(character, after: origin, at: position, by: replica)
  }

  /// Inserts a string at a visible position (0…count) on behalf of `replica`.
  ///
  /// - Throws: ``CRDTError/insertOutOfRange(position:length:)`` when the position is outside the
  ///   text, ``CRDTError/malformedValue(_:reason:)`` for an empty string,
  ///   ``CRDTError/counterOverflow(_:)`` when no more ids can be made,
  ///   ``CRDTError/textFull(limit:)`` when the text holds as many characters as it can.
  public mutating func insert(_ string: String, at position: Int, by replica: NodeID) throws(CRDTError) {
    guard !string.isEmpty else { throw .malformedValue(string, reason: "there is nothing to insert") }
    guard position >= 0, position <= count else { throw .insertOutOfRange(position: position, length: count) }
    var origin = position == 0 ? TextTree.none : tree.node(atVisible: position - 1)
    var next = position
    for character in string {
      origin = try insert(character, after: origin, at: next, by: replica)
      next += 1
    }
  }

  /// Erases `length` visible characters starting at `position`; they stay as tombstones.
  ///
  /// - Throws: ``CRDTError/eraseOutOfRange(position:count:length:)`` unless `length >= 1` and
  ///   the range lies inside the text.
  public mutating func erase(at position: Int, count length: Int = 1) throws(CRDTError) {
    guard length >= 1, position >= 0, position < count, length <= count - position else {
      throw .eraseOutOfRange(position: position, count: length, length: count)
    }
    for _ in 0..<length { tree.erase(atVisible: position) }
  }

  @discardableResult
  private mutating func insert(
    _ character: Character, after origin: Int32, at position: Int, by replica: NodeID
  ) throws(CRDTError) -> Int32 {
    guard tree.elementCount < TextTree.capacity else { throw .textFull(limit: TextTree.capacity) }
    let (counter, overflow) = clock.addingReportingOverflow(1)
    guard !overflow else { throw .counterOverflow(replica) }
    clock = counter
    let id = ReplicaDot(counter: counter, replica: replica)
    return tree.insert(id: id, origin: origin, character: character, atVisible: position)
  }

  /// The visible text.
  public var description: String { text }
}
