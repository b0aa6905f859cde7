import ReplicationModel
import ReplicationSimulation
import TerminalUI
import Workbench

extension Tutor {
  /// The space-time diagram of what happened in `world` since trace event `start`, when it helps:
  /// when a message crossed between regions. `nil` otherwise, or when the output is too narrow.
  ///
  /// Scenario steps and lesson examples show it under their transcript, leaders only, so the
  /// learner sees who knew what, when.
  package func changeDiagram(of world: Simulation, since start: Int) -> String? {
    guard options.width >= SpaceTimeDiagram.minimumWidth, start < world.trace.endIndex else { return nil }
    let events = Array(world.trace.events(since: start))
    let layout = world.layout
    let crossesRegions = events.contains { event in
      guard case .delivered(let envelope) = event.kind else { return false }
      return layout.region(of: envelope.from) != layout.region(of: envelope.to)
    }
    guard crossesRegions else { return nil }
    let builder = DiagramBuilder(layout: layout, styler: styler, followers: false)
    let diagram = builder.diagram(of: builder.drawable(events), ascii: options.charset == .ascii)
    guard !diagram.rows.isEmpty else { return nil }
    return styler.paint("What happened, as a space-time diagram (diagram draws it again):", .dim) + "\n"
      + diagram.render(width: options.width, charset: options.charset, styler: styler)
  }
}
