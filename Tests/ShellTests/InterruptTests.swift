import ReplicationModel
import ReplicationSimulation
import Synchronization
import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// Long commands ask their watch, now and then, whether to stop (the executable's watch reads
/// Ctrl-C): `run`, a `write` waiting for its answer, `explore` and `experiment` stop, say so, and
/// leave the world as it was (explore, experiment) or say where it stands (run).
@Suite struct InterruptTests {
  /// A watch that says stop from its `after`-th question on, and counts the questions.
  final class StopAfter: Sendable {
    let questions = Atomic<Int>(0)
    let after: Int
    init(_ after: Int) { self.after = after }
    var watch: CommandWatch {
      CommandWatch { [self] progress in
        #expect(!progress().isEmpty)
        return questions.add(1, ordering: .relaxed).newValue >= after
      }
    }
  }

  /// A session with 56 nodes and 300 writes scheduled: a `run` of about 40,000 events.
  private func busySession() -> ShellSession {
    var session = ShellSession()
    let regions = ["us", "eu", "asia", "ap", "sa", "af", "oc", "an"]
    #expect(session.execute("cluster \(regions.joined(separator: " ")) --followers 6").error == nil)
    for index in 0..<300 {
      let at = "12:00:\(index / 10 < 10 ? "0" : "")\(index / 10).\(index % 10)00"
      let line = "write \(regions[index % 4]) k\(index % 40)=v\(index) at \(at)"
      #expect(session.execute(line).error == nil, "\(line)")
    }
    return session
  }

  @Test func runStopsWhenAskedAndSaysWhereTheWorldStands() {
    var session = busySession()
    let stopper = StopAfter(3)
    session.watch = stopper.watch
    let outcome = session.execute("run")
    #expect(outcome.error == nil)
    #expect(outcome.output.hasPrefix("Interrupted after 3,07"), "\(outcome.output)")
    #expect(outcome.output.contains("run goes on from here"))
    #expect(stopper.questions.load(ordering: .relaxed) == 3)
    #expect(session.world.hasPendingEvents, "stopped part way")
    // Without the watch the same run finishes.
    session.watch = .none
    #expect(session.execute("run").output.contains("Nothing is pending."))
  }

  @Test func runForADurationStopsToo() {
    var session = busySession()
    session.watch = StopAfter(1).watch
    let outcome = session.execute("run 1h")
    #expect(outcome.output.hasPrefix("Interrupted after 1,023 events"), "\(outcome.output)")
    #expect(session.world.now < SimTime.utc(hour: 13, minute: 0), "the clock did not jump to the end")
  }

  @Test func exploreStopsAndChangesNothing() {
    var session = ShellSession()
    for line in [
      "cluster us eu asia --followers 1", "write us a=1 at 12:00:01", "write eu a=2 at 12:00:01",
      "write asia a=3 at 12:00:01", "write us b=1 at 12:00:01", "write eu b=2 at 12:00:01",
    ] {
      #expect(session.execute(line).error == nil, "\(line)")
    }
    let before = WorldSnapshot(session.world)
    session.watch = StopAfter(1).watch
    let outcome = session.execute("explore --max-states 100000")
    #expect(outcome.error?.hasPrefix("Interrupted: explore stopped after") == true, "\(outcome.error ?? "")")
    #expect(WorldSnapshot(session.world) == before)
    #expect(session.execute("replay 1").error?.contains("nothing to replay") == true)
    // Without the watch the same search visits its 1,462 states and can be replayed.
    session.watch = .none
    #expect(session.execute("explore --max-states 100000").output.contains("1,462 states visited"))
    #expect(session.execute("replay 1").error == nil)
  }

  @Test func experimentStopsAndChangesNothing() {
    var session = ShellSession()
    let before = WorldSnapshot(session.world)
    let stopper = StopAfter(2)
    session.watch = stopper.watch
    let outcome = session.execute("experiment conflicts --points 4 --runs 5 --writes 200")
    #expect(
      outcome.error == "Interrupted: the experiment stopped before its runs were done; nothing was changed.")
    #expect(WorldSnapshot(session.world) == before)
  }

  @Test func aShortCommandIsNeverAsked() {
    var session = ShellSession()
    let stopper = StopAfter(1)
    session.watch = stopper.watch
    #expect(session.execute("write us topping=olive").output.contains("accepted"))
    #expect(session.execute("run").error == nil)
    #expect(stopper.questions.load(ordering: .relaxed) == 0)
  }
}

/// The shell says when the trace no longer holds the oldest events.
@Suite struct TraceNoteTests {
  @Test func traceAndDiagramSayThatOldEventsWereDropped() {
    var session = ShellSession()
    session.tutor.bench.world.limitTrace(to: 40)
    for index in 0..<10 { #expect(session.execute("write us k\(index)=v").error == nil) }
    #expect(session.execute("run").error == nil)
    let dropped = session.world.trace.dropped
    #expect(dropped > 0)
    let note = "(The trace keeps the last 40 events; the \(dropped) oldest events are no longer kept.)"
    #expect(session.execute("trace").output.hasPrefix(note), "\(session.execute("trace").output.prefix(120))")
    #expect(session.execute("diagram").output.hasPrefix(note))
    #expect(!session.execute("diagram --last 5").output.contains("no longer kept"))
  }
}
