import Course
import Testing

@testable import Tutor

/// `content check` on challenge files: a broken file, a failing reference solution and a goal the
/// starting world already meets are each reported as FILE:LINE: message.
@Suite struct ChallengeContentCheckTests {
  private func problems(_ text: String) -> [String] {
    ContentCheck.problems(in: [ContentFile(path: "challenges/10-x.challenge", text: text)]).map(\.description)
  }

  private func challenge(start: String = "", check: String, solution: String, header: String = "") -> String {
    """
    ---
    id: x
    title: X
    order: 10
    \(header)---
    ## Goal
    A goal.

    ## Pizza
    A pizza goal.

    ## Start
    \(start)

    ## Check
    \(check)

    ## Hints
    - A hint.

    ## Solution
    \(solution)
    """
  }

  @Test func aGoodChallengeHasNoProblems() {
    #expect(
      problems(challenge(check: "rejected", solution: "policy quorum\ncrash asia\nwrite us a=1\nrun")) == [])
  }

  @Test func aSolutionThatDoesNotReachTheGoalIsReported() {
    #expect(
      problems(challenge(check: "rejected", solution: "write us a=1\nrun")) == [
        "challenges/10-x.challenge:16: the reference solution does not reach the goal: `a client's write was rejected` does not hold (the model sees: no write was rejected)"
      ])
  }

  @Test func aSolutionThatFailsOrBreaksTheRulesIsReported() {
    #expect(
      problems(challenge(check: "rejected", solution: "write mars a=1")).first?.hasPrefix(
        "challenges/10-x.challenge:22: the reference solution fails at `write mars a=1`") == true)
    #expect(
      problems(challenge(check: "rejected", solution: "policy quorum", header: "forbid: policy\n")).first
        == "challenges/10-x.challenge:23: the reference solution fails at `policy quorum`: policy is not allowed in this challenge. check shows the goal; hint gives a nudge."
    )
    #expect(
      problems(challenge(check: "rejected", solution: "reset")).first?.contains(
        "reset would throw away the challenge's starting world") == true)
  }

  @Test func aGoalTheStartAlreadyMeetsIsReported() {
    #expect(
      problems(challenge(start: "write us a=1\nrun", check: "converged", solution: "run")).contains(
        "challenges/10-x.challenge:17: the starting world already satisfies the goal; the learner would have nothing to do"
      ))
  }

  @Test func brokenFilesAreReported() {
    let text = """
      ---
      id: x
      title: X
      order: 10
      allow: write
      forbid: policy
      ---
      ## Goal
      A goal.

      ## Check
      converged
      explore-breaks everything
      wins topping

      ## Hints
      no dash

      ## Solution
      run
      """
    let found = problems(text)
    let expected = [
      "challenges/10-x.challenge:1: the challenge needs a `## Pizza` section",
      "challenges/10-x.challenge:6: a challenge has `allow` or `forbid`, not both: list what is allowed, or what is not",
      "challenges/10-x.challenge:13: explore knows no invariant `everything`; it knows converges, no-lost-writes, no-double-commit, no-overtakes",
      "challenges/10-x.challenge:14: unknown condition `wins`; the conditions are value, includes, lost, not-lost, no-lost-writes, converged, diverged, rejected, acknowledged, down, skew and explore-breaks",
      "challenges/10-x.challenge:17: start each hint with `- `; the first hint comes first",
    ]
    for line in expected { #expect(found.contains(line), "missing: \(line)\nfound: \(found)") }
  }

  @Test func aRuleNamingAnUnknownCommandIsReported() {
    #expect(
      problems(
        challenge(
          check: "rejected", solution: "policy quorum\ncrash asia\nwrite us a=1\nrun",
          header: "forbid: teleport\n")
      )
      .contains("challenges/10-x.challenge:1: `teleport` in `allow` or `forbid` is not a world command"))
  }
}
