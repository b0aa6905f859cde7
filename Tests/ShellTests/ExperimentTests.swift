import Foundation
import Testing

@testable import Shell
@testable import TerminalUI
@testable import Tutor
@testable import Workbench

/// `experiment`: sweeps on fresh clusters, plotted, seeded, and refused when absurd.
@Suite struct ExperimentTests {
  @Test func golden() throws {
    try Golden.check(
      "experiments",
      [
        "experiment",
        "experiment skew --points 5 --runs 1 --writes 20",
        "experiment conflicts --points 3 --runs 2 --writes 100",
        "experiment latency --points 3 --runs 1 --writes 20 --json",
        "experiment quorum --runs 1 --writes 10",
        "experiment quorum --runs 1 --writes 10 --json",
        "experiment skwe",
        "experiment gravity",
        "experiment conflicts --runs 0",
        "experiment conflicts --points 1000000000",
        "experiment conflicts --jobs 0",
        "experiment skew --runs 20 --points 40 --writes 10000",
        "experiment conflicts skew",
      ])
  }

  @Test func hybridTimestampsNeverLoseLaterWrites() throws {
    let points = try #require(
      try Experiment.skew.run(ExperimentSettings(runs: 2, points: 4, writes: 30), seed: 7))
    #expect(points.map(\.x) == [0, 333, 666, 1_000])
    #expect(points.allSatisfy { $0.y[1] == 0 })
    #expect(points[0].y[0] == 0)
    #expect(points[3].y[0] > 0)
  }

  @Test func aSingleLeaderMakesFarClientsWaitARoundTrip() throws {
    let points = try #require(
      try Experiment.latency.run(ExperimentSettings(runs: 1, points: 3, writes: 20), seed: 1))
    for point in points {
      #expect(point.y[0] == 2 * Double(point.x))
      #expect(point.y[1] == 2)
      #expect(point.y[2] == 2)
    }
  }

  @Test func aQuorumNeedsAMajority() throws {
    let points = try #require(
      try Experiment.quorum.run(ExperimentSettings(runs: 1, points: 8, writes: 10), seed: 1))
    #expect(points.map(\.x) == [0, 1, 2, 3, 4])
    let expected: [[Double]] = [
      [100, 100, 100], [0, 100, 100], [.nan, 0, 100], [.nan, .nan, 0], [.nan, .nan, 0],
    ]
    for (point, row) in zip(points, expected) {
      for (value, wanted) in zip(point.y, row) {
        #expect(wanted.isNaN ? value.isNaN : value == wanted, "x \(point.x)")
      }
    }
  }

  @Test func aQuorumWaitsForTheNearestMajorityThenTheTimeout() throws {
    let points = try #require(
      try Experiment.quorumLatency.run(ExperimentSettings(runs: 1, points: 5, writes: 10), seed: 1))
    // Round trips to the farthest member of the nearest majority (asia 75, eu 40, sa 60 ms one way),
    // plus the client's 1 ms each way; with no majority, the 500 ms timeout plus those 2 ms.
    let expected: [[Double]] = [
      [152, 82, 122], [502, 152, 122], [.nan, 502, 152], [.nan, .nan, 502], [.nan, .nan, 502],
    ]
    for (point, row) in zip(points, expected) {
      for (value, wanted) in zip(point.y, row) {
        #expect(wanted.isNaN ? value.isNaN : value == wanted, "x \(point.x): \(point.y)")
      }
    }
  }

  @Test func moreLatencyLosesMoreWrites() throws {
    let points = try #require(
      try Experiment.conflicts.run(ExperimentSettings(runs: 2, points: 2, writes: 400), seed: 3))
    #expect(points[1].y[0] > points[0].y[0])
  }

  @Test func theSameSeedGivesTheSameNumbersAndTheClusterIsLeftAlone() {
    var session = ShellSession()
    _ = session.execute("write us topping=pepperoni")
    let before = session.world.trace.count
    let first = session.execute("experiment conflicts --points 2 --runs 1 --writes 50").output
    let second = session.execute("experiment conflicts --points 2 --runs 1 --writes 50").output
    #expect(first == second)
    #expect(session.world.trace.count == before)
    _ = session.execute("seed 9")
    #expect(session.execute("experiment conflicts --points 2 --runs 1 --writes 50").output != first)
  }

  @Test func jsonHasTheSeriesAndPoints() throws {
    var session = ShellSession()
    let text = session.execute("experiment skew --points 3 --runs 1 --writes 20 --json").output
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["experiment"] as? String == "skew")
    let series = try #require(object["series"] as? [[String: Any]])
    #expect(series.map { $0["name"] as? String } == ["physical timestamps", "hybrid timestamps"])
    #expect((series[0]["points"] as? [[String: Any]])?.count == 3)
  }

  @Test func nothingIsWiderThanTheWidth() {
    for width in [40, 60, 80, 120] {
      var session = ShellSession(options: .init(width: width))
      let output = session.execute("experiment skew --points 4 --runs 1 --writes 20").output
      for line in output.split(separator: "\n") {
        #expect(TerminalText.displayWidth(String(line)) <= width, "\(width): \(line)")
      }
    }
  }
}
