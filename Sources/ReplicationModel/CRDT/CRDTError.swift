/// Why a CRDT refused an operation or a merge.
///
/// Every case says what was wrong and what is allowed, so the shell can show it as it is.
/// Nothing in the CRDT types traps on bad input: each refusal is one of these errors.
public enum CRDTError: Error, Hashable, Sendable, CustomStringConvertible {
  /// An increment or decrement by zero or a negative amount.
  case amountNotPositive(Int)
  /// A decrement on a counter that can only grow.
  case growOnlyCounterCannotDecrease(Int)
  /// A replica's counter would pass the largest value it can hold.
  case counterOverflow(NodeID)
  /// A removal from a two-phase set of an element that was never added.
  case removedWithoutAdd(String)
  /// An add to a two-phase set of an element that was removed; removal is final.
  case addAfterRemove(String)
  /// A removal from a set of an element it does not hold.
  case notPresent(String)
  /// A removal from a grow-only set.
  case growOnlySetCannotRemove(String)
  /// An insert position outside `0...length`.
  case insertOutOfRange(position: Int, length: Int)
  /// An erase that does not fit inside the text.
  case eraseOutOfRange(position: Int, count: Int, length: Int)
  /// An insert into a text that already holds the most characters it can, erased ones included.
  case textFull(limit: Int)
  /// A merge of two different kinds of value.
  case kindMismatch(CRDTKind, CRDTKind)
  /// A kind name that does not exist.
  case unknownKind(String)
  /// An operation the kind does not have.
  case unsupportedOperation(String, kind: CRDTKind, allowed: [String])
  /// A value that cannot be used, with the reason.
  case malformedValue(String, reason: String)

  /// A one-sentence explanation: what was wrong and what is allowed.
  public var description: String {
    switch self {
    case .amountNotPositive(let amount):
      "The amount must be 1 or more, not \(amount)."
    case .growOnlyCounterCannotDecrease(let amount):
      "A g-counter only grows, so it cannot be decreased by \(amount); use a pn-counter to count down."
    case .counterOverflow(let replica):
      "Replica n\(replica.index) has reached the largest count a counter can hold; no more can be added."
    case .removedWithoutAdd(let element):
      "'\(element)' was never added to this 2p-set, so it cannot be removed; remove only added elements."
    case .addAfterRemove(let element):
      "'\(element)' was removed from this 2p-set, and a removal is final; use an or-set to add it back."
    case .notPresent(let element):
      "'\(element)' is not in the set, so there is nothing to remove."
    case .growOnlySetCannotRemove(let element):
      "A g-set only grows, so '\(element)' cannot be removed; use a 2p-set or an or-set to remove."
    case .insertOutOfRange(let position, let length):
      "Position \(position) is outside the text; insert at 0 to \(length)."
    case .eraseOutOfRange(let position, let count, let length):
      "Erasing \(count) character(s) at \(position) does not fit a text of \(length); "
        + "erase 1 or more characters within 0 to \(max(length - 1, 0))."
    case .textFull(let limit):
      "The text already holds \(limit) characters, erased ones included, which is its limit; insert no more."
    case .kindMismatch(let lhs, let rhs):
      "A value of kind \(lhs) cannot be merged with one of kind \(rhs); only values of the same kind merge."
    case .unknownKind(let name):
      "There is no CRDT kind '\(name)'; the kinds are: "
        + CRDTKind.allCases.map(\.rawValue).joined(separator: ", ") + "."
    case .unsupportedOperation(let operation, let kind, let allowed):
      "The kind \(kind) has no '\(operation)' operation; it allows: \(allowed.joined(separator: ", "))."
    case .malformedValue(let value, let reason):
      "'\(value)' cannot be used: \(reason)."
    }
  }
}
