import ReplicationModel

/// A template with its parameters drawn from a seed: the prompt, setup and answer line as text.
///
/// The same template and seed always give the same instance (a ``SplitMix64`` draws each
/// parameter in declaration order). Running the setup and reading the answer is the quiz
/// engine's job, in the shell.
public struct QuizInstance: Hashable, Sendable {
  /// The template.
  public let template: QuizTemplate
  /// The seed the parameters were drawn from.
  public let seed: UInt64
  /// The value of each parameter.
  public let values: [String: String]

  /// Draws `template`'s parameters from `seed`.
  public init(_ template: QuizTemplate, seed: UInt64) {
    self.template = template
    self.seed = seed
    var generator = SplitMix64(seed: seed)
    var values: [String: String] = [:]
    for parameter in template.parameters {
      if let source = parameter.source {
        // Derived: draws nothing, so adding one leaves every other parameter's draw as it was.
        values[parameter.name] = values[source].flatMap { parameter.mapping[$0] } ?? parameter.values[0]
      } else {
        values[parameter.name] = parameter.values[Int(generator.next() % UInt64(parameter.values.count))]
      }
    }
    self.values = values
  }

  /// The question, Markdown lines joined.
  public var prompt: String {
    template.prompt.map { Self.substitute($0.text, values) }.joined(separator: "\n")
  }

  /// The setup commands, each with its line in the template.
  public var setup: [SourceLine] {
    template.setup.map { SourceLine(Self.substitute($0.text, values), line: $0.line) }
  }

  /// The answer line.
  public var answerLine: String { Self.substitute(template.answer.text, values) }

  /// `text` with each `{name}` replaced by its value (unknown names are left as they are).
  public static func substitute(_ text: String, _ values: [String: String]) -> String {
    var result = ""
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{") {
      result += rest[..<open]
      let after = rest[rest.index(after: open)...]
      if let close = after.firstIndex(of: "}"), let value = values[String(after[..<close])] {
        result += value
        rest = after[after.index(after: close)...]
      } else {
        result += "{"
        rest = after
      }
    }
    return result + rest
  }

  /// The `{name}` placeholders in `text` whose name looks like a parameter name.
  static func placeholders(in text: String) -> [String] {
    var names: [String] = []
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{") {
      let after = rest[rest.index(after: open)...]
      guard let close = after.firstIndex(of: "}") else { break }
      let name = after[..<close]
      if !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
        names.append(String(name))
      }
      rest = after[after.index(after: close)...]
    }
    return names
  }
}
