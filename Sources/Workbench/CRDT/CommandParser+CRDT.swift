import ReplicationModel
import TerminalUI

extension CommandParser {
  /// Parses a CRDT operation command, or returns `nil` when `spec` is not one.
  package static func parseCRDTOperation(_ spec: CommandSpec, _ arguments: ArgumentList) throws(ShellError)
    -> WorkbenchCommand?
  {
    let names: Set<String> = ["incr", "decr", "add", "remove", "set", "put", "insert", "erase"]
    guard names.contains(spec.name) else { return nil }
    var words = arguments.positionals
    var at: SimTime?
    if words.count >= 2, words[words.count - 2].lowercased() == "at" {
      at = try ValueParser.time(words[words.count - 1])
      words.removeLast(2)
    }
    guard words.count >= 2 else {
      throw ShellError("\(spec.name) needs a node and a key.", hint: spec.usageHint)
    }
    let rest = Array(words.dropFirst(2))
    func expect(_ counts: ClosedRange<Int>) throws(ShellError) {
      guard counts.contains(rest.count) else {
        throw ShellError(
          "\(spec.name) \(rest.count < counts.lowerBound ? "needs more" : "has too many") arguments.",
          hint: spec.usageHint)
      }
    }
    let operation: CRDTOperation
    switch spec.name {
    case "incr", "decr":
      try expect(0...1)
      let amount =
        try rest.first.map { v throws(ShellError) in
          try ValueParser.number(v, what: "the amount", range: 1...1_000_000_000)
        } ?? 1
      operation = spec.name == "incr" ? .increment(amount) : .decrement(amount)
    case "add", "remove", "set":
      try expect(1...1)
      operation =
        spec.name == "add" ? .add(rest[0]) : spec.name == "remove" ? .remove(rest[0]) : .assign(rest[0])
    case "put":
      try expect(2...2)
      operation = .put(key: rest[0], value: rest[1])
    case "insert":
      try expect(2...2)
      let position = try ValueParser.number(rest[0], what: "the position", range: 0...100_000_000)
      guard !rest[1].isEmpty else { throw ShellError("insert needs text to insert.", hint: spec.usageHint) }
      operation = .insert(rest[1], at: position)
    default:
      try expect(1...2)
      let position = try ValueParser.number(rest[0], what: "the position", range: 0...100_000_000)
      let count =
        try rest.dropFirst().first.map { v throws(ShellError) in
          try ValueParser.number(v, what: "the count", range: 1...100_000_000)
        } ?? 1
      operation = .erase(at: position, count: count)
    }
    return .write(
      WriteRequest(
        node: words[0].lowercased(), key: words[1], payload: .crdtOperation(operation), at: at,
        from: arguments.options["from"]?.lowercased(), context: nil))
  }
}
