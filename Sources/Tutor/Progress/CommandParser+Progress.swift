import Course
import Workbench

extension CommandParser {
  /// Parses a progress command, or returns `nil` when `spec` is not one.
  package static func parseProgress(_ spec: CommandSpec, _ arguments: ArgumentList) throws(ShellError)
    -> TutorCommand?
  {
    let words = arguments.positionals.map { $0.lowercased() }
    switch spec.name {
    case "review":
      if words == ["stop"] { return .progress(.stopReview) }
      if words.first == "limits" {
        guard arguments.options.isEmpty else {
          throw ShellError(
            "review limits takes the two limits as words, not --new or --reviews.",
            hint: "example: review limits 10 50")
        }
        switch words.count {
        case 1: return .progress(.limits(nil))
        case 3:
          let range = 0...ReviewLimits.maximum
          return .progress(
            .limits(
              ReviewLimits(
                newCards: try ValueParser.number(words[1], what: "the new-question limit", range: range),
                reviews: try ValueParser.number(words[2], what: "the review limit", range: range))))
        default:
          throw ShellError(
            "review limits takes nothing (to show them) or two numbers: new questions, then reviews a day.",
            hint: "example: review limits 10 50")
        }
      }
      guard words.isEmpty else {
        throw ShellError("review takes no arguments but stop or limits.", hint: spec.usageHint)
      }
      func limit(_ name: String) throws(ShellError) -> Int? {
        guard let text = arguments.options[name] else { return nil }
        return try ValueParser.number(text, what: "the --\(name) limit", range: 0...ReviewLimits.maximum)
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
      case "log":
        guard words.count <= 2 else {
          throw ShellError("progress log takes at most a number.", hint: spec.usageHint)
        }
        let count = try words.dropFirst().first.map { text throws(ShellError) in
          try ValueParser.number(text, what: "the number of reviews", range: 1...ReviewLimits.maximum)
        }
        return .progress(.log(count: count ?? 10))
      default:
        throw ShellError("progress takes nothing, log [N] or reset [TOPIC].", hint: spec.usageHint)
      }
    default:
      return nil
    }
  }
}
