import TerminalUI

extension CommandParser {
  /// Parses `diagram`.
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
      throw ShellError("'\(spec.name)' is listed but not implemented; please report this.")
    }
  }
}
