import TerminalUI

extension CommandParser {
  /// Parses `diagram` and `topology`.
  static func parsePicture(_ spec: CommandSpec, _ arguments: ArgumentList) throws(ShellError) -> Command {
    let words = arguments.positionals
    let ascii = arguments.has("ascii")
    switch spec.name {
    case "diagram":
      guard words.count <= 1 else {
        throw ShellError("diagram has too many arguments.", hint: spec.usageHint)
      }
      let last = try arguments.options["last"].map { v throws(ShellError) in
        try ValueParser.number(v, what: "--last", range: 1...1_000_000)
      }
      return .diagram(
        DiagramRequest(key: words.first, last: last, followers: arguments.has("followers"), ascii: ascii))
    default:
      guard words.isEmpty else { throw ShellError("topology takes no arguments.", hint: spec.usageHint) }
      return .topology(ascii: ascii)
    }
  }
}
