/// Reads a question template, `quizzes/*.md`: a header, then the sections `## Prompt`,
/// `## Parameters`, `## Setup` and `## Answer`.
///
/// Only the text is checked here (sections, parameters, placeholders, the answer line); whether
/// the setup runs and the answer can be read from the model is checked by instantiating the
/// template, which needs the shell (``ContentLoader`` cannot).
enum QuizParser {
  /// The header keys a template may have.
  static let keys: Set<String> = ["id", "topic", "kind", "lesson", "hint"]
  /// The sections, in the order they are expected.
  static let sections = ["prompt", "parameters", "setup", "answer"]

  /// Parses `file`; problems are appended, and a template is returned whenever it is complete
  /// enough to instantiate.
  static func parse(_ file: ContentFile, problems: inout [ContentProblem]) -> QuizTemplate? {
    let path = file.path
    let header = FrontMatter(file.text, file: path, allowedKeys: keys, problems: &problems)
    let id = header.required("id", file: path, problems: &problems)
    let topic = header.required("topic", file: path, problems: &problems)
    let kindName = header.required("kind", file: path, problems: &problems)
    let lesson = header.required("lesson", file: path, problems: &problems)
    let hint = header.required("hint", file: path, problems: &problems)
    IdentifierRules.check(id, key: "id", file: path, line: header.line(of: "id"), problems: &problems)
    IdentifierRules.check(
      topic, key: "topic", file: path, line: header.line(of: "topic"), problems: &problems)
    let kind = QuizKind(rawValue: kindName)
    if kind == nil && !kindName.isEmpty {
      let kinds = QuizKind.allCases.map(\.rawValue).joined(separator: ", ")
      problems.append(
        ContentProblem(
          file: path, line: header.line(of: "kind"),
          message: "unknown kind `\(kindName)`; the kinds are: \(kinds)"))
    }
    let body = MarkdownSections.split(
      header.body.map { SourceLine($0.text, line: $0.line) }, allowed: sections, file: path,
      problems: &problems)
    let prompt = trimmedBlankLines(body["prompt"] ?? [])
    let setup = commands(body["setup"] ?? [])
    let answers = commands(body["answer"] ?? [])
    let parameters = QuizParameterParser.parse(
      commands(body["parameters"] ?? []), file: path, problems: &problems)
    for name in sections where body[name] == nil {
      problems.append(
        ContentProblem(
          file: path, line: 1,
          message: "the template needs a `## \(name.prefix(1).uppercased() + name.dropFirst())` section"))
    }
    if body["prompt"] != nil && prompt.isEmpty {
      problems.append(ContentProblem(file: path, line: 1, message: "the prompt is empty; write the question"))
    }
    if body["setup"] != nil && setup.isEmpty {
      problems.append(
        ContentProblem(file: path, line: 1, message: "the setup is empty; list the shell commands to run"))
    }
    if body["answer"] != nil && answers.count != 1 {
      problems.append(
        ContentProblem(
          file: path, line: answers.dropFirst().first?.line ?? 1,
          message: "the answer section must be one line: \(QuizExtractor.forms)"))
    }
    PlaceholderCheck.check(
      prompt: prompt, setup: setup, answer: answers, parameters: parameters, file: path, problems: &problems)
    if let answer = answers.first {
      let sample = QuizInstance.substitute(
        answer.text, Dictionary(parameters.map { ($0.name, $0.values[0]) }) { a, _ in a })
      if QuizExtractor.parse(sample) == nil {
        problems.append(
          ContentProblem(
            file: path, line: answer.line,
            message: "`\(answer.text)` is not an answer extractor; use one of: \(QuizExtractor.forms)"))
      }
    }
    // An unknown kind is reported above; the rest of the template is still checked.
    guard !id.isEmpty, let answer = answers.first, !setup.isEmpty, !prompt.isEmpty else { return nil }
    return QuizTemplate(
      id: id, topic: topic, kind: kind ?? .finalValue, lesson: lesson, hint: hint, prompt: prompt,
      parameters: parameters,
      setup: setup, answer: answer, file: path)
  }

  /// Non-blank lines that are not `#` comments, trimmed.
  private static func commands(_ lines: [SourceLine]) -> [SourceLine] {
    lines.map { SourceLine($0.text.trimmingSpaces, line: $0.line) }.filter {
      !$0.text.isEmpty && !$0.text.hasPrefix("#")
    }
  }

  private static func trimmedBlankLines(_ lines: [SourceLine]) -> [SourceLine] {
    Array(
      lines.drop { $0.text.trimmingSpaces.isEmpty }.reversed().drop { $0.text.trimmingSpaces.isEmpty }
        .reversed())
  }
}
