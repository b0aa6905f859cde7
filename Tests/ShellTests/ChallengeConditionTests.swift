import Course
import Testing

@testable import Tutor
@testable import Workbench

/// Each kind of challenge condition, evaluated by the model on a world where it holds and on one
/// where it does not.
@Suite struct ChallengeConditionTests {
  /// The result of the condition `line` on a world that has run `commands`.
  private func result(_ line: String, after commands: [String]) throws -> ConditionResult {
    var bench = Workbench()
    for command in commands {
      let outcome = bench.execute(command)
      #expect(outcome.error == nil, "\(command): \(outcome.error ?? "")")
    }
    let condition = try ChallengeCondition.parse(line).get()
    return ChallengeEvaluation.evaluate([ChallengeConditionLine(condition, line: 1)], on: bench)[0]
  }

  private let conflict = [
    "write us topping=pepperoni at 12:00:00", "write asia topping=mushroom at 12:00:00.010", "run",
  ]

  @Test func valueNeedsOneVersionOnEveryReplica() throws {
    #expect(try result("value topping mushroom", after: conflict).holds)
    let other = try result("value topping pepperoni", after: conflict)
    #expect(!other.holds)
    #expect(other.seen == "us holds mushroom")
    let siblings = try result("value topping mushroom", after: ["policy siblings"] + conflict)
    #expect(!siblings.holds)
  }

  @Test func includesFindsSiblingsAndMergedMembers() throws {
    #expect(try result("includes topping pepperoni", after: ["policy siblings"] + conflict).holds)
    #expect(try result("includes topping pepperoni", after: ["policy merge union"] + conflict).holds)
    #expect(try !result("includes topping pepperoni", after: conflict).holds)
  }

  @Test func lostAndNotLostFollowTheReport() throws {
    #expect(try result("lost topping", after: conflict).holds)
    #expect(try !result("lost topping", after: ["policy siblings"] + conflict).holds)
    #expect(try result("not-lost topping mushroom", after: conflict).holds)
    let lost = try result("not-lost topping pepperoni", after: conflict)
    #expect(!lost.holds)
    #expect(lost.seen.contains("lost: w1 topping=pepperoni"))
    #expect(try !result("not-lost topping olive", after: conflict).holds)
  }

  @Test func noLostWritesNeedsAnAcknowledgedWrite() throws {
    #expect(try !result("no-lost-writes", after: []).holds)
    #expect(try !result("no-lost-writes", after: conflict).holds)
    #expect(try result("no-lost-writes", after: ["policy siblings"] + conflict).holds)
  }

  @Test func convergedAndDivergedNeedEveryMessageDelivered() throws {
    let cut = ["partition us asia", "write us topping=pepperoni", "write asia topping=mushroom", "run"]
    #expect(try !result("converged", after: cut).holds)
    let held = try result("diverged", after: cut)
    #expect(!held.holds)
    #expect(held.seen.contains("wait for a partition to heal"))
    #expect(try result("converged", after: cut + ["heal", "run"]).holds)
    let pgactive = [
      "cluster us asia eu --followers 0", "policy preset pgactive", "latency us eu 300ms",
      "write us order=margherita", "write asia order=margherita+olives at 12:00:00.100 --context [1,0,0]",
      "run",
    ]
    #expect(try result("diverged", after: pgactive).holds)
    #expect(try !result("converged", after: pgactive).holds)
  }

  @Test func rejectedSeesAFailedQuorumWrite() throws {
    #expect(try !result("rejected", after: ["policy quorum", "write us topping=pepperoni", "run"]).holds)
    #expect(
      try result("rejected", after: ["policy quorum", "crash asia", "write us topping=pepperoni", "run"])
        .holds)
  }

  @Test func countsCompare() throws {
    #expect(try result("acknowledged >= 2", after: conflict).holds)
    #expect(try !result("acknowledged > 2", after: conflict).holds)
    #expect(try result("down = 0", after: []).holds)
    #expect(try !result("down <= 1", after: ["crash asia", "crash us-f1"]).holds)
    #expect(try result("down < 3", after: ["crash asia", "crash us-f1"]).holds)
  }

  @Test func skewIsTheLargestGapBetweenTwoClocks() throws {
    #expect(try result("skew < 5ms", after: ["clock us -3ms"]).holds)
    let apart = try result("skew < 5ms", after: ["clock us -3ms", "clock asia +3ms"])
    #expect(!apart.holds)
    #expect(apart.seen == "the clocks are 6ms apart at most")
  }

  @Test func exploreBreaksReadsTheLastExploration() throws {
    let start = ["cluster us asia eu --followers 0", "latency us eu 300ms", "write us order=margherita"]
    #expect(try !result("explore-breaks no-overtakes", after: start).holds)
    let found =
      start + [
        "run until 12:00:00.080", "write asia order=margherita+olives", "explore --check no-overtakes",
      ]
    #expect(try result("explore-breaks no-overtakes", after: found).holds)
    #expect(try !result("explore-breaks no-overtakes", after: start + ["explore"]).holds)
  }

  @Test func malformedConditionsSayWhatIsWrong() {
    let cases: [(String, String)] = [
      ("value topping", "`value` takes KEY VALUE"),
      ("down >> 1", "`>>` is not a comparison"),
      ("skew < 5 parsecs", "`skew` takes < DURATION"),
      ("skew < fast", "`fast` is not a duration"),
      ("converged now", "`converged` takes nothing after it"),
      ("wins topping", "unknown condition `wins`"),
    ]
    for (line, message) in cases {
      guard case .failure(let error) = ChallengeCondition.parse(line) else {
        Issue.record("\(line) parsed")
        continue
      }
      #expect(error.message.contains(message), "\(line): \(error.message)")
    }
  }
}
