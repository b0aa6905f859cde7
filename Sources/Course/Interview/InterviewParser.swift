/// Reads an interview question, `interview/*.md`: a header (`id`, `topic`, `lesson`, `source`),
/// then the sections `## Question`, `## Model answer` and `## Key points`, and `## Sources` when
/// it names a real system (``NamedSystems``).
///
/// A key point is one line, `- what the point is | a phrasing, another phrasing`; a phrasing is
/// read by ``Phrasing`` (`lose|drop write`, `read-modify-write`, `no clock`).
enum InterviewParser {
  /// The header keys a question may have.
  static let keys: Set<String> = ["id", "topic", "lesson", "source"]
  /// The sections, in the order they are expected.
  static let sections = ["question", "model answer", "key points"]
  /// The sections a question may have: the required ones, then the sources.
  static let allowedSections = sections + ["sources"]
  /// The fewest and most key points a question may have.
  static let pointCount = 2...9

  /// Parses `file`; problems are appended, and a question is returned whenever it is usable.
  static func parse(_ file: ContentFile, checkingWordings: Bool = true, problems: inout [ContentProblem])
    -> InterviewQuestion?
  {
    let path = file.path
    let header = FrontMatter(file.text, file: path, allowedKeys: keys, problems: &problems)
    let id = header.required("id", file: path, problems: &problems)
    let topic = header.required("topic", file: path, problems: &problems)
    let lesson = header.required("lesson", file: path, problems: &problems)
    let sourceName = header.required("source", file: path, problems: &problems)
    IdentifierRules.check(id, key: "id", file: path, line: header.line(of: "id"), problems: &problems)
    IdentifierRules.check(
      topic, key: "topic", file: path, line: header.line(of: "topic"), problems: &problems)
    let source = InterviewSource(rawValue: sourceName)
    if source == nil && !sourceName.isEmpty {
      problems.append(
        ContentProblem(
          file: path, line: header.line(of: "source"),
          message: "`source` must be `seed` (from the source document) or `own`, not `\(sourceName)`"))
    }
    let body = MarkdownSections.split(
      header.body.map { SourceLine($0.text, line: $0.line) }, allowed: allowedSections, file: path,
      problems: &problems)
    for name in sections where body[name] == nil {
      problems.append(
        ContentProblem(
          file: path, line: 1,
          message: "the question needs a `## \(name.prefix(1).uppercased() + name.dropFirst())` section"))
    }
    let question = text(body["question"] ?? [])
    let answer = text(body["model answer"] ?? [])
    if body["question"] != nil && question.isEmpty {
      problems.append(ContentProblem(file: path, line: 1, message: "the question is empty; write it"))
    }
    if body["model answer"] != nil && answer.isEmpty {
      problems.append(
        ContentProblem(file: path, line: 1, message: "the model answer is empty; write one in your own words")
      )
    }
    let points = keyPoints(
      body["key points"] ?? [], file: path, checkingWordings: checkingWordings, problems: &problems)
    if body["key points"] != nil && !pointCount.contains(points.count) {
      problems.append(
        ContentProblem(
          file: path, line: body["key points"]?.first?.line ?? 1,
          message:
            "a question needs \(pointCount.lowerBound) to \(pointCount.upperBound) key points, not \(points.count)"
        ))
    }
    let sources = sourceLines(body["sources"], file: path, problems: &problems)
    let unsourced =
      checkingWordings ? NamedSystems.unsourced(in: question, answer: answer, sources: sources) : []
    for system in unsourced {
      problems.append(
        ContentProblem(
          file: path, line: body["sources"]?.first?.line ?? 1,
          message:
            "the question names \(system) but no `## Sources` line does; add `- \(system): its primary source`"
        ))
    }
    guard !id.isEmpty, !question.isEmpty, !answer.isEmpty, !points.isEmpty else { return nil }
    return InterviewQuestion(
      id: id, topic: topic, lesson: lesson, source: source ?? .own, question: question, modelAnswer: answer,
      keyPoints: points, sources: sources, file: path)
  }

  /// The `- description | phrasing, phrasing` lines; anything else that is not blank is a problem.
  private static func keyPoints(
    _ lines: [SourceLine], file: String, checkingWordings: Bool, problems: inout [ContentProblem]
  ) -> [KeyPoint] {
    var points: [KeyPoint] = []
    for line in lines {
      let text = line.text.trimmingSpaces
      if text.isEmpty || text.hasPrefix("#") { continue }
      guard text.hasPrefix("- ") else {
        problems.append(
          ContentProblem(
            file: file, line: line.line,
            message: "a key point is one line `- what the point is | a phrasing, another phrasing`"))
        continue
      }
      let parts = text.dropFirst(2).split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
      let description = String(parts[0]).trimmingSpaces
      let phrasings =
        parts.count == 2
        ? parts[1].split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty } : []
      if description.isEmpty {
        problems.append(
          ContentProblem(file: file, line: line.line, message: "the key point has no description before `|`"))
      }
      if phrasings.isEmpty {
        problems.append(
          ContentProblem(
            file: file, line: line.line,
            message: "the key point has no accepted phrasings; add `| a phrasing, another phrasing`"))
        continue
      }
      for phrasing in phrasings where checkingWordings {
        problems += Phrasing(phrasing).problems.map {
          ContentProblem(file: file, line: line.line, message: $0)
        }
      }
      points.append(KeyPoint(description: description, phrasings: phrasings, line: line.line))
    }
    return points
  }

  /// The `- source` lines of a `## Sources` section; anything else that is not blank is a problem.
  private static func sourceLines(_ lines: [SourceLine]?, file: String, problems: inout [ContentProblem])
    -> [String]
  {
    guard let lines else { return [] }
    var sources: [String] = []
    for line in lines {
      let text = line.text.trimmingSpaces
      if text.isEmpty { continue }
      guard text.hasPrefix("- "), !String(text.dropFirst(2)).trimmingSpaces.isEmpty else {
        problems.append(
          ContentProblem(
            file: file, line: line.line,
            message: "a source is one line `- System: where the claim comes from`"))
        continue
      }
      sources.append(String(text.dropFirst(2)).trimmingSpaces)
    }
    if sources.isEmpty {
      problems.append(
        ContentProblem(file: file, line: lines.first?.line ?? 1, message: "the `## Sources` section is empty")
      )
    }
    return sources
  }

  /// The lines joined, without leading and trailing blank lines.
  private static func text(_ lines: [SourceLine]) -> String {
    let texts = lines.map(\.text)
    let trimmed = texts.drop { $0.trimmingSpaces.isEmpty }.reversed().drop { $0.trimmingSpaces.isEmpty }
      .reversed()
    return trimmed.joined(separator: "\n")
  }
}
