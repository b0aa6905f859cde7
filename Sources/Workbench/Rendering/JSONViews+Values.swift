import ReplicationModel
import TerminalUI

extension JSONViews {
  /// A payload's value in a typed form: a plain value as a string, a deletion as `null`, and a
  /// CRDT as its own shape; an operation as what it writes.
  package static func value(of payload: Payload) -> JSONValue {
    switch payload {
    case .value(let text): .string(text)
    case .tombstone: .null
    case .crdt(let crdt): value(of: crdt)
    case .crdtOperation(let operation): operand(of: operation)
    }
  }

  /// A CRDT's value: a number for a counter, a sorted list for a set and for an mv-register's
  /// concurrent values, an object with sorted keys for a map, a string for text and for an
  /// lww-register (`null` while it is empty).
  package static func value(of crdt: CRDTValue) -> JSONValue {
    switch crdt {
    case .gCounter(let counter): .integer(Int128(counter.value))
    case .pnCounter(let counter): .integer(counter.value)
    case .lwwRegister(let register): register.value.map(JSONValue.string) ?? .null
    case .mvRegister(let register): sortedList(register.values)
    case .gSet(let set): sortedList(set.elements)
    case .twoPhaseSet(let set): sortedList(set.elements)
    case .orSet(let set): sortedList(set.elements)
    case .lwwMap(let map):
      .object(map.values.sorted { $0.key < $1.key }.map { JSONMember($0.key, .string($0.value)) })
    case .text(let text): .string(text.text)
    }
  }

  /// What an operation writes, typed as the value it changes: the amount of an increment
  /// (negative for a decrement), the element, value or text, `{key: value}` for a put, and
  /// `null` for an erase.
  static func operand(of operation: CRDTOperation) -> JSONValue {
    switch operation {
    case .increment(let amount): .int(amount)
    case .decrement(let amount): .integer(-Int128(amount))
    case .add(let text), .remove(let text), .assign(let text), .insert(let text, _): .string(text)
    case .put(let key, let value): .object([JSONMember(key, .string(value))])
    case .erase: .null
    }
  }

  /// `"operation": NAME` for a CRDT operation (`set`, `incr`, `put`…); nothing for a plain write.
  static func operationMember(of payload: Payload) -> [JSONMember] {
    guard case .crdtOperation(let operation) = payload else { return [] }
    return [JSONMember("operation", .string(operation.name))]
  }

  /// Distinct strings, sorted, as a JSON list.
  private static func sortedList(_ strings: some Sequence<String>) -> JSONValue {
    .array(Set(strings).sorted().map(JSONValue.string))
  }
}
