/// Reads a lesson file: the header, the Markdown body and its ```` ```try ```` example blocks.
enum LessonParser {
  /// The header keys a lesson may have.
  static let keys: Set<String> = ["id", "title", "order", "requires"]

  /// Parses `file`; problems are appended, and a lesson is returned whenever it has an id.
  /// `checkingSources: false` skips the author's check that every named system has a source.
  static func parse(_ file: ContentFile, checkingSources: Bool = true, problems: inout [ContentProblem])
    -> Lesson?
  {
    let header = FrontMatter(file.text, file: file.path, allowedKeys: keys, problems: &problems)
    let id = header.required("id", file: file.path, problems: &problems)
    let title = header.required("title", file: file.path, problems: &problems)
    let order = header.order(file: file.path, problems: &problems)
    IdentifierRules.check(id, key: "id", file: file.path, line: header.line(of: "id"), problems: &problems)
    let body = header.body.map { SourceLine($0.text, line: $0.line) }
    let examples = exampleBlocks(in: body, file: file.path, problems: &problems)
    if checkingSources { checkSources(body, file: file.path, problems: &problems) }
    guard !id.isEmpty else { return nil }
    return Lesson(
      id: id, title: title, order: order, requires: header.list("requires"), file: file.path, body: body,
      examples: examples)
  }

  /// Reports every real system (``NamedSystems``) the body names that no `- ` line under its
  /// `## Sources` heading names too.
  static func checkSources(_ body: [SourceLine], file: String, problems: inout [ContentProblem]) {
    var text: [String] = []
    var sources: [String] = []
    var heading: Int?
    var inSources = false
    for line in body {
      let trimmed = line.text.trimmingSpaces
      if trimmed.hasPrefix("## ") {
        inSources = String(trimmed.dropFirst(3)).trimmingSpaces.lowercased() == "sources"
        if inSources { heading = line.line }
      } else if inSources {
        if trimmed.hasPrefix("- ") {
          sources.append(trimmed)
        } else if !trimmed.isEmpty, let last = sources.popLast() {
          sources.append(last + " " + trimmed)  // a source wrapped onto the next line
        }
        continue
      }
      text.append(line.text)
    }
    for system in NamedSystems.unsourced(in: text.joined(separator: "\n"), answer: "", sources: sources) {
      problems.append(
        ContentProblem(
          file: file, line: heading ?? 1,
          message:
            "the lesson names \(system) but no line under `## Sources` does; add `- \(system): its primary source`"
        ))
    }
  }

  /// The ```` ```try ```` blocks of a body, in order; an unclosed block is reported.
  static func exampleBlocks(in body: [SourceLine], file: String, problems: inout [ContentProblem])
    -> [CommandBlock]
  {
    var blocks: [CommandBlock] = []
    var current: [SourceLine]?
    var fenceLine = 0
    var inOtherFence = false
    for line in body {
      let text = line.text.trimmingSpaces
      if current != nil {
        if text.hasPrefix("```") {
          blocks.append(CommandBlock(commands: current ?? []))
          current = nil
        } else if !text.isEmpty && !text.hasPrefix("#") {
          current?.append(SourceLine(text, line: line.line))
        }
      } else if text.hasPrefix("```") {
        if inOtherFence {
          inOtherFence = false
        } else if text == "```try" {
          current = []
          fenceLine = line.line
        } else {
          inOtherFence = true
        }
      }
    }
    if current != nil {
      problems.append(
        ContentProblem(
          file: file, line: fenceLine, message: "this ```try block is not closed: end it with a line ```"))
    }
    for (index, block) in blocks.enumerated() where block.commands.isEmpty {
      problems.append(
        ContentProblem(file: file, line: fenceLine, message: "example \(index + 1) has no commands"))
    }
    return blocks
  }
}

/// What an id may look like: lowercase letters, digits and dashes.
enum IdentifierRules {
  /// Reports `value` when it is not a valid id.
  static func check(_ value: String, key: String, file: String, line: Int, problems: inout [ContentProblem]) {
    guard !value.isEmpty else { return }
    let valid = value.utf8.allSatisfy {
      ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D
    }
    if !valid || value.count > 60 {
      problems.append(
        ContentProblem(
          file: file, line: line,
          message:
            "`\(key)` must be up to 60 lowercase letters, digits and dashes, like `version-vectors`; not `\(value)`"
        ))
    }
  }
}
