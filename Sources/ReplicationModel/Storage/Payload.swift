/// What a version of a key holds.
///
/// A seam for richer values: CRDT states join this enum as their own case, so the store can
/// merge them instead of picking a winner.
public enum Payload: Hashable, Sendable, CustomStringConvertible {
  /// A plain value, such as a topping.
  case value(String)
  /// A deletion marker: the key was deleted by this write.
  case tombstone

  /// The value, or `nil` for a deletion.
  public var text: String? {
    switch self {
    case .value(let text): text
    case .tombstone: nil
    }
  }

  /// The value, or `(deleted)`.
  public var description: String { text ?? "(deleted)" }
}
