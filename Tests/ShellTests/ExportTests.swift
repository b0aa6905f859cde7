import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// `export`: the session renders the file and hands it over; it never writes anything itself.
@Suite struct ExportTests {
  @Test func golden() throws {
    try Golden.check(
      "export",
      [
        "export diagram pizza.svg",
        "write us topping=pepperoni at 12:00:00",
        "write asia topping=mushroom at 12:00:00.010",
        "run",
        "export diagram pizza.svg",
        "export diagram pizza.mmd --key topping --last 3 --followers --force",
        "export diagram pizza.txt",
        "export diagram pizza.dot",
        "export diagram pizza.out --format dot",
        "export topology cluster.dot",
        "export topology cluster.svg --format svg --force",
        "export topology cluster.svg --key topping",
        "export picture x.svg",
        "export diagram",
        "help export",
      ])
  }

  @Test func theSessionReturnsTheFileAndLeavesTheWorldAlone() throws {
    var session = ShellSession()
    _ = session.execute("write us topping=pepperoni")
    let before = (session.world.now, session.world.trace.count, session.history.count)
    let outcome = session.execute("export diagram out.mmd")
    #expect(outcome.error == nil)
    #expect(outcome.output.isEmpty)
    let export = try #require(outcome.export)
    #expect(export.path == "out.mmd")
    #expect(!export.replacesExisting)
    #expect(export.contents.hasPrefix("sequenceDiagram\n"))
    #expect(export.confirmation.hasPrefix("Wrote the diagram (Mermaid, "))
    #expect(session.world.now == before.0 && session.world.trace.count == before.1)
  }

  @Test func exportsNeverCarryColour() {
    var session = ShellSession(options: .init(style: .ansi))
    _ = session.execute("write us topping=pepperoni")
    for line in [
      "export diagram a.svg", "export diagram a.mmd", "export topology a.dot", "export topology a.svg",
    ] {
      let contents = session.execute(line).export?.contents ?? ""
      #expect(!contents.isEmpty)
      #expect(!contents.contains("\u{1B}"), "\(line)")
    }
  }

  @Test func completionOffersWhatAndFormats() {
    var session = ShellSession()
    #expect(session.completions(forLine: "export ", wordStart: 7) == ["diagram", "topology"])
    #expect(
      session.completions(forLine: "export diagram x --format ", wordStart: 26) == ["dot", "mermaid", "svg"])
    #expect(session.completions(forLine: "diagram --", wordStart: 8) == ["--ascii", "--followers", "--last"])
    #expect(session.completions(forLine: "topology --a", wordStart: 9) == ["--ascii"])
    #expect(session.completions(forLine: "experiment s", wordStart: 11) == ["skew"])
  }

  @Test func theMessagesAboutAFileShowItsPathWithoutTerminalControls() {
    let export = FileExport(
      path: "pizza\u{1B}]0;owned\u{07}\u{1B}[2J.svg", contents: "", replacesExisting: false, confirmation: "")
    for message in [export.existsMessage, export.failureMessage("the disk is full")] {
      #expect(!message.contains("\u{1B}") && !message.contains("\u{07}"), "\(message.debugDescription)")
      #expect(message.contains("pizza"))
    }
  }
}
