/// Reads a challenge, `challenges/*.challenge`: a header (`id`, `title`, `order`, and optionally
/// `lesson` and one of `allow` or `forbid`), then the sections `## Goal`, `## Pizza`, `## Start`
/// (optional: without it the challenge starts from a fresh world), `## Check`, `## Hints` and
/// `## Solution`.
enum ChallengeParser {
  /// The header keys a challenge may have.
  static let keys: Set<String> = ["id", "title", "order", "lesson", "allow", "forbid"]
  /// The sections, in the order they are expected.
  static let sections = ["goal", "pizza", "start", "check", "hints", "solution"]

  /// Parses `file`; problems are appended, and a challenge is returned whenever it has an id.
  static func parse(_ file: ContentFile, problems: inout [ContentProblem]) -> Challenge? {
    let path = file.path
    let header = FrontMatter(file.text, file: path, allowedKeys: keys, problems: &problems)
    let id = header.required("id", file: path, problems: &problems)
    let title = header.required("title", file: path, problems: &problems)
    let order = header.order(file: path, problems: &problems)
    IdentifierRules.check(id, key: "id", file: path, line: header.line(of: "id"), problems: &problems)
    var rule = ChallengeCommandRule.any
    switch (header.list("allow"), header.list("forbid")) {
    case (let allowed, let forbidden) where !allowed.isEmpty && !forbidden.isEmpty:
      problems.append(
        ContentProblem(
          file: path, line: header.line(of: "forbid"),
          message: "a challenge has `allow` or `forbid`, not both: list what is allowed, or what is not"))
    case (let allowed, _) where !allowed.isEmpty: rule = .only(allowed.map { $0.lowercased() })
    case (_, let forbidden) where !forbidden.isEmpty: rule = .allBut(forbidden.map { $0.lowercased() })
    default: break
    }
    let body = MarkdownSections.split(
      header.body.map { SourceLine($0.text, line: $0.line) }, allowed: sections, file: path,
      problems: &problems)
    // A challenge without `## Start` starts from a fresh world.
    for name in sections where body[name] == nil && name != "start" {
      problems.append(
        ContentProblem(
          file: path, line: 1,
          message: "the challenge needs a `## \(name.prefix(1).uppercased() + name.dropFirst())` section"))
    }
    let goal = text(body["goal"] ?? [])
    let pizza = text(body["pizza"] ?? [])
    for (name, value) in [("goal", goal), ("pizza", pizza)] where body[name] != nil && value.isEmpty {
      problems.append(
        ContentProblem(
          file: path, line: 1,
          message:
            "the `## \(name.prefix(1).uppercased() + name.dropFirst())` section is empty; write the goal"))
    }
    let conditions = checkLines(body["check"] ?? [], file: path, problems: &problems)
    if body["check"] != nil && conditions.isEmpty {
      problems.append(
        ContentProblem(file: path, line: 1, message: "the `## Check` section needs at least one condition"))
    }
    let hints = hintList(body["hints"] ?? [], file: path, problems: &problems)
    if body["hints"] != nil && hints.isEmpty {
      problems.append(ContentProblem(file: path, line: 1, message: "give at least one hint, as a line `- …`"))
    }
    let solution = commands(body["solution"] ?? [])
    if body["solution"] != nil && solution.commands.isEmpty {
      problems.append(
        ContentProblem(
          file: path, line: 1, message: "the `## Solution` section needs the commands that solve it"))
    }
    guard !id.isEmpty else { return nil }
    return Challenge(
      id: id, title: title, order: order, lesson: header.fields["lesson"]?.value, file: path, goal: goal,
      pizza: pizza, start: commands(body["start"] ?? []), commands: rule, conditions: conditions,
      hints: hints,
      solution: solution)
  }

  /// The section's Markdown, trimmed of blank lines around it.
  private static func text(_ lines: [SourceLine]) -> String {
    var texts = lines.map(\.text)
    while texts.first?.trimmingSpaces.isEmpty == true { texts.removeFirst() }
    while texts.last?.trimmingSpaces.isEmpty == true { texts.removeLast() }
    return texts.joined(separator: "\n")
  }

  /// Shell commands, one a line; blank lines and `#` comments are skipped.
  private static func commands(_ lines: [SourceLine]) -> CommandBlock {
    CommandBlock(
      commands: lines.compactMap { line in
        let text = line.text.trimmingSpaces
        return text.isEmpty || text.hasPrefix("#") ? nil : SourceLine(text, line: line.line)
      })
  }

  private static func checkLines(_ lines: [SourceLine], file: String, problems: inout [ContentProblem])
    -> [ChallengeConditionLine]
  {
    commands(lines).commands.compactMap { line in
      switch ChallengeCondition.parse(line.text) {
      case .success(let condition): return ChallengeConditionLine(condition, line: line.line)
      case .failure(let error):
        problems.append(ContentProblem(file: file, line: line.line, message: error.message))
        return nil
      }
    }
  }

  /// `- ` starts a hint; the lines after it, up to the next, continue it.
  private static func hintList(_ lines: [SourceLine], file: String, problems: inout [ContentProblem])
    -> [String]
  {
    var hints: [String] = []
    for line in lines {
      let text = line.text.trimmingSpaces
      if text.isEmpty { continue }
      if text.hasPrefix("- ") {
        hints.append(String(text.dropFirst(2)).trimmingSpaces)
      } else if hints.isEmpty {
        problems.append(
          ContentProblem(
            file: file, line: line.line, message: "start each hint with `- `; the first hint comes first"))
      } else {
        hints[hints.count - 1] += " " + text
      }
    }
    return hints
  }
}
