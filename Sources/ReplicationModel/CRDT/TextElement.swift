/// One character of a ``ReplicatedText`` as the sequence stores it, erased or not.
public struct TextElement: Hashable, Sendable, CustomStringConvertible {
  /// The element's unique id: the inserting replica and its counter.
  public let id: ReplicaDot
  /// The element it was inserted right after, or `nil` for the start of the text.
  public let origin: ReplicaDot?
  /// The character.
  public let character: Character
  /// Whether the character was erased; it stays as a tombstone so later merges can place
  /// characters that were inserted next to it.
  public let isErased: Bool

  /// Creates an element description.
  public init(id: ReplicaDot, origin: ReplicaDot?, character: Character, isErased: Bool) {
    self.id = id
    self.origin = origin
    self.character = character
    self.isErased = isErased
  }

  /// `'a' n0:3 after n1:2`, with `(erased)` for tombstones.
  public var description: String {
    let after = origin.map { " after \($0)" } ?? " at start"
    return "'\(character)' \(id)\(after)" + (isErased ? " (erased)" : "")
  }
}
