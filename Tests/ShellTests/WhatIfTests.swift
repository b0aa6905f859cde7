import ReplicationModel
import ReplicationSimulation
import Shell
import Testing

@testable import Tutor
@testable import Workbench

/// `what-if SETTING` outside a scenario: the learner's commands replayed with one setting changed.
/// The alternative world must be the world a fresh session reaches by making the setting first and
/// then typing the same commands, less those that set the same thing.
@Suite struct WhatIfTests {
  struct Case: Sendable, CustomTestStringConvertible {
    /// The setting, as typed after `what-if`.
    let setting: String
    /// The learner's commands.
    let commands: [String]
    /// The commands a fresh session types for the alternative: the setting first.
    let fresh: [String]
    /// A value the alternative column shows that the original does not, when the setting matters.
    let differs: Bool
    var testDescription: String { setting }
  }

  static let cases = [
    Case(
      setting: "policy siblings",
      commands: ["write us topping=olive at 12:00:01", "write asia topping=ham at 12:00:01", "policy lww"],
      fresh: ["policy siblings", "write us topping=olive at 12:00:01", "write asia topping=ham at 12:00:01"],
      differs: true),
    Case(
      setting: "preset cassandra",
      commands: ["write us topping=olive at 12:00:01", "write asia topping=ham at 12:00:01"],
      fresh: [
        "policy preset cassandra", "write us topping=olive at 12:00:01", "write asia topping=ham at 12:00:01",
      ],
      differs: false),
    Case(
      setting: "timestamps hybrid",
      commands: ["clock us +2m", "write us topping=olive", "run", "write asia topping=ham"],
      fresh: [
        "timestamps hybrid", "clock us +2m", "write us topping=olive", "run", "write asia topping=ham",
      ],
      differs: true),
    Case(
      setting: "clock asia +0",
      commands: [
        "clock asia +2m", "write us topping=olive at 12:00:01", "write asia topping=ham at 12:00:01",
      ],
      fresh: ["clock asia +0", "write us topping=olive at 12:00:01", "write asia topping=ham at 12:00:01"],
      differs: true),
    Case(
      setting: "latency us asia 5ms",
      commands: [
        "policy siblings", "write us topping=olive at 12:00:01", "read asia topping",
        "write asia topping=ham at 12:00:01.030",
      ],
      fresh: [
        "latency us asia 5ms", "policy siblings", "write us topping=olive at 12:00:01", "read asia topping",
        "write asia topping=ham at 12:00:01.030",
      ],
      differs: false),
    Case(
      setting: "topology ring",
      commands: [
        "cluster us eu asia", "partition eu us,asia", "write us topping=olive", "run 1s",
        "write asia crust=thin", "run 1s",
      ],
      fresh: [
        "cluster us eu asia --topology ring", "partition eu us,asia", "write us topping=olive", "run 1s",
        "write asia crust=thin", "run 1s",
      ],
      differs: true),
  ]

  private static func session() -> ShellSession {
    ShellSession(options: SessionOptions(style: .plain, width: 400))
  }

  private static func views(_ bench: inout Workbench) -> [String] {
    ["state", "trace", "report", "clock", "policy", "latency", "timestamps"].map { bench.execute($0).output }
  }

  /// The rows of the what-if table: key, original, alternative.
  private static func rows(_ output: String) -> [[String]] {
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let rule = lines.firstIndex(where: { $0.hasPrefix("---") }) else { return [] }
    let rows = lines[(rule + 1)...].prefix { !$0.isEmpty }.map {
      $0.split(separator: "  ", omittingEmptySubsequences: true).map { String($0).trimmingSpaces }
    }
    return rows.map { $0.count == 3 ? $0 : [$0.first ?? "", "?", "?"] }
  }

  @Test(arguments: cases)
  func theAlternativeIsAFreshWorldWithTheSetting(_ test: Case) throws {
    var session = Self.session()
    for line in test.commands { #expect(!session.execute(line).failed, "\(line)") }
    let setting = try WorldSetting.parse(test.setting.split(separator: " ").map(String.init))
    let bench = session.tutor.bench
    let (start, done) = bench.history.fromStart
    var alternative = try bench.alternative(
      from: start, replaying: done.map(\.command), with: setting, describe: { _ in "" })
    var fresh = Workbench(options: SessionOptions(style: .plain, width: 400))
    for line in test.fresh + ["run"] { #expect(!fresh.execute(line).failed, "\(line)") }
    #expect(Self.views(&alternative) == Self.views(&fresh))

    // The table's what-if column is what the fresh world's own what-if shows as its original.
    let output = session.execute("what-if \(test.setting)")
    #expect(!output.failed, "\(output.error ?? "")")
    var mirror = Self.session()
    for line in test.fresh { _ = mirror.execute(line) }
    let mirrored = mirror.execute("what-if \(test.setting)")
    let rows = Self.rows(output.output)
    #expect(!rows.isEmpty, "\(output.output)")
    #expect(rows.map { [$0[0], $0[2]] } == Self.rows(mirrored.output).map { [$0[0], $0[1]] })
    #expect(rows.contains { $0[1] != $0[2] } == test.differs, "\(output.output)")
    #expect(output.output.contains("Your world is unchanged."))
  }

  @Test func whatIfLeavesTheWorldAndItsHistoryAlone() {
    var session = Self.session()
    _ = session.execute("write us topping=olive at 12:00:01")
    let before = session.execute("state").output
    _ = session.execute("what-if policy siblings")
    #expect(session.execute("state").output == before)
    #expect(session.execute("undo").output.hasPrefix("Undid: write us topping=olive"))
  }

  @Test(arguments: [
    ("what-if", "what-if needs a setting"),
    ("what-if colour red", "what-if cannot change 'colour'"),
    ("what-if timestamps", "what-if timestamps needs a value"),
    ("what-if topology hexagon", "what-if topology takes one of all-to-all, ring or star"),
    ("what-if clock mars +0", "what-if clock mars +0ms fits none of the clusters"),
    ("what-if latency us asia fast", "'fast' is not a duration"),
    ("what-if policy lww --key x", "what-if has no option --key"),
  ])
  func badSettingsAreRefusedClearly(_ line: String, _ message: String) {
    var session = Self.session()
    _ = session.execute("write us topping=olive")
    let outcome = session.execute(line)
    #expect(outcome.error?.contains(message) == true, "\(outcome.error ?? outcome.output)")
  }

  @Test func nothingToCompareBeforeAnyCommand() {
    var session = Self.session()
    let outcome = session.execute("what-if policy siblings")
    #expect(outcome.error?.hasPrefix("There is nothing to compare yet") == true)
  }

  @Test func aTopologyNeedsAHistoryFromAnEmptyWorld() {
    var session = Self.session()
    _ = session.execute("write us topping=olive")
    _ = session.execute("run")
    for _ in 0..<150 { _ = session.execute("write us k=v") }
    let outcome = session.execute("what-if topology ring")
    #expect(outcome.error?.contains("rebuilds the cluster from the start") == true, "\(outcome.error ?? "")")
  }

  @Test func completionOffersEachSettingAndItsValues() {
    var session = Self.session()
    #expect(session.completions(forLine: "what-if ", wordStart: 8) == WorldSetting.kinds.sorted())
    #expect(session.completions(forLine: "what-if timestamps h", wordStart: 19) == ["hybrid"])
    #expect(session.completions(forLine: "what-if clock a", wordStart: 14).contains("asia"))
    #expect(session.completions(forLine: "what-if latency us a", wordStart: 19) == ["asia"])
    #expect(session.completions(forLine: "what-if topology r", wordStart: 17) == ["ring"])
    #expect(session.completions(forLine: "what-if preset cass", wordStart: 15) == ["cassandra"])
    #expect(session.completions(forLine: "what-if policy merge u", wordStart: 21) == ["union"])
  }
}
