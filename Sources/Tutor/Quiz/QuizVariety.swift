import Course

/// Which of a quiz template's values decide its answer, so that `again` asks with new ones.
///
/// The rule: a parameter decides the answer when its value reaches the set-up the model runs
/// (`{name}` appears in a set-up line); a parameter seen only in the question's wording is
/// decoration. `again` asks with values that differ from the last question's in at least one
/// deciding parameter, and is offered only for templates whose deciding values can differ.
package enum QuizVariety {
  /// How many seeds `again` tries for different deciding values before it takes the last one.
  package static let attempts = 64

  /// The names of `template`'s parameters whose values reach its set-up.
  package static func decidingParameters(of template: QuizTemplate) -> [String] {
    let setup = template.setup.map(\.text).joined(separator: "\n")
    return template.parameters.map(\.name).filter { setup.contains("{\($0)}") }
  }

  /// Whether `a` and `b` differ in a value that decides `template`'s answer.
  package static func differ(_ a: [String: String], _ b: [String: String], in template: QuizTemplate) -> Bool
  {
    decidingParameters(of: template).contains { a[$0] != b[$0] }
  }

  /// Whether two seeds can give `template` different deciding values.
  package static func hasVariety(_ template: QuizTemplate) -> Bool {
    let deciding = Set(decidingParameters(of: template))
    return template.parameters.contains { parameter in
      guard parameter.values.count > 1 else { return false }
      if deciding.contains(parameter.name) { return true }
      // A drawn parameter decides through the derived ones computed from it.
      return template.parameters.contains { $0.source == parameter.name && deciding.contains($0.name) }
    }
  }
}

extension Tutor {
  /// The line saying what `again` does, shown only where it works.
  package static let againHint = "again asks this question with new values; quiz asks another."
}
