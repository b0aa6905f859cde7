import ReplicationModel
import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// Lines of the command language turned into commands, and the errors for lines that are not.
@Suite struct CommandParserTests {
  /// The error for `line` in the whole language (the shell's), if any.
  private func error(_ line: String) -> ShellError? {
    do {
      _ = try ShellCommand.parse(line)
      return nil
    } catch {
      return error
    }
  }

  @Test func everyCatalogExampleParses() throws {
    for spec in CommandCatalog.all {
      #expect(!spec.examples.isEmpty, "\(spec.name) has no example")
      for example in spec.examples {
        let words = example.split(separator: " ")
        #expect(words.first.map(String.init) == spec.name, "\(example) does not start with \(spec.name)")
        do {
          #expect(try ShellCommand.parse(example) != nil, "\(example)")
        } catch {
          Issue.record("\(spec.name) example '\(example)' does not parse: \(error.text)")
        }
      }
    }
  }

  /// A workbench (what content scripts run on) has no course or shell command in its language.
  @Test func aWorkbenchKnowsOnlyWorldCommands() throws {
    for spec in CommandCatalog.all {
      let isWorld = CommandCatalog.workbenchSpec(named: spec.name) != nil
      for example in spec.examples {
        if isWorld {
          #expect(try CommandParser.parse(example) != nil, "\(example)")
        } else {
          #expect(throws: ShellError.self, "\(example)") { try CommandParser.parse(example) }
        }
      }
    }
    var bench = Workbench()
    let refused = bench.execute("lesson next")
    #expect(refused.error?.hasPrefix("Unknown command 'lesson'.") == true, "\(refused.error ?? "")")
  }

  @Test func everyCatalogExampleIsShownByHelp() throws {
    for spec in CommandCatalog.all {
      let help = try HelpText.render(spec.name, width: 80, styler: .init(style: .plain))
      #expect(help.hasPrefix(spec.syntax))
      for example in spec.examples { #expect(help.contains("  \(example)"), "\(example)") }
    }
  }

  @Test func blankLinesAndCommentsAreNoCommand() throws {
    for line in ["", "   ", "\t", "#", "# just a note", "   # indented note"] {
      #expect(try ShellCommand.parse(line) == nil, "\(line)")
      #expect(try CommandParser.parse(line) == nil, "\(line)")
    }
  }

  @Test func parsesWhatTheLinesSay() throws {
    #expect(
      try CommandParser.parse("WRITE us topping=pepperoni at 12:00:00.010 --from asia --context [1,0]")
        == .write(
          WriteRequest(
            node: "us", key: "topping", payload: .value("pepperoni"),
            at: SimTime.utc(hour: 12, millisecond: 10),
            from: "asia", context: VersionVector([1, 0]))))
    #expect(
      try CommandParser.parse("write us note=a=b")
        == .write(
          WriteRequest(node: "us", key: "note", payload: .value("a=b"), at: nil, from: nil, context: nil)))
    #expect(
      try CommandParser.parse("delete asia topping")
        == .write(
          WriteRequest(node: "asia", key: "topping", payload: .tombstone, at: nil, from: nil, context: nil)))
    #expect(
      try CommandParser.parse("clock asia +2m --drift=-50")
        == .setClock(
          node: "asia", skew: .minutes(2), driftPPM: -50))
    #expect(try CommandParser.parse("run until 12:01") == .run(.until(.utc(hour: 12, minute: 1))))
    #expect(try CommandParser.parse("run 100ms") == .run(.duration(.milliseconds(100))))
    #expect(try CommandParser.parse("run") == .run(.untilQuiet))
    #expect(try CommandParser.parse("step") == .step(1))
    #expect(try CommandParser.parse("partition us eu,asia") == .partition(["us"], ["eu", "asia"]))
    #expect(
      try CommandParser.parse("policy merge union --key topping")
        == .setPolicy(
          .merge(.union), key: "topping", tiebreak: nil, timeout: nil))
    #expect(
      try CommandParser.parse("policy priority asia,us")
        == .setPolicy(
          .regionPriority, key: nil, tiebreak: ["asia", "us"], timeout: nil))
    #expect(try CommandParser.parse("network loss 10% reorder on") == .network([.loss(0.1), .reorder(true)]))
    #expect(
      try CommandParser.parse("cluster US Asia --topology ring")
        == .cluster(
          regions: ["us", "asia"], followers: nil, topology: .ring, singleLeader: nil))
    #expect(try ShellCommand.parse("exit") == .quit)
    #expect(try CommandParser.parse("state --json") == .state(key: nil, json: true))
  }

  /// Naming more regions than a cluster may have names the limit, not just "too many arguments".
  @Test func clusterWithTooManyRegionsNamesTheLimit() throws {
    let regions = (1...ModelError.maximumRegions + 1).map { "r\($0)" }
    let refusal = try #require(error("cluster " + regions.joined(separator: " ")))
    #expect(
      refusal.message
        == "A cluster has at most \(ModelError.maximumRegions) regions; you named \(ModelError.maximumRegions + 1)."
    )
    #expect(refusal.hint?.contains("usage: cluster") == true, "\(refusal.text)")
    #expect(try CommandParser.parse("cluster " + regions.dropLast().joined(separator: " ")) != nil)
  }

  @Test func malformedCommandsShowTheirUsageAndAnExample() {
    let lines = [
      "write us", "write us topping", "write us topping=x at", "write us topping=x at noon", "write",
      "delete us", "read us", "read us topping extra", "step 0", "step many", "run 2x", "run until",
      "run until 25:00", "run 1s 2s", "latency us asia", "latency us asia fast", "clock asia",
      "clock asia 2m --drift lots", "clock asia ++2m", "timestamps atomic", "policy bogus", "policy merge",
      "policy merge average", "policy lww extra", "policy default", "policy crdt counter",
      "policy --timeout 1",
      "network loss", "network loss 2", "network speed 1", "network reorder maybe", "seed -1", "seed x",
      "reset now", "heal all", "crash", "crash us asia", "recover", "partition us", "resolve topping",
      "state a b", "conflicts topping", "trace --last 0", "report all", "status now", "explain",
      "help a b", "history 5", "quit now", "cluster", "cluster us --followers 99",
      "cluster us --topology mesh",
      "write us topping=x --context [x]", "write us topping=x --from",
    ]
    for line in lines {
      guard let error = error(line) else {
        Issue.record("'\(line)' parsed")
        continue
      }
      let name = line.split(separator: " ")[0]
      let spec = CommandCatalog.spec(named: String(name))!
      #expect(error.hint?.contains("usage: \(spec.syntax)") == true, "\(line): \(error.text)")
      #expect(error.hint?.contains("\nexample: \(name)") == true, "\(line): \(error.text)")
      #expect(!error.message.isEmpty)
    }
  }

  @Test func usageErrorReadsWell() {
    #expect(
      error("write us")?.text == """
        write needs a node and KEY=VALUE.
        usage: write NODE KEY=VALUE [at TIME] [--from REGION] [--as CLIENT] [--context TOKEN|none]
        example: write us topping=pepperoni
        """)
    #expect(
      error("run 2x")?.text == """
        '2x' is not a duration.
        Use a number and a unit: 250us, 75ms, 1.5s, 2m or 1h.
        usage: run [DURATION | until TIME]
        example: run 100ms
        """)
  }

  @Test func unknownCommandsSuggestTheClosest() {
    let cases: [(String, String)] = [
      ("wrte us a=b", "Did you mean write?"),
      ("clustr us", "Did you mean cluster?"),
      ("rset", "Did you mean reset, set?"),
      ("stat", "Did you mean state, status?"),
      ("polcy lww", "Did you mean policy?"),
      ("hlep", "Did you mean help?"),
      ("exti", "Did you mean exit?"),
    ]
    for (line, hint) in cases {
      let error = error(line)
      #expect(
        error?.message.hasPrefix("Unknown command '\(line.split(separator: " ")[0])'") == true, "\(line)")
      #expect(error?.hint == hint, "\(line): \(error?.text ?? "no error")")
    }
    #expect(error("xyzzy")?.hint == "Type help to see every command.")
  }

  @Test func unknownOptionsListTheCommandsOptions() {
    #expect(
      error("write us a=b --form asia")?.message
        == "write has no option --form. Its options: --from, --as, --context.")
    #expect(
      error("policy lww --keys topping")?.message
        == "policy has no option --keys. Its options: --key, --tiebreak, --timeout.")
    #expect(error("heal --now")?.message == "heal has no option --now. heal takes no options.")
    #expect(error("heal --now")?.hint?.contains("usage: heal") == true)
    #expect(error("state --json --json")?.message == "The option --json is given twice.")
    #expect(error("state --json=yes")?.message == "The option --json takes no value.")
    #expect(error("trace --last")?.message == "The option --last needs a value (N).")
  }
}
