import Course
import ReplicationModel
import ReplicationSimulation
import TerminalUI
import Workbench

extension Tutor {
  /// `what-if SETTING`: during a scenario, the scenario so far replayed with the setting changed,
  /// beside the original; otherwise the learner's own commands since the world was set up.
  ///
  /// Both runs play the same commands; in the what-if run the setting is put in at the start and
  /// again after each `cluster`, `reset` or `seed`, and the commands that set the same thing are
  /// left out. Both are then run until nothing is pending, so the comparison shows where each ends.
  package mutating func whatIf(_ setting: WorldSetting) throws(ShellError) -> String {
    guard course.place.scenario != nil else { return try bench.whatIf(setting) }
    let scenario = try currentScenario()
    let steps = course.place.step == 0 ? scenario.steps.count : course.place.step
    let lines = scenario.steps.prefix(steps).flatMap(\.commands.commands)
    var commands: [WorkbenchCommand] = []
    for line in lines {
      do {
        if let command = try CommandParser.parse(line.text) { commands.append(command) }
      } catch {
        throw ShellError("The scenario is broken at \(scenario.file):\(line.line): \(error.message)")
      }
    }
    let fresh = Workbench(options: options)
    let place = { (index: Int) in "\(scenario.file):\(lines[index].line)" }
    let original = try bench.alternative(
      from: fresh.snapshot, replaying: commands, with: nil, describe: place)
    let changed = try bench.alternative(
      from: fresh.snapshot, replaying: commands, with: setting, describe: place)
    let layout = original.world.layout
    let before: String
    if case .policy = setting, !layout.keyPolicies.isEmpty {
      before = "as written"
    } else {
      before = "as written (\(setting.current(in: original.world)))"
    }
    let comparison = WhatIfComparison(
      heading: "\(scenario.id), steps 1–\(steps), each run until nothing is pending", before: before,
      after: "what if: \(setting.name)", styler: styler, width: options.width)
    let footer =
      Workbench.rule(setting, yours: false).replacing("Your world is unchanged.", with: "")
      + "Your world is unchanged; next goes on with the scenario as written."
    return OutputFitter.fit(
      comparison.render(original.world, changed.world, footer: footer), width: options.width)
  }
}
