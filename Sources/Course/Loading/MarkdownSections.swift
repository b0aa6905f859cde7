/// Splits a content body into its `## Name` sections (quiz templates, interview questions).
enum MarkdownSections {
  /// The sections by lowercased name. Text before the first section, unknown sections and repeated
  /// sections are reported as problems against `file`.
  ///
  /// - Parameters:
  ///   - body: The lines after the header.
  ///   - allowed: The section names the file kind has, lowercased, in the order to list them.
  ///   - file: The file, for problem reports.
  ///   - problems: Where problems are appended.
  /// - Returns: Each section's lines, by lowercased name.
  static func split(
    _ body: [SourceLine], allowed: [String], file: String, problems: inout [ContentProblem]
  ) -> [String: [SourceLine]] {
    let listed = allowed.map { "## " + $0.prefix(1).uppercased() + $0.dropFirst() }
    var result: [String: [SourceLine]] = [:]
    var current: String?
    for line in body {
      if line.text.hasPrefix("## ") {
        let name = String(line.text.dropFirst(3)).trimmingSpaces.lowercased()
        if !allowed.contains(name) {
          problems.append(
            ContentProblem(
              file: file, line: line.line,
              message: "unknown section `\(line.text)`; the sections are \(listed.joined(separator: ", "))"))
          current = nil
        } else if result[name] != nil {
          problems.append(
            ContentProblem(file: file, line: line.line, message: "the section `\(line.text)` is repeated"))
          current = nil
        } else {
          result[name] = []
          current = name
        }
      } else if let current {
        result[current]?.append(line)
      } else if !line.text.trimmingSpaces.isEmpty {
        problems.append(
          ContentProblem(
            file: file, line: line.line, message: "text before the first section; start with `\(listed[0])`"))
      }
    }
    return result
  }
}
