import ReplicationModel
import TerminalUI

/// Turns a line of text into a ``WorkbenchCommand``, or says exactly what is wrong with it.
package enum CommandParser {
  /// The longest line the shell accepts, in bytes.
  package static let maximumLineLength = 4_096

  /// Parses a line of the world's command language; `nil` for a blank line or a comment.
  ///
  /// Only workbench commands parse here: a course or shell command is an unknown command, so a
  /// content script run on a ``Workbench`` cannot use one.
  package static func parse(_ line: String) throws(ShellError) -> WorkbenchCommand? {
    let words = try words(of: line)
    guard !words.isEmpty else { return nil }
    return try command(
      words, lookup: CommandCatalog.workbenchSpec(named:), names: CommandCatalog.workbenchNames,
      build: workbenchCommand)
  }

  /// The words of `line`, after checking that it is text of an acceptable length; empty for a
  /// blank line or a comment.
  package static func words(of line: String) throws(ShellError) -> [String] {
    guard line.utf8.count <= maximumLineLength else {
      throw ShellError("This line is \(line.utf8.count) bytes long; the limit is \(maximumLineLength).")
    }
    // Invalid UTF-8 is refused where bytes are decoded (the executable's line reader); a U+FFFD
    // here was typed on purpose and is an ordinary character.
    if TerminalText.containsControlCharacters(line.replacing("\t", with: " ")) {
      throw ShellError(
        "This line contains control characters (\(TerminalText.sanitized(line))); only printable text is accepted."
      )
    }
    let words = try LineLexer.words(of: line)
    for word in words { try refuseInvisibleCharacters(in: word) }
    return words
  }

  /// Refuses a word with an invisible format character, naming it: two keys, node names or
  /// values that differ only by one would look the same everywhere they are shown.
  private static func refuseInvisibleCharacters(in word: String) throws(ShellError) {
    guard let invisible = TerminalText.firstInvisibleCharacter(in: word) else { return }
    let what: String
    if let equals = word.firstIndex(of: "=") {
      let keyHasIt = TerminalText.firstInvisibleCharacter(in: String(word[..<equals])) != nil
      what = keyHasIt ? "The key" : "The value"
    } else {
      what = "'\(visibleForm(of: word))'"
    }
    throw ShellError(
      "\(what) has an invisible character, \(TerminalText.codePointAndName(of: invisible)); retype it without it.",
      hint: "Invisible characters make different names look the same: \(visibleForm(of: word))")
  }

  /// `word` with every invisible format character shown as `\u{…}`.
  private static func visibleForm(of word: String) -> String {
    var result = ""
    for scalar in TerminalText.sanitized(word).unicodeScalars {
      if scalar.properties.generalCategory == .format {
        result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// The command `words` spell, looked up with `lookup` (`names` are offered for an unknown one)
  /// and built by `build`; every malformed command's error ends with its usage line and example.
  package static func command<C>(
    _ words: [String], lookup: (String) -> CommandSpec?, names: [String],
    build: (CommandSpec, ArgumentList) throws(ShellError) -> C
  ) throws(ShellError) -> C {
    let name = words[0]
    guard let spec = lookup(name.lowercased()) else {
      let suggestions = Suggestions.closest(to: name, among: names)
      let hint =
        suggestions.isEmpty
        ? "Type help to see every command." : "Did you mean \(suggestions.joined(separator: ", "))?"
      throw ShellError("Unknown command '\(TerminalText.sanitized(name))'.", hint: hint)
    }
    let arguments = try ArgumentList(Array(words.dropFirst()), for: spec)
    do {
      return try build(spec, arguments)
    } catch {
      guard error.hint?.contains("usage: ") != true else { throw error }
      let hint = [error.hint, spec.usageHint].compactMap { $0 }.joined(separator: "\n")
      throw ShellError(error.message, hint: hint)
    }
  }

  /// The workbench command `spec` names, built from `arguments`.
  package static func workbenchCommand(_ spec: CommandSpec, _ arguments: ArgumentList) throws(ShellError)
    -> WorkbenchCommand
  {
    let words = arguments.positionals
    let expect = arguments.expect
    if let operation = try parseCRDTOperation(spec, arguments) { return operation }
    if let exploration = try parseExplore(spec, arguments) { return exploration }
    let json = arguments.has("json")
    switch spec.name {
    case "cluster":
      guard words.count <= ModelError.maximumRegions else {
        throw ShellError(
          "A cluster has at most \(ModelError.maximumRegions) regions; you named \(words.count).",
          hint: spec.usageHint)
      }
      try expect(1...ModelError.maximumRegions)
      let followers = try arguments.options["followers"].map { v throws(ShellError) in
        try ValueParser.number(v, what: "the follower count", range: 0...ModelError.maximumFollowers)
      }
      let topology = try arguments.options["topology"].map { v throws(ShellError) in try topologyNamed(v) }
      return .cluster(
        regions: words.map { $0.lowercased() }, followers: followers, topology: topology,
        singleLeader: arguments.options["single-leader"]?.lowercased())
    case "latency":
      try expect(0...3)
      if words.isEmpty { return .showLatency }
      guard words.count == 3 else {
        throw ShellError("latency needs two regions and a duration.", hint: spec.usageHint)
      }
      return .setLatency(words[0].lowercased(), words[1].lowercased(), try ValueParser.duration(words[2]))
    case "clock":
      try expect(0...2)
      if words.isEmpty && !arguments.has("drift") { return .showClocks }
      guard words.count == 2 else { throw ShellError("clock needs a node and a skew.", hint: spec.usageHint) }
      let drift = try arguments.options["drift"].map { v throws(ShellError) in try driftValue(v) }
      return .setClock(
        node: words[0].lowercased(), skew: try ValueParser.duration(words[1], allowSign: true),
        driftPPM: drift)
    case "timestamps":
      try expect(0...1)
      guard let name = words.first else { return .timestamps(nil) }
      guard let source = TimestampSource(rawValue: name.lowercased()) else {
        throw ShellError("'\(TerminalText.sanitized(name))' is not a timestamp source.", hint: spec.usageHint)
      }
      return .timestamps(source)
    case "policy":
      return try parsePolicy(spec, arguments)
    case "network":
      return .network(try parseNetwork(spec, words))
    case "seed":
      try expect(0...1)
      guard let text = words.first else { return .seed(nil) }
      guard let seed = UInt64(text) else {
        throw ShellError(
          "The seed must be a whole number from 0 to \(UInt64.max), not '\(TerminalText.sanitized(text))'.")
      }
      return .seed(seed)
    case "reset", "heal", "status", "undo", "redo":
      try expect(0...0)
      let commands: [String: WorkbenchCommand] = [
        "reset": .reset, "heal": .heal, "status": .status, "undo": .undo, "redo": .redo,
      ]
      return commands[spec.name]!
    case "write", "delete":
      return .write(try parseWrite(spec, arguments))
    case "read":
      try expect(2...2)
      return .read(
        node: words[0].lowercased(), key: words[1], json: json,
        client: try clientName(arguments.options["as"]))
    case "step":
      try expect(0...1)
      return .step(
        try words.first.map { v throws(ShellError) in
          try ValueParser.number(v, what: "the step count", range: 1...10_000)
        } ?? 1)
    case "run":
      try expect(0...2)
      if words.isEmpty { return .run(.untilQuiet) }
      if words[0].lowercased() == "until" {
        guard words.count == 2 else { throw ShellError("run until needs a time.", hint: spec.usageHint) }
        return .run(.until(try ValueParser.time(words[1])))
      }
      try expect(1...1)
      return .run(.duration(try ValueParser.duration(words[0])))
    case "partition":
      try expect(2...2)
      return .partition(group(words[0]), group(words[1]))
    case "crash", "recover":
      try expect(1...1)
      return spec.name == "crash" ? .crash(words[0].lowercased()) : .recover(words[0].lowercased())
    case "resolve":
      try expect(2...2)
      return .resolve(key: words[0], value: words[1], node: arguments.options["at"]?.lowercased())
    case "state":
      try expect(0...1)
      return .state(key: words.first, json: json)
    case "conflicts":
      try expect(0...0)
      return .conflicts(json: json)
    case "trace":
      try expect(0...1)
      let last = try arguments.options["last"].map { v throws(ShellError) in
        try ValueParser.number(v, what: "--last", range: 1...1_000_000)
      }
      return .trace(key: words.first, last: last, followers: arguments.has("followers"))
    case "followers":
      try expect(0...1)
      guard let word = words.first else { return .followers(nil) }
      guard let lines = FollowerLines(rawValue: word.lowercased()) else {
        throw ShellError(
          "'\(TerminalText.sanitized(word))' is not a way to show followers.", hint: spec.usageHint)
      }
      return .followers(lines)
    case "diagram", "topology", "export", "experiment":
      return try parsePicture(spec, arguments)
    case "report":
      try expect(0...0)
      return .report(json: json)
    case "explain":
      try expect(1...2)
      return .explain(words.joined(separator: " ").lowercased())
    default:
      throw ShellError("'\(spec.name)' is listed but not implemented; please report this.")
    }
  }

  private static func group(_ text: String) -> [String] {
    text.split(separator: ",").map { $0.lowercased() }
  }

  private static func topologyNamed(_ text: String) throws(ShellError) -> LeaderTopology {
    guard let topology = LeaderTopology(rawValue: text.lowercased()) else {
      throw ShellError("'\(TerminalText.sanitized(text))' is not a topology; use all-to-all, ring or star.")
    }
    return topology
  }

  private static func driftValue(_ text: String) throws(ShellError) -> Int64 {
    guard let value = Int64(text), value.magnitude <= ModelError.maximumDriftPPM.magnitude else {
      throw ShellError(
        "The drift must be a whole number of ppm from -\(ModelError.maximumDriftPPM) to \(ModelError.maximumDriftPPM), not '\(TerminalText.sanitized(text))'."
      )
    }
    return value
  }

  private static func parseWrite(_ spec: CommandSpec, _ arguments: ArgumentList) throws(ShellError)
    -> WriteRequest
  {
    var words = arguments.positionals
    var at: SimTime?
    if words.count >= 2, words[words.count - 2].lowercased() == "at" {
      at = try ValueParser.time(words[words.count - 1])
      words.removeLast(2)
    }
    guard words.count == 2 else {
      throw ShellError(
        "\(spec.name) needs a node and \(spec.name == "write" ? "KEY=VALUE" : "a key").", hint: spec.usageHint
      )
    }
    let key: String
    let payload: Payload
    if spec.name == "write" {
      guard let equals = words[1].firstIndex(of: "=") else {
        throw ShellError("'\(TerminalText.sanitized(words[1]))' is not KEY=VALUE.", hint: spec.usageHint)
      }
      key = String(words[1][..<equals])
      payload = .value(String(words[1][words[1].index(after: equals)...]))
    } else {
      key = words[1]
      payload = .tombstone
    }
    let token = arguments.options["context"]
    let sendsNoContext = token?.lowercased() == "none"
    let context =
      sendsNoContext ? nil : try token.map { v throws(ShellError) in try ValueParser.vector(v) }
    return WriteRequest(
      node: words[0].lowercased(), key: key, payload: payload, at: at,
      from: arguments.options["from"]?.lowercased(),
      context: context, client: try clientName(arguments.options["as"]), sendsNoContext: sendsNoContext)
  }

  /// The client name given with `--as`: letters, digits, `-` and `_`, at most 32 of them.
  static func clientName(_ text: String?) throws(ShellError) -> String? {
    guard let text else { return nil }
    let allowed = text.unicodeScalars.allSatisfy {
      ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") && $0.isASCII
    }
    guard !text.isEmpty, text.count <= 32, allowed else {
      throw ShellError(
        "'\(TerminalText.sanitized(text))' is not a client name.",
        hint: "Name a client with letters, digits, - and _ (at most 32), such as --as clerk1.")
    }
    return text.lowercased()
  }

  private static func parsePolicy(_ spec: CommandSpec, _ arguments: ArgumentList) throws(ShellError)
    -> WorkbenchCommand
  {
    let words = arguments.positionals.map { $0.lowercased() }
    let key = arguments.options["key"]
    let tiebreak = arguments.options["tiebreak"].map(group)
    let timeout = try arguments.options["timeout"].map { v throws(ShellError) in try ValueParser.duration(v) }
    guard let name = words.first else {
      if key == nil && tiebreak == nil && timeout == nil { return .showPolicy }
      return .setPolicy(nil, key: nil, tiebreak: tiebreak, timeout: timeout)
    }
    let choice: PolicyChoice?
    switch name {
    case "lww", "last-write-wins": choice = .lastWriterWins
    case "priority": choice = .regionPriority
    case "quorum": choice = .quorum
    case "manual": choice = .manual
    case "siblings", "version-vectors": choice = .siblings
    case "default":
      guard key != nil else {
        throw ShellError(
          "policy default needs --key KEY: it removes that key's own policy.", hint: spec.usageHint)
      }
      choice = nil
    case "merge":
      guard words.count == 2, let function = MergeFunction(rawValue: words[1]) else {
        throw ShellError(
          "merge needs a merge function: union or concat.",
          hint: "usage: \(spec.syntax)\nexample: policy merge union")
      }
      return .setPolicy(.merge(function), key: key, tiebreak: tiebreak, timeout: timeout)
    case "preset":
      let name = try policyArgument(
        words, among: SystemPreset.allCases.map(\.name), what: ("the name of a system", "preset"),
        example: "policy preset cassandra", spec: spec)
      guard let preset = SystemPreset(rawValue: name) else { throw ShellError("'\(name)' is not a preset.") }
      return .setPolicy(.preset(preset), key: key, tiebreak: tiebreak, timeout: timeout)
    case "crdt":
      let name = try policyArgument(
        words, among: CRDTKind.allCases.map(\.rawValue), what: ("a type", "CRDT type"),
        example: "policy crdt or-set --key toppings", spec: spec)
      guard let kind = CRDTKind(rawValue: name) else { throw ShellError("'\(name)' is not a CRDT type.") }
      return .setPolicy(.crdt(kind), key: key, tiebreak: tiebreak, timeout: timeout)
    default:
      let names = ["lww", "priority", "merge", "quorum", "manual", "siblings", "preset", "crdt"]
      let suggestions = Suggestions.closest(to: name, among: names)
      throw ShellError(
        "'\(TerminalText.sanitized(name))' is not a policy.",
        hint: suggestions.isEmpty ? spec.usageHint : "Did you mean \(suggestions.joined(separator: ", "))?")
    }
    if name == "priority" && words.count == 2 {
      return .setPolicy(choice, key: key, tiebreak: group(words[1]), timeout: timeout)
    }
    guard words.count == 1 else {
      throw ShellError("policy \(name) takes no further argument.", hint: spec.usageHint)
    }
    return .setPolicy(choice, key: key, tiebreak: tiebreak, timeout: timeout)
  }

  /// The second word of `policy preset NAME` or `policy crdt TYPE`, checked against `names`.
  ///
  /// `what` names the argument for the "needs" message and a single item for "is not a …".
  private static func policyArgument(
    _ words: [String], among names: [String], what: (needs: String, item: String), example: String,
    spec: CommandSpec
  ) throws(ShellError) -> String {
    guard words.count == 2 else {
      throw ShellError(
        "\(words[0]) needs \(what.needs): \(names.joined(separator: ", ")).",
        hint: "usage: \(spec.syntax)\nexample: \(example)")
    }
    guard names.contains(words[1]) else {
      let suggestions = Suggestions.closest(to: words[1], among: names)
      throw ShellError(
        "'\(TerminalText.sanitized(words[1]))' is not a \(what.item).",
        hint: suggestions.isEmpty
          ? "The choices: \(names.joined(separator: ", "))."
          : "Did you mean \(suggestions.joined(separator: ", "))?")
    }
    return words[1]
  }

  private static func parseNetwork(_ spec: CommandSpec, _ words: [String]) throws(ShellError)
    -> [NetworkChange]
  {
    guard words.count.isMultiple(of: 2) else {
      throw ShellError("network settings come in pairs: a name and a value.", hint: spec.usageHint)
    }
    var changes: [NetworkChange] = []
    for index in stride(from: 0, to: words.count, by: 2) {
      let value = words[index + 1]
      switch words[index].lowercased() {
      case "loss": changes.append(.loss(try ValueParser.probability(value, what: "loss")))
      case "duplicate", "duplication":
        changes.append(.duplicate(try ValueParser.probability(value, what: "duplication")))
      case "jitter": changes.append(.jitter(try ValueParser.duration(value)))
      case "reorder": changes.append(.reorder(try ValueParser.toggle(value, what: "reorder")))
      case "retransmit": changes.append(.retransmit(try ValueParser.duration(value)))
      default:
        throw ShellError(
          "'\(TerminalText.sanitized(words[index]))' is not a network setting; use loss, duplicate, jitter, reorder or retransmit.",
          hint: spec.usageHint)
      }
    }
    return changes
  }
}
