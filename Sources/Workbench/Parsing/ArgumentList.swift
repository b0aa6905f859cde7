/// A command's words after the command name: positional words and `--flag [value]` options.
package struct ArgumentList {
  /// Words that are not options, in order.
  package var positionals: [String] = []
  /// Options given, by name without dashes; flags without a value map to `""`.
  package var options: [String: String] = [:]

  /// The spec the words were read for.
  package let spec: CommandSpec

  /// Checks that there are `counts` positional words: otherwise "NAME needs more arguments." or
  /// "NAME has too many arguments.", with the usage line.
  package func expect(_ counts: ClosedRange<Int>) throws(ShellError) {
    guard !counts.contains(positionals.count) else { return }
    let problem = positionals.count < counts.lowerBound ? "needs more arguments" : "has too many arguments"
    throw ShellError("\(spec.name) \(problem).", hint: spec.usageHint)
  }

  /// Splits words into positionals and options, refusing options the command does not know.
  ///
  /// - Parameters:
  ///   - words: The words after the command name.
  ///   - spec: The command's specification (which options exist and which take a value).
  /// - Throws: ``ShellError`` for an unknown option or an option missing its value.
  package init(_ words: [String], for spec: CommandSpec) throws(ShellError) {
    self.spec = spec
    var index = 0
    while index < words.count {
      let word = words[index]
      index += 1
      guard word.hasPrefix("--"), word.count > 2 else {
        positionals.append(word)
        continue
      }
      var name = String(word.dropFirst(2))
      var inlineValue: String?
      if let equals = name.firstIndex(of: "=") {
        inlineValue = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
      }
      guard let option = spec.options.first(where: { $0.name == name }) else {
        let known = spec.options.map { "--\($0.name)" }
        let suggestion =
          known.isEmpty ? "\(spec.name) takes no options." : "Its options: \(known.joined(separator: ", "))."
        throw ShellError("\(spec.name) has no option --\(name). \(suggestion)", hint: spec.usageHint)
      }
      guard options[name] == nil else {
        throw ShellError("The option --\(name) is given twice.", hint: spec.usageHint)
      }
      if option.valueName == nil {
        guard inlineValue == nil else {
          throw ShellError("The option --\(name) takes no value.", hint: spec.usageHint)
        }
        options[name] = ""
      } else if let inlineValue {
        options[name] = inlineValue
      } else {
        guard index < words.count else {
          throw ShellError("The option --\(name) needs a value (\(option.valueName!)).", hint: spec.usageHint)
        }
        options[name] = words[index]
        index += 1
      }
    }
  }

  /// Whether a flag was given.
  package func has(_ name: String) -> Bool { options[name] != nil }
}
