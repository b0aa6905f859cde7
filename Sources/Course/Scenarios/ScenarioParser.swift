/// Reads a scenario file: a header, then steps.
///
/// A step starts with one or more narration lines beginning with `>`, followed by shell commands,
/// one per line. `#` starts a comment line; blank lines are ignored.
enum ScenarioParser {
  /// The header keys a scenario may have.
  static let keys: Set<String> = ["id", "title", "order", "lesson"]

  /// Parses `file`; problems are appended, and a scenario is returned whenever it has an id.
  static func parse(_ file: ContentFile, problems: inout [ContentProblem]) -> Scenario? {
    let header = FrontMatter(file.text, file: file.path, allowedKeys: keys, problems: &problems)
    let id = header.required("id", file: file.path, problems: &problems)
    let title = header.required("title", file: file.path, problems: &problems)
    let order = header.order(file: file.path, problems: &problems)
    IdentifierRules.check(id, key: "id", file: file.path, line: header.line(of: "id"), problems: &problems)
    let lesson = header.fields["lesson"]?.value
    var steps: [ScenarioStep] = []
    for line in header.body {
      let text = line.text.trimmingSpaces
      if text.isEmpty || text.hasPrefix("#") { continue }
      if text.hasPrefix(">") {
        let narration = SourceLine(String(text.dropFirst()).trimmingSpaces, line: line.line)
        if let last = steps.last, last.commands.commands.isEmpty {
          steps[steps.count - 1].narration.append(narration)
        } else {
          steps.append(ScenarioStep(narration: [narration], commands: CommandBlock(commands: [])))
        }
      } else if steps.isEmpty {
        problems.append(
          ContentProblem(
            file: file.path, line: line.line,
            message: "a scenario starts with narration: begin the first step with a line `> …`"))
        steps.append(
          ScenarioStep(narration: [], commands: CommandBlock(commands: [SourceLine(text, line: line.line)])))
      } else {
        steps[steps.count - 1].commands.commands.append(SourceLine(text, line: line.line))
      }
    }
    if steps.isEmpty {
      problems.append(
        ContentProblem(
          file: file.path, line: 1, message: "the scenario has no steps: add `> narration` lines and commands"
        ))
    }
    guard !id.isEmpty else { return nil }
    return Scenario(id: id, title: title, order: order, lesson: lesson, file: file.path, steps: steps)
  }
}
