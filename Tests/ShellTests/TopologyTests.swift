import Testing

@testable import Shell
@testable import TerminalUI
@testable import Tutor
@testable import Workbench

/// `topology`: golden pictures of the live cluster, and the marks for cuts and crashes.
@Suite struct TopologyTests {
  @Test func goldens() throws {
    try Golden.check(
      "topology",
      [
        "topology",
        "cluster us eu asia --followers 1 --topology ring",
        "partition us eu",
        "crash asia-f1",
        "topology",
        "topology --ascii",
        "cluster us eu asia jp --topology star",
        "partition jp us,eu,asia",
        "topology",
        "cluster us asia --single-leader us",
        "topology",
        "topology us",
      ])
    try Golden.check(
      "topology-40", ["cluster us eu asia --followers 1", "crash eu", "topology"], options: .init(width: 40))
  }

  @Test func everyNodeAppearsAndCutsAndCrashesAreMarked() {
    var session = ShellSession(options: .init(width: 120))
    for line in ["cluster us eu asia --followers 2", "partition us eu,asia", "crash asia-f2"] {
      #expect(session.execute(line).error == nil)
    }
    let text = session.execute("topology").output
    for node in session.world.layout.nodes { #expect(text.contains(node.name)) }
    #expect(text.contains("us ◀─╳─▶ eu  cut by a partition"))
    #expect(text.contains("us ◀─╳─▶ asia  cut by a partition"))
    #expect(text.contains("eu ◀───▶ asia\n") || text.hasSuffix("eu ◀───▶ asia"))
    #expect(text.contains("asia-f2 ✖ down"))
    #expect(!text.contains("us-f1 cut"))
  }

  @Test func aCutFollowerFeedIsMarked() {
    var session = ShellSession()
    #expect(session.execute("cluster us asia --single-leader us").error == nil)
    #expect(session.execute("partition us asia").error == nil)
    #expect(session.execute("topology").output.contains("├─╳ asia-f1 (from us) cut"))
  }

  @Test func fitsEveryWidth() {
    for width in [20, 40, 60, 80, 100] {
      var session = ShellSession(options: .init(width: width))
      _ = session.execute("cluster us eu asia jp sa --followers 3")
      for line in session.execute("topology").output.split(separator: "\n") {
        #expect(TerminalText.displayWidth(String(line)) <= width, "\(width): \(line)")
      }
    }
  }
}
