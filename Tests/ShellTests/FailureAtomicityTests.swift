import ReplicationModel
import ReplicationSimulation
import Shell
import Testing
import Tutor
import Workbench

/// A failing command leaves the world exactly as it was: nothing is half-applied.
@Suite struct FailureAtomicityTests {
  /// A session with data, a skewed clock, a cut link and a scheduled write still pending.
  private func busySession() -> ShellSession {
    var session = ShellSession(options: SessionOptions(style: .plain, width: 80))
    for line in [
      "clock asia +2m", "write us topping=pepperoni", "run 10ms", "partition us asia-f1",
      "write asia topping=mushroom", "write us crust=thin at 12:00:05",
    ] {
      let outcome = session.execute(line)
      precondition(!outcome.failed, "\(line): \(outcome.error!)")
    }
    return session
  }

  @Test(arguments: [
    "write mars topping=olive",
    "write us topping=olive at 11:00:00",
    "run until 11:59:00",
    "cluster us us",
    "cluster us us --followers 0 --topology ring",
    "cluster us eu --single-leader asia",
    "policy priority --tiebreak us,mars",
    "policy lww --tiebreak us",
    "policy siblings --tiebreak asia,us --timeout 0ms",
    "policy quorum --key topping --timeout 0ms",
    "policy manual --key topping --tiebreak asia,asia",
    "network jitter 30ms retransmit 0ms",
    "latency us mars 10ms",
    "clock mars +1s",
    "clock us +25h",
    "read mars topping",
    "crash mars",
    "recover us",
    "partition us us",
    "partition us,asia-f1 asia",
    "resolve topping pepperoni --at us-f1",
    "resolve nothing-here x",
    "write us topping=\u{1B}[2J",
    "step 0",
    "help mars",
    "explain mars",
  ])
  func failingCommandChangesNothing(line: String) {
    var session = busySession()
    let before = WorldSnapshot(session.world)
    let outcome = session.execute(line)
    #expect(outcome.failed, "\(line) did not fail: \(outcome.output)")
    #expect(outcome.output.isEmpty)
    #expect(WorldSnapshot(session.world) == before, "\(line) changed the world")
  }

  @Test func aFailedClusterLeavesTheConfigurationAsItWas() {
    var session = busySession()
    #expect(session.execute("cluster us us --followers 0 --topology ring").failed)
    #expect(session.execute("policy siblings --tiebreak asia,us --timeout 0ms").failed)
    // `seed` rebuilds the world from the kept configuration: still us and asia, two followers,
    // all-to-all, lww, US first, a one-second quorum timeout.
    #expect(!session.execute("seed 2").failed)
    let layout = session.world.layout
    #expect(layout.regionNames == ["us", "asia"])
    #expect(layout.nodes.count == 6)
    #expect(layout.topology == .allToAll)
    #expect(layout.defaultPolicy == .lastWriterWins)
    #expect(layout.priorityOrder == ["us", "asia"])
    #expect(layout.quorumTimeout == .seconds(1))
  }

  @Test func aSucceedingCommandAfterAFailureStillWorks() {
    var session = busySession()
    #expect(session.execute("write us topping=olive at 11:00:00").failed)
    let outcome = session.execute("run")
    #expect(!outcome.failed)
    #expect(session.world.history.records.count == 3)
  }
}
