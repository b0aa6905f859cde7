extension CommandParser {
  /// Parses a progress command, or returns `nil` when `spec` is not one.
  static func parseProgress(_ spec: CommandSpec, _ arguments: ArgumentList) throws(ShellError) -> Command? {
    let words = arguments.positionals.map { $0.lowercased() }
    switch spec.name {
    case "review":
      if words == ["stop"] { return .progress(.stopReview) }
      guard words.isEmpty else {
        throw ShellError("review takes no arguments but stop.", hint: spec.usageHint)
      }
      func limit(_ name: String) throws(ShellError) -> Int? {
        guard let text = arguments.options[name] else { return nil }
        return try ValueParser.number(text, what: "the --\(name) limit", range: 0...10_000)
      }
      return .progress(.review(newLimit: try limit("new"), reviewLimit: try limit("reviews")))
    case "progress":
      switch words.first {
      case nil: return .progress(.show)
      case "reset":
        guard words.count <= 2 else {
          throw ShellError("progress reset takes at most one topic.", hint: spec.usageHint)
        }
        return .progress(.reset(topic: words.count == 2 ? words[1] : nil))
      default:
        throw ShellError("progress takes nothing or reset [TOPIC].", hint: spec.usageHint)
      }
    default:
      return nil
    }
  }
}
