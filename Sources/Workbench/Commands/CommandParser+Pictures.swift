import TerminalUI

extension CommandParser {
  /// Parses `diagram`, `topology` and `export`.
  package static func parsePicture(_ spec: CommandSpec, _ arguments: ArgumentList) throws(ShellError)
    -> WorkbenchCommand
  {
    let words = arguments.positionals
    let ascii = arguments.has("ascii")
    switch spec.name {
    case "diagram":
      guard words.count <= 1 else {
        throw ShellError("diagram has too many arguments.", hint: spec.usageHint)
      }
      let last = try arguments.options["last"].map { v throws(ShellError) in
        try ValueParser.number(v, what: "--last", range: 1...1_000_000)
      }
      return .diagram(
        DiagramRequest(key: words.first, last: last, followers: arguments.has("followers"), ascii: ascii))
    case "export":
      return .export(try parseExport(spec, arguments))
    case "experiment":
      return try parseExperiment(spec, arguments)
    default:
      guard words.isEmpty else { throw ShellError("topology takes no arguments.", hint: spec.usageHint) }
      return .topology(ascii: ascii)
    }
  }
}

extension CommandParser {
  /// Parses `export diagram|topology FILE [--format F] [--force] …`.
  package static func parseExport(_ spec: CommandSpec, _ arguments: ArgumentList) throws(ShellError)
    -> ExportRequest
  {
    let words = arguments.positionals
    guard words.count == 2 else {
      throw ShellError(
        "export needs what to export (diagram, topology or cheatsheet) and a file.", hint: spec.usageHint)
    }
    guard let picture = ExportRequest.Picture(rawValue: words[0].lowercased()) else {
      throw ShellError(
        "'\(TerminalText.sanitized(words[0]))' cannot be exported; export diagram, topology or cheatsheet.",
        hint: spec.usageHint)
    }
    let path = words[1]
    let allowed: [ExportRequest.Format] = picture == .diagram ? [.mermaid, .svg] : [.dot, .svg]
    let names = allowed.map(\.rawValue).joined(separator: " or ")
    let format: ExportRequest.Format
    if let name = arguments.options["format"] {
      guard let chosen = ExportRequest.Format(rawValue: name.lowercased()), allowed.contains(chosen) else {
        throw ShellError(
          "The \(picture.rawValue) exports as \(names), not '\(TerminalText.sanitized(name))'.",
          hint: spec.usageHint)
      }
      format = chosen
    } else {
      let byExtension: [String: ExportRequest.Format] = [
        "svg": .svg, "mmd": .mermaid, "mermaid": .mermaid, "dot": .dot, "gv": .dot,
      ]
      let suffix = path.split(separator: ".").last.map { String($0).lowercased() } ?? ""
      if path.contains("."), let guessed = byExtension[suffix], !allowed.contains(guessed) {
        throw ShellError(
          "The \(picture.rawValue) exports as \(names), not \(guessed.rawValue) (from the file's extension); add --format.",
          hint: spec.usageHint)
      }
      guard path.contains("."), let guessed = byExtension[suffix] else {
        throw ShellError(
          "Which format? Add --format \(allowed.map(\.rawValue).joined(separator: "|")) (or name the file .\(picture == .diagram ? "mmd" : "dot") or .svg).",
          hint: spec.usageHint)
      }
      format = guessed
    }
    if picture == .topology, let option = ["key", "last", "followers"].first(where: arguments.has) {
      throw ShellError("--\(option) is for export diagram only.", hint: spec.usageHint)
    }
    let last = try arguments.options["last"].map { v throws(ShellError) in
      try ValueParser.number(v, what: "--last", range: 1...1_000_000)
    }
    return ExportRequest(
      picture: picture, format: format, path: path, force: arguments.has("force"),
      diagram: DiagramRequest(
        key: arguments.options["key"], last: last, followers: arguments.has("followers")))
  }
}

extension CommandParser {
  /// Parses `experiment [NAME] [--runs N] [--points N] [--writes N] [--jobs N] [--json]`.
  package static func parseExperiment(_ spec: CommandSpec, _ arguments: ArgumentList) throws(ShellError)
    -> WorkbenchCommand
  {
    let words = arguments.positionals
    guard words.count <= 1 else {
      throw ShellError("experiment has too many arguments.", hint: spec.usageHint)
    }
    var settings = ExperimentSettings()
    if let v = arguments.options["runs"] {
      settings.runs = try ValueParser.number(v, what: "--runs", range: 1...20)
    }
    if let v = arguments.options["points"] {
      settings.points = try ValueParser.number(v, what: "--points", range: 2...40)
    }
    if let v = arguments.options["writes"] {
      settings.writes = try ValueParser.number(v, what: "--writes", range: 10...10_000)
    }
    if let v = arguments.options["jobs"] {
      settings.jobs = try ValueParser.number(v, what: "--jobs", range: 1...ParallelRuns.maximumJobs)
    }
    guard let name = words.first else { return .experiment(nil, settings, json: arguments.has("json")) }
    guard let experiment = Experiment(rawValue: name.lowercased()) else {
      let names = Experiment.allCases.map(\.rawValue)
      let suggestions = Suggestions.closest(to: name, among: names)
      throw ShellError(
        "There is no experiment '\(TerminalText.sanitized(name))'; there are \(names.joined(separator: ", ")).",
        hint: suggestions.isEmpty ? spec.usageHint : "Did you mean \(suggestions.joined(separator: ", "))?")
    }
    return .experiment(experiment, settings, json: arguments.has("json"))
  }
}
