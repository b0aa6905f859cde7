import ReplicationModel
import ReplicationSimulation
import Testing

@testable import Shell
@testable import TerminalUI
@testable import Tutor
@testable import Workbench

/// `diagram`: golden pictures, and what they mean checked against the trace.
@Suite struct DiagramTests {
  static let pizza = [
    "write us topping=pepperoni at 12:00:00",
    "write asia topping=mushroom at 12:00:00.010",
    "run",
  ]

  static let faults = [
    "cluster us eu asia --followers 1",
    "network loss 0.3",
    "partition us asia",
    "write us topping=pepperoni",
    "write asia topping=mushroom",
    "run",
    "heal",
    "run",
    "crash eu",
    "write us topping=olive",
    "run 300ms",
    "recover eu",
    "run",
  ]

  @Test func pizzaConflictGolden() throws {
    try Golden.check(
      "diagram-pizza",
      Self.pizza + ["diagram", "diagram --followers --ascii", "diagram topping --last 4", "diagram nothing"])
  }

  @Test func faultsAtSeveralWidths() throws {
    try Golden.check("diagram-faults-100", Self.faults + ["diagram --followers"], options: .init(width: 100))
    try Golden.check("diagram-faults-60", Self.faults + ["diagram --ascii"], options: .init(width: 60))
  }

  @Test func aWidthBelowTheMinimumIsRefused() {
    var session = ShellSession(options: .init(width: 39))
    _ = session.execute("write us topping=pepperoni")
    let outcome = session.execute("diagram")
    #expect(outcome.output.isEmpty)
    #expect(
      outcome.error
        == "The output is 39 columns wide; a diagram needs at least 40. Widen the terminal (or pass --width), or use trace."
    )
  }

  @Test func anEmptyTraceSaysSo() {
    var session = ShellSession()
    #expect(session.execute("diagram").output == "The trace is empty: nothing has happened yet.")
  }

  @Test func everyDeliveryIsAnArrowEndingOnItsReceiverAtItsTime() {
    var session = ShellSession(options: .init(width: 300))
    for line in Self.faults { #expect(session.execute(line).error == nil, "\(line)") }
    let request = DiagramRequest(followers: true)
    let diagram = session.tutor.bench.diagramModel(request, styler: .plain)
    let drawn = diagram.rendering(width: 300)
    #expect(!drawn.folded)
    let lanes = diagram.lanes.map(\.name)
    func lane(_ node: NodeID) -> Int { lanes.firstIndex(of: session.world.layout.name(of: node))! }

    var deliveries = 0
    var losses = 0
    for event in session.world.trace {
      let time = TimeColumn.text(event.time)
      switch event.kind {
      case .delivered(let envelope):
        deliveries += 1
        let rows = diagram.rows.indices.filter { index in
          guard case .arrow(lane(envelope.from), lane(envelope.to), let arrival) = diagram.rows[index].item,
            diagram.rows[index].time == time
          else { return false }
          return arrival != .lost
        }
        #expect(!rows.isEmpty, "no arrow for \(envelope.id) at \(time)")
        for row in rows {
          let line = Array(drawn.lines[drawn.rowLines[row]])
          let head = line[drawn.laneColumns[lane(envelope.to)]]
          #expect(["▶", "◀", "!"].contains(head), "row \(row): \(String(line))")
        }
      case .lost(let envelope, _):
        losses += 1
        #expect(
          diagram.rows.contains {
            $0.item == .arrow(from: lane(envelope.from), to: lane(envelope.to), .lost) && $0.time == time
          })
      default: break
      }
    }
    #expect(deliveries > 10)
    #expect(losses > 0)
    #expect(drawn.text.contains("✕"))
    #expect(drawn.text.contains("┄"))
    #expect(drawn.text.contains("✖"))
  }

  @Test func nothingIsWiderThanTheWidth() {
    for width in [40, 55, 80, 101, 160] {
      var session = ShellSession(options: .init(width: width))
      for line in Self.faults { _ = session.execute(line) }
      for command in ["diagram", "diagram --followers", "diagram --ascii --followers"] {
        let output = session.execute(command).output
        for line in output.split(separator: "\n") {
          #expect(TerminalText.displayWidth(String(line)) <= width, "\(width) \(command): \(line)")
        }
      }
    }
  }

  @Test func keysAndValuesAreSanitised() throws {
    // The shell refuses control characters, so put them straight into the world.
    var world = try Simulation()
    try world.write(key: "k\u{1B}[2J", .value("v\u{1B}[31m\u{202E}"), to: NodeID(0))
    world.runUntilQuiet()
    let builder = DiagramBuilder(layout: world.layout, styler: .plain, followers: true)
    let text = builder.diagram(of: Array(world.trace)).render(width: 80)
    #expect(!text.contains("\u{1B}"))
    #expect(!text.contains("\u{202E}"))
    #expect(text.contains("k\\e[2J"))
  }
}

@Suite struct PictureCharsetTests {
  @Test func anASCIISessionDrawsInASCII() {
    var session = ShellSession(options: .init(charset: .ascii))
    for line in DiagramTests.pizza { _ = session.execute(line) }
    for command in ["diagram", "diagram --followers", "topology"] {
      let output = session.execute(command).output
      #expect(output.unicodeScalars.allSatisfy { $0.isASCII }, "\(command)")
    }
  }
}
