import TerminalUI
import Workbench

extension Tutor {
  /// Marks the scenario in progress as paused when `command` replaced the learner's world with
  /// one of their own (`reset`, `cluster`, `seed N`), and returns a line saying so and how to go
  /// on; `nil` when no scenario is in progress, when it was paused already, or when the world was
  /// only changed.
  package mutating func pauseScenario(after command: WorkbenchCommand) -> String? {
    switch command {
    case .reset, .cluster, .seed(.some(_)): break
    default: return nil
    }
    guard !scenarioPaused, let id = course.place.scenario, let scenario = course.loaded?.library.scenario(id)
    else { return nil }
    scenarioPaused = true
    let step = course.place.step
    let resume =
      step < scenario.steps.count
      ? "next goes on with step \(step + 1) from the scenario's own state" : "restart plays it again"
    return styler.paint(
      "The scenario \(id) is paused at step \(step) of \(scenario.steps.count) in this world of your own: "
        + "\(resume); scenarios lists the others.", .dim)
  }
}
