import ReplicationSimulation
import TerminalUI

extension CommandParser {
  /// Parses `explore` and `replay`, or returns `nil` when `spec` is neither.
  package static func parseExplore(_ spec: CommandSpec, _ arguments: ArgumentList) throws(ShellError)
    -> WorkbenchCommand?
  {
    let words = arguments.positionals
    switch spec.name {
    case "explore":
      guard words.isEmpty else { throw ShellError("explore takes only options.", hint: spec.usageHint) }
      var request = ExploreRequest()
      func budget(_ name: String, _ range: ClosedRange<Int>) throws(ShellError) -> Int {
        try arguments.options[name].map { v throws(ShellError) in
          try ValueParser.number(v, what: "--\(name)", range: range)
        } ?? 0
      }
      request.options.drops = try budget("drops", 0...3)
      request.options.crashes = try budget("crashes", 0...2)
      request.options.partitions = try budget("partitions", 0...2)
      if let bound = arguments.options["max-states"] {
        request.options.maxStates = try ValueParser.number(
          bound, what: "--max-states", range: 1...ExploreRequest.maximumStates)
        request.boundGiven = true
      }
      request.options.causalDelivery = arguments.has("causal")
      request.options.clientsOnTime = !arguments.has("late-clients")
      if let when = arguments.options["timers"] {
        guard let rule = TimerRule(rawValue: when.lowercased()) else {
          throw ShellError(
            "--timers is quiet or any, not '\(TerminalText.sanitized(when))'.", hint: spec.usageHint)
        }
        request.options.timers = rule
      }
      if let name = arguments.options["check"] {
        guard let invariant = ExplorationInvariant(rawValue: name.lowercased()) else {
          let names = ExplorationInvariant.allCases.map(\.rawValue)
          let suggestions = Suggestions.closest(to: name, among: names)
          throw ShellError(
            "explore cannot check '\(TerminalText.sanitized(name))'; it checks \(names.joined(separator: ", ")).",
            hint: suggestions.isEmpty
              ? spec.usageHint : "Did you mean \(suggestions.joined(separator: ", "))?")
        }
        request.check = invariant
      }
      // With late requests the question is how the replicas end: overtakes and double commits
      // multiply the outcomes by the thousand, so they are recorded only when a check asks.
      if !request.options.clientsOnTime && request.check != .noOvertakes && request.check != .noDoubleCommit {
        request.options.detail = .contents
      }
      return .explore(request)
    case "replay":
      if words.count == 1 && words[0].lowercased() == "next" {
        guard !arguments.has("steps") else {
          throw ShellError("replay next plays one step; --steps goes with replay N.", hint: spec.usageHint)
        }
        return .replay(.next)
      }
      guard words.count == 1 else {
        throw ShellError("replay needs an outcome number (or next).", hint: spec.usageHint)
      }
      let number = try ValueParser.number(words[0], what: "the outcome number", range: 1...1_000_000)
      let steps = try arguments.options["steps"].map { v throws(ShellError) in
        try ValueParser.number(v, what: "--steps", range: 0...1_000_000)
      }
      return .replay(.outcome(number, steps: steps))
    default:
      return nil
    }
  }
}
