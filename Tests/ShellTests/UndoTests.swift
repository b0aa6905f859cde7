import ReplicationModel
import ReplicationSimulation
import Shell
import Synchronization
import Testing

@testable import Workbench

/// `undo` and `redo` rebuild the world by deterministic replay: the world after `commands; undo`
/// is the world a fresh session reaches with the same commands but the last world change.
@Suite struct UndoTests {
  /// Commands to draw from: world changes of every kind (some fail in some states, which is part
  /// of the test: a failed command changes nothing and is not recorded), reads and views.
  static let pool = [
    "write us topping=olive", "write asia topping=ham", "write us crust=thin", "delete asia crust",
    "write asia topping=feta at 12:00:01", "write us crust=thick --as alice", "read us topping",
    "read asia topping --as alice", "read us crust", "run", "run 10ms", "step 3", "partition us asia",
    "heal", "crash asia-f1", "recover asia-f1", "clock asia +5ms", "clock us -2ms --drift 40",
    "policy siblings", "policy lww", "policy merge union --key crust", "timestamps hybrid",
    "timestamps physical", "latency us asia 20ms", "network loss 0.2", "network jitter 3ms", "reset",
    "cluster us eu asia --followers 1", "cluster us asia --topology ring", "seed 7", "state", "trace",
    "incr likes", "resolve topping olive",
  ]

  private static func session() -> ShellSession {
    ShellSession(options: SessionOptions(style: .plain, width: 100))
  }

  /// What the world looks like from outside: state, trace, report, clocks, policy, network.
  private static func views(_ session: inout ShellSession) -> [String] {
    ["state", "trace", "report", "clock", "policy", "latency", "network", "status"].map {
      session.execute($0).output
    }
  }

  /// A fresh session that runs `lines`.
  private static func replayed(_ lines: [String]) -> ShellSession {
    var session = Self.session()
    for line in lines { _ = session.execute(line) }
    return session
  }

  /// The lines that succeeded, each marked whether it is one that undo takes back on its own: a
  /// command that changes the world other than a plain read (told here from the line itself).
  private static func run(_ lines: [String], on session: inout ShellSession) -> [(String, Bool)] {
    let views = ["state", "trace", "read us topping", "read us crust"]
    return lines.filter { !session.execute($0).failed }.map { ($0, !views.contains($0)) }
  }

  /// The successful lines before the `count`-th world command from the end, views included.
  private static func prefix(_ done: [(String, Bool)], undoing count: Int) -> [String] {
    var end = done.count
    for _ in 0..<count {
      guard let step = done[..<end].lastIndex(where: \.1) else { break }
      end = step
    }
    return done[..<end].map(\.0)
  }

  @Test(arguments: 0..<40)
  func undoAndRedoMatchAFreshReplay(seed: UInt64) {
    var rng = SplitMix64(seed: seed &+ 1)
    let length = 5 + Int(rng.next() % 55)
    let lines = (0..<length).map { _ in Self.pool[Int(rng.next() % UInt64(Self.pool.count))] }
    var session = Self.session()
    let done = Self.run(lines, on: &session)
    let steps = done.count(where: \.1)
    let undos = min(steps, 1 + Int(rng.next() % 4))
    for _ in 0..<undos { #expect(!session.execute("undo").failed, "\(lines)") }
    var fresh = Self.replayed(Self.prefix(done, undoing: undos))
    #expect(Self.views(&session) == Self.views(&fresh), "after \(undos) undo(s) of \(lines)")
    let redos = undos == 0 ? 0 : 1 + Int(rng.next() % UInt64(undos))
    for _ in 0..<redos { #expect(!session.execute("redo").failed) }
    var again = Self.replayed(Self.prefix(done, undoing: undos - redos))
    #expect(Self.views(&session) == Self.views(&again), "after \(redos) redo(s) of \(lines)")
  }

  @Test func undoSaysWhatItTookBackAndWhatIsLeft() {
    var session = Self.session()
    _ = session.execute("write us topping=olive")
    _ = session.execute("read us topping")
    _ = session.execute("write asia topping=ham")
    _ = session.execute("state")
    #expect(
      session.execute("undo").output
        == "Undid: write asia topping=ham (1 command can be undone, redo brings it back).")
    #expect(
      session.execute("undo").output
        == "Undid: write us topping=olive, and the read after it (nothing more to undo, redo brings it back)."
    )
    let nothing = session.execute("undo")
    #expect(nothing.error?.hasPrefix("Nothing to undo since the session started.") == true)
    #expect(session.execute("redo").output == "Redid: write us topping=olive (1 more command to redo).")
  }

  @Test func aNewCommandAfterUndoForgetsTheRedo() {
    var session = Self.session()
    _ = session.execute("write us topping=olive")
    _ = session.execute("write us topping=ham")
    _ = session.execute("undo")
    _ = session.execute("state")
    #expect(!session.execute("redo").failed, "a view does not forget the redo")
    _ = session.execute("undo")
    _ = session.execute("write us crust=thin")
    let redo = session.execute("redo")
    #expect(redo.error?.hasPrefix("Nothing to redo.") == true)
  }

  @Test func resetAndClusterCanBeUndone() {
    var session = Self.session()
    _ = session.execute("write us topping=olive")
    var before = Self.views(&session)
    _ = session.execute("reset")
    #expect(session.execute("undo").output.hasPrefix("Undid: reset"))
    #expect(Self.views(&session) == before)
    _ = session.execute("cluster us eu asia")
    #expect(session.execute("undo").output.hasPrefix("Undid: cluster us eu asia"))
    before = Self.views(&session)
    #expect(session.world.layout.regionNames == ["us", "asia"])
  }

  /// The history keeps at most `entryLimit` commands, dropped a snapshot's worth at a time, and
  /// says so; so a long session costs no more per command than a short one.
  @Test func theHistoryIsBounded() {
    var session = Self.session()
    let count = 130
    for index in 0..<count { _ = session.execute("write us k\(index % 7)=v\(index)") }
    let history = session.tutor.bench.history
    #expect(history.entries.count <= UndoHistory.entryLimit)
    #expect(history.snapshots.count <= UndoHistory.entryLimit / UndoHistory.snapshotInterval + 1)
    var undone = 0
    while !session.execute("undo").failed { undone += 1 }
    #expect(
      undone >= UndoHistory.entryLimit - UndoHistory.snapshotInterval && undone <= UndoHistory.entryLimit)
    let refusal = session.execute("undo").error ?? ""
    #expect(
      refusal.contains("older commands are no longer kept: undo keeps the last 75 to 100"), "\(refusal)")
    var fresh = Self.replayed((0..<(count - undone)).map { "write us k\($0 % 7)=v\($0)" })
    #expect(Self.views(&session) == Self.views(&fresh))
  }

  @Test func anInterruptedUndoLeavesTheWorldAsItWas() {
    var session = Self.session()
    for index in 0..<30 { _ = session.execute("write us k=v\(index)") }
    let before = Self.views(&session)
    session.watch = CommandWatch { _ in true }
    let undo = session.execute("undo")
    #expect(undo.error?.hasPrefix("Interrupted: undo stopped") == true)
    session.watch = .none
    #expect(Self.views(&session) == before)
    #expect(!session.execute("undo").failed)
  }

  /// A `run` stopped by Ctrl-C is kept as the world it left, not replayed in full.
  @Test func anInterruptedRunIsUndoneToWhereItStopped() {
    var session = Self.session()
    let regions = ["us", "eu", "asia", "ap", "sa", "af", "oc", "an"]
    _ = session.execute("cluster \(regions.joined(separator: " ")) --followers 6")
    for index in 0..<300 {
      let at = "12:00:\(index / 10 < 10 ? "0" : "")\(index / 10).\(index % 10)00"
      _ = session.execute("write \(regions[index % 4]) k\(index % 40)=v\(index) at \(at)")
    }
    let asked = Atomic(0)
    session.watch = CommandWatch { _ in asked.add(1, ordering: .relaxed).newValue >= 3 }
    #expect(session.execute("run").output.hasPrefix("Interrupted"))
    session.watch = .none
    let stopped = Self.views(&session)
    _ = session.execute("write asia x=1")
    _ = session.execute("undo")
    #expect(Self.views(&session) == stopped)
  }

  @Test func undoStartsAtAScenarioStep() {
    var session = Self.session()
    #expect(!session.execute("scenario 1").failed)
    #expect(!session.execute("next").failed)
    let step = Self.views(&session)
    _ = session.execute("write us topping=olive")
    #expect(session.execute("undo").output.hasPrefix("Undid: write us topping=olive"))
    #expect(Self.views(&session) == step)
    let refusal = session.execute("undo").error ?? ""
    #expect(refusal.hasPrefix("Nothing to undo since step 1 of the scenario"), "\(refusal)")
  }
}
