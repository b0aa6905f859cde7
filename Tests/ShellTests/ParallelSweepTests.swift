import Shell
import Synchronization
import Testing

@testable import Workbench

/// `experiment --jobs N`: the sweep's runs computed one after another or several at once give the
/// same numbers, and never more at once than asked.
@Suite struct ParallelSweepTests {
  /// The y values' bit patterns, so NaN (a point that does not apply) compares equal to itself.
  private func bits(_ points: [ExperimentPoint]) -> [[UInt64]] {
    points.map { [UInt64(bitPattern: $0.x)] + $0.y.map(\.bitPattern) }
  }

  @Test(arguments: Experiment.allCases)
  func everyExperimentGivesTheSameNumbersWhateverTheJobs(_ experiment: Experiment) throws {
    func sweep(jobs: Int) throws -> [ExperimentPoint] {
      let settings = ExperimentSettings(runs: 3, points: 3, writes: 50, jobs: jobs)
      return try #require(try experiment.run(settings, seed: 11))
    }
    let serial = try sweep(jobs: 1)
    // quorum and quorum-latency always cut off 0 to 4 regions: five points.
    #expect(serial.count == ([.quorum, .quorumLatency].contains(experiment) ? 5 : 3))
    // Something was measured: a sweep of zeros would agree with anything.
    #expect(serial.contains { $0.y.contains { $0 > 0 } }, "\(experiment): \(serial)")
    for jobs in [2, 4] {
      #expect(bits(try sweep(jobs: jobs)) == bits(serial), "\(experiment), --jobs \(jobs)")
    }
  }

  @Test func theCommandPrintsTheSamePlotAndTableWhateverTheJobs() {
    for name in ["skew", "conflicts", "quorum"] {
      let line = "experiment \(name) --points 3 --runs 2 --writes 40"
      var session = ShellSession()
      let serial = session.execute(line + " --jobs 1")
      #expect(serial.error == nil)
      #expect(serial.output.contains("points × 2 runs × 40 writes"), "\(serial.output)")
      for jobs in [3, 256] {
        #expect(session.execute(line + " --jobs \(jobs)").output == serial.output, "\(name) --jobs \(jobs)")
      }
      #expect(session.execute(line).output == serial.output, "\(name), every core")
      #expect(session.execute(line + " --json --jobs 2").output == session.execute(line + " --json").output)
    }
    // The skew sweep loses writes once asia's clock is ahead: the table is not all zeros.
    var session = ShellSession()
    let table = session.execute("experiment skew --points 3 --runs 2 --writes 40 --jobs 1").output
    #expect(table.split(separator: "\n").contains { $0.contains("%") && !$0.contains(" 0%") })
  }

  @Test(arguments: ["0", "-1", "x", "100000", "257", "1.5"])
  func aBadJobsCountIsRefusedWithTheRange(_ value: String) {
    var session = ShellSession()
    let result = session.execute("experiment skew --jobs \(value)")
    #expect(result.error?.contains("--jobs must be a whole number from 1 to 256, not '\(value)'.") == true)
  }

  @Test func jobsOneRunsInOrderAndNoMoreThanJobsRunAtOnce() {
    for jobs in [1, 2, 3] {
      let running = Atomic(0)
      let most = Atomic(0)
      let order = Mutex<[Int]>([])
      let values = ParallelRuns.map(count: 40, jobs: jobs) { index in
        let now = running.wrappingAdd(1, ordering: .relaxed).newValue
        _ = most.max(now, ordering: .relaxed)
        order.withLock { $0.append(index) }
        var sum = 0
        for step in 0..<20_000 { sum &+= step ^ index }
        running.subtract(1, ordering: .relaxed)
        return index * 2 + (sum == -1 ? 1 : 0)
      }
      #expect(values == (0..<40).map { $0 * 2 })
      #expect(most.load(ordering: .relaxed) <= jobs)
      #expect(most.load(ordering: .relaxed) >= 1)
      if jobs == 1 { #expect(order.withLock { $0 } == Array(0..<40)) }
    }
  }
}
