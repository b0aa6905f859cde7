/// Reads a derived parameter's values: `{fast}: us -> asia, asia -> us` (or with `|` between the
/// pairs when values hold commas), so that one template can vary which region plays which part.
enum QuizParameterDerivation {
  /// The derived parameter `name` declared by `spec`, or `nil` with a problem appended.
  static func parse(
    name: String, spec: String, declared: [QuizParameter], file: String, line: Int,
    problems: inout [ContentProblem]
  ) -> QuizParameter? {
    func problem(_ message: String) -> QuizParameter? {
      problems.append(ContentProblem(file: file, line: line, message: message))
      return nil
    }
    let form = "a derived parameter is `name: {other}: a -> x, b -> y`"
    guard let close = spec.firstIndex(of: "}") else { return problem("\(form), not `\(spec)`") }
    let sourceName = String(spec[spec.index(after: spec.startIndex)..<close]).trimmingSpaces
    var rest = spec[spec.index(after: close)...].trimmingPrefix(while: { $0 == " " })
    guard rest.first == ":" else { return problem("\(form), not `\(spec)`") }
    rest = rest.dropFirst()
    guard let source = declared.first(where: { $0.name == sourceName }) else {
      return problem("`{\(sourceName)}` is not a parameter declared above `\(name)`")
    }
    let separator: Character = rest.contains("|") ? "|" : ","
    var mapping: [String: String] = [:]
    for pair in rest.split(separator: separator, omittingEmptySubsequences: false) {
      guard let arrow = pair.firstRange(of: "->") else { return problem("\(form), not `\(spec)`") }
      let from = String(pair[..<arrow.lowerBound]).trimmingSpaces
      let to = String(pair[arrow.upperBound...]).trimmingSpaces
      guard !from.isEmpty, !to.isEmpty else { return problem("\(form), not `\(spec)`") }
      guard source.values.contains(from) else {
        return problem(
          "`{\(sourceName)}` is never `\(from)`; it is one of \(source.values.joined(separator: ", "))")
      }
      guard mapping[from] == nil else { return problem("`\(from)` is mapped twice") }
      mapping[from] = to
    }
    let missing = source.values.filter { mapping[$0] == nil }
    guard missing.isEmpty else {
      return problem("`{\(sourceName)}` can be \(missing.joined(separator: ", ")), which is not mapped")
    }
    return QuizParameter(
      name: name, values: source.values.map { mapping[$0]! }, line: line, source: sourceName, mapping: mapping
    )
  }
}
