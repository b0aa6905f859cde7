import ReplicationModel
import Shell
import Testing
import Tutor
import Workbench

/// Random but plausible command lines, built from the language's own words, keep every promise:
/// no crash or hang, inert output, and a failing command leaves the world unchanged.
@Suite struct RandomCommandTests {
  private static let vocabulary: [[String]] = [
    [
      "write", "delete", "read", "run", "step", "partition", "heal", "crash", "recover", "resolve", "state",
      "conflicts", "trace", "report", "status", "policy", "network", "clock", "latency", "timestamps",
      "cluster",
      "seed", "explain", "help", "history", "reset", "bogus",
    ],
    [
      "us", "asia", "eu", "us-f1", "asia-f2", "mars", "us,asia-f1", "topping", "topping=pepperoni",
      "crust=thin",
      "k=", "=v", "lww", "priority", "merge", "union", "quorum", "manual", "siblings", "default", "loss",
      "jitter",
      "reorder", "on", "hybrid", "lamport", "physical",
    ],
    [
      "at", "until", "12:00:00", "12:00:00.050", "11:00", "25:00", "75ms", "2m", "+2m", "-30s", "0ms", "24h",
      "25h", "10%", "0.5", "3", "0", "[1,0]", "[1,1]", "--from", "--context", "--key", "--tiebreak",
      "--timeout",
      "--json", "--followers", "--topology", "--single-leader", "--last", "--drift", "--at", "ring", "star",
      "\"a b\"",
    ],
  ]

  @Test func twoThousandRandomCommands() {
    var generator = SplitMix64(seed: 7)
    var session = ShellSession(options: SessionOptions(style: .plain, width: 80))
    var succeeded = 0
    for _ in 0..<2_000 {
      var words = [pick(Self.vocabulary[0], &generator)]
      for _ in 0..<Int(generator.next() % 6) {
        words.append(pick(Self.vocabulary[Int(generator.next() % 3)], &generator))
      }
      let line = words.joined(separator: " ")
      let before = WorldSnapshot(session.world)
      let outcome = session.execute(line)
      #expect(!outcome.output.contains("\u{1B}"), "\(line)")
      if let error = outcome.error {
        #expect(!error.isEmpty, "\(line)")
        #expect(WorldSnapshot(session.world) == before, "\(line) failed but changed the world")
      } else {
        succeeded += 1
      }
    }
    #expect(succeeded > 200)
  }

  private func pick(_ words: [String], _ generator: inout SplitMix64) -> String {
    words[Int(generator.next() % UInt64(words.count))]
  }
}
