import Course
import ReplicationModel
import ReplicationSimulation
import TerminalUI
import Workbench

extension Tutor {
  /// A dim line pointing at `diagram` when messages crossed between regions in `world` since trace
  /// event `start` and the commands that ran did not draw the diagram themselves; `nil` otherwise.
  ///
  /// Scenario steps and lesson examples draw no diagram unless asked: a step about message order
  /// says so by running `diagram` among its commands (content authors decide), and the learner can
  /// type `diagram` after any step.
  package func diagramHint(of world: Simulation, since start: Int, commands: [SourceLine]) -> String? {
    guard start < world.trace.endIndex else { return nil }
    let drawn = commands.contains { $0.text.trimmingSpaces.lowercased().hasPrefix("diagram") }
    guard !drawn else { return nil }
    let layout = world.layout
    let crossesRegions = world.trace.events(since: start).contains { event in
      guard case .delivered(let envelope) = event.kind else { return false }
      return layout.region(of: envelope.from) != layout.region(of: envelope.to)
    }
    guard crossesRegions else { return nil }
    return styler.paint("(Messages crossed between regions: diagram draws them in time order.)", .dim)
  }
}
