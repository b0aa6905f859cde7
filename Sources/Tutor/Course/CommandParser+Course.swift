import ReplicationModel
import TerminalUI
import Workbench

extension CommandParser {
  /// Parses a course command, or returns `nil` when `spec` is not one.
  package static func parseCourse(_ spec: CommandSpec, _ arguments: ArgumentList) throws(ShellError)
    -> TutorCommand?
  {
    let words = arguments.positionals
    let expect = arguments.expect
    switch spec.name {
    case "lessons":
      try expect(0...0)
      return .course(.lessons)
    case "lesson":
      try expect(0...1)
      switch words.first?.lowercased() {
      case nil: return .course(.lesson(.current))
      case "next": return .course(.lesson(.next))
      case "prev", "previous": return .course(.lesson(.previous))
      case let id?: return .course(.lesson(.id(id)))
      }
    case "try":
      try expect(1...1)
      return .course(.tryExample(try ValueParser.number(words[0], what: "the example number", range: 1...99)))
    case "mnemonic":
      try expect(0...1)
      switch words.first?.lowercased() {
      case nil: return .course(.mnemonic(.overview))
      case "drill": return .course(.mnemonic(.drill))
      case let letter?: return .course(.mnemonic(.letter(letter)))
      }
    case "scenarios":
      try expect(0...0)
      return .course(.scenarios)
    case "scenario":
      try expect(1...1)
      return .course(.scenario(words[0].lowercased()))
    case "next", "back", "restart", "continue", "predict":
      try expect(0...0)
      let commands: [String: CourseCommand] = [
        "next": .next, "back": .back, "restart": .restart, "continue": .resume, "predict": .predict,
      ]
      return commands[spec.name].map { .course($0) }
    case "goto":
      try expect(1...1)
      return .course(.goto(try ValueParser.number(words[0], what: "the step number", range: 1...999)))
    case "what-if":
      // `--drift` belongs to `what-if clock`; the setting's parser reads it with the words.
      let drift = arguments.options["drift"].map { ["--drift", $0] } ?? []
      return .course(.whatIf(try WorldSetting.parse(words + drift)))
    default:
      return nil
    }
  }
}
