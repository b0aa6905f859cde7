/// Reads a template's `## Parameters` section: one `name: values` line per parameter.
///
/// Values are a comma-separated list (`pepperoni, olive, ham`), a list separated by `|` when the
/// values hold commas themselves (`us,asia | asia,us`), or a whole-number range
/// (`5..40`); a range whose lower bound has a leading zero pads every value to its width
/// (`00..59` gives `07`), so a parameter can fill in part of a time such as `12:00:{second}`.
/// A derived parameter takes its value from one declared above it, through a mapping that covers
/// every value that one can take: `slow: {fast}: us -> asia, asia -> us`.
enum QuizParameterParser {
  /// The most values a range may have.
  static let maximumRange = 10_000

  /// The parameters declared by `lines`; problems are appended.
  static func parse(_ lines: [SourceLine], file: String, problems: inout [ContentProblem]) -> [QuizParameter]
  {
    var parameters: [QuizParameter] = []
    for line in lines {
      guard let colon = line.text.firstIndex(of: ":") else {
        problems.append(
          ContentProblem(
            file: file, line: line.line,
            message: "a parameter line is `name: value, value, …` or `name: LOW..HIGH`, not `\(line.text)`"))
        continue
      }
      let name = String(line.text[..<colon]).trimmingSpaces
      let spec = String(line.text[line.text.index(after: colon)...]).trimmingSpaces
      guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
        problems.append(
          ContentProblem(
            file: file, line: line.line,
            message: "a parameter name is letters, digits and dashes, not `\(name)`"))
        continue
      }
      if parameters.contains(where: { $0.name == name }) {
        problems.append(
          ContentProblem(file: file, line: line.line, message: "the parameter `\(name)` is declared twice"))
        continue
      }
      if spec.hasPrefix("{") {
        let declared = QuizParameterDerivation.parse(
          name: name, spec: spec, declared: parameters, file: file, line: line.line, problems: &problems)
        if let declared { parameters.append(declared) }
        continue
      }
      guard let values = values(spec, file: file, line: line.line, problems: &problems) else { continue }
      parameters.append(QuizParameter(name: name, values: values, line: line.line))
    }
    return parameters
  }

  private static func values(_ spec: String, file: String, line: Int, problems: inout [ContentProblem])
    -> [String]?
  {
    if let dots = spec.firstRange(of: ".."), !spec.contains(","), !spec.contains("|") {
      let low = String(spec[..<dots.lowerBound]).trimmingSpaces
      let high = String(spec[dots.upperBound...]).trimmingSpaces
      guard let from = Int(low), let to = Int(high), from >= 0, from <= to, to - from < maximumRange else {
        problems.append(
          ContentProblem(
            file: file, line: line,
            message:
              "a range is LOW..HIGH, two whole numbers with LOW ≤ HIGH and at most \(maximumRange) values, not `\(spec)`"
          ))
        return nil
      }
      let width = low.hasPrefix("0") && low.count > 1 ? low.count : 0
      return (from...to).map { number in
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
      }
    }
    let separator: Character = spec.contains("|") ? "|" : ","
    let values = spec.split(separator: separator, omittingEmptySubsequences: false).map {
      String($0).trimmingSpaces
    }
    guard !values.isEmpty, !values.contains(where: \.isEmpty) else {
      problems.append(
        ContentProblem(
          file: file, line: line, message: "the parameter needs values: `a, b, c`, `a | b | c` or `LOW..HIGH`"
        ))
      return nil
    }
    if Set(values).count != values.count {
      problems.append(ContentProblem(file: file, line: line, message: "a value is listed twice"))
      return nil
    }
    return values
  }
}

/// Checks that every `{name}` placeholder names a parameter and every parameter is used.
enum PlaceholderCheck {
  static func check(
    prompt: [SourceLine], setup: [SourceLine], answer: [SourceLine], parameters: [QuizParameter],
    file: String,
    problems: inout [ContentProblem]
  ) {
    let names = Set(parameters.map(\.name))
    // A parameter that another is derived from is used through it.
    var used = Set(parameters.compactMap(\.source))
    for line in prompt + setup + answer {
      for name in QuizInstance.placeholders(in: line.text) {
        used.insert(name)
        if !names.contains(name) {
          problems.append(
            ContentProblem(
              file: file, line: line.line,
              message: "`{\(name)}` is not a parameter; declare it under ## Parameters"))
        }
      }
    }
    for parameter in parameters where !used.contains(parameter.name) {
      problems.append(
        ContentProblem(
          file: file, line: parameter.line, message: "the parameter `\(parameter.name)` is never used"))
    }
  }
}
