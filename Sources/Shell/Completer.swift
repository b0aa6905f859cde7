import Course
import ReplicationModel
import ReplicationSimulation
import Workbench

/// Tab completion: the candidates for the word being typed, from the live cluster.
struct Completer {
  /// The world, for node, region and key names.
  let world: Simulation
  /// The course content, for lesson and scenario ids.
  let library: ContentLibrary

  func completions(forLine line: String, wordStart: Int) -> [String] {
    let bytes = Array(line.utf8)
    let start = min(max(0, wordStart), bytes.count)
    let before = String(decoding: bytes[..<start], as: UTF8.self)
    let partial = String(decoding: bytes[start...], as: UTF8.self)
    let words = (try? LineLexer.words(of: before)) ?? before.split(separator: " ").map(String.init)
    guard let commandName = words.first else { return matching(CommandCatalog.names, partial) }
    guard let spec = CommandCatalog.spec(named: commandName.lowercased()) else { return [] }
    if partial.hasPrefix("--") {
      return matching(spec.options.map { "--" + $0.name }, partial)
    }
    if let last = words.last, last.hasPrefix("--"), words.count > 1,
      let option = spec.options.first(where: { "--" + $0.name == last }), option.valueName != nil
    {
      return option.kind.map { candidates(for: $0, partial: partial) } ?? []
    }
    let position = positionalCount(words.dropFirst(), spec: spec)
    guard !spec.arguments.isEmpty else { return [] }
    let kind = spec.arguments[min(position, spec.arguments.count - 1)]
    // A time after `at` or `until`: now, in the form times are read and shown (`+1d12:00:00.000`
    // once the simulation has passed midnight), to edit into a later one.
    if let previous = words.last?.lowercased(),
      previous == "at" || (previous == "until" && spec.name == "run"),
      words.count > 1
    {
      return matching([world.now.description], partial)
    }
    if spec.name == "write" || spec.name == "delete", position >= 2 {
      return position == 2 ? matching(["at"], partial) : []
    }
    if spec.name == "what-if", position >= 1 {
      return whatIfCompletions(positionals(words.dropFirst(), spec: spec), partial: partial)
    }
    if kind == .policyArgument {
      let policy = positionals(words.dropFirst(), spec: spec).last?.lowercased() ?? ""
      return candidates(for: .policyArgument, partial: partial, policy: policy)
    }
    return candidates(for: kind, partial: partial)
  }

  private func positionalCount(_ words: ArraySlice<String>, spec: CommandSpec) -> Int {
    positionals(words, spec: spec).count
  }

  /// The words that are not options or option values.
  private func positionals(_ words: ArraySlice<String>, spec: CommandSpec) -> [String] {
    var result: [String] = []
    var skipNext = false
    for word in words {
      if skipNext {
        skipNext = false
        continue
      }
      if word.hasPrefix("--") {
        skipNext = spec.options.first { "--" + $0.name == word }?.valueName != nil
        continue
      }
      result.append(word)
    }
    return result
  }

  /// The candidates for an argument of `kind`; `policy` is the policy word already typed, which
  /// decides what a policy's argument can be (`merge union`, `preset cassandra`).
  func candidates(for kind: ArgumentKind, partial: String, policy: String = "") -> [String] {
    let layout = world.layout
    switch kind {
    case .node: return matching(layout.nodes.map(\.name), partial)
    case .region: return matching(layout.regionNames, partial)
    case .group:
      let prefix = partial.lastIndex(of: ",").map { String(partial[...$0]) } ?? ""
      let names = layout.regionNames + layout.nodes.map(\.name)
      return matching(Array(Set(names)).map { prefix + $0 }, partial)
    case .key: return matching(keys, partial)
    case .assignment: return matching(keys.map { $0 + "=" }, partial)
    case .policy:
      return matching(
        ["lww", "priority", "merge", "quorum", "manual", "siblings", "preset", "crdt", "default"], partial)
    case .policyArgument:
      switch policy {
      case "merge": return matching(MergeFunction.allCases.map(\.rawValue), partial)
      case "preset": return matching(SystemPreset.allCases.map(\.name), partial)
      case "crdt": return matching(CRDTKind.allCases.map(\.rawValue), partial)
      default: return []
      }
    case .topology: return matching(LeaderTopology.allCases.map(\.rawValue), partial)
    case .timestampSource: return matching(TimestampSource.allCases.map(\.rawValue), partial)
    case .command: return matching(CommandCatalog.names, partial)
    case .explainable: return matching(Explanations.topics.map { $0.names[0] }, partial)
    case .networkSetting: return matching(["loss", "duplicate", "jitter", "reorder", "retransmit"], partial)
    case .onOff: return matching(["on", "off"], partial)
    case .lesson: return matching(["next", "prev"] + (library.lessons.map(\.id)), partial)
    case .scenario: return matching(library.scenarios.map(\.id), partial)
    case .challenge: return matching(library.challenges.map(\.id), partial)
    case .mnemonicArgument:
      return matching(["drill"] + (library.mnemonic?.letters.map(\.letter) ?? []), partial)
    case .whatIfWord: return matching(WorldSetting.kinds, partial)
    case .picture: return matching(["diagram", "topology"], partial)
    case .experiment: return matching(Experiment.allCases.map(\.rawValue), partial)
    case .exportFormat: return matching(ExportRequest.Format.allCases.map(\.rawValue), partial)
    case .quizTopic: return matching(library.quizTopics, partial)
    case .interviewWord: return matching(["question"], partial)
    case .explorationInvariant: return matching(ExplorationInvariant.allCases.map(\.rawValue), partial)
    case .timerRule: return matching(TimerRule.allCases.map(\.rawValue), partial)
    case .reviewWord: return matching(["limits", "stop"], partial)
    case .progressWord: return matching(["log", "reset"], partial)
    case .interviewQuestion: return matching(library.interviewTopics + library.interviews.map(\.id), partial)
    case .time: return matching(["until"], partial)
    case .value, .duration, .number: return []
    }
  }

  private var keys: [String] {
    var all = Set<String>()
    for node in world.nodes { all.formUnion(node.store.keys.keys) }
    return all.sorted()
  }

  func matching(_ names: [String], _ partial: String) -> [String] {
    Array(Set(names.filter { $0.hasPrefix(partial) })).sorted()
  }
}
