import Course
import ReplicationModel
import TerminalUI
import Workbench

extension Tutor {
  /// `scenarios`: the list, with the one in progress marked.
  package func scenarioList(_ library: ContentLibrary) -> String {
    guard !library.scenarios.isEmpty else { return "There are no scenarios in this content." }
    var table = Table(columns: [
      Table.Column("#", alignment: .right), Table.Column("scenario"), Table.Column("title"),
      Table.Column("steps"),
    ])
    for (index, scenario) in library.scenarios.enumerated() {
      let steps =
        scenario.id == course.place.scenario
        ? "\(course.place.step)/\(scenario.steps.count) " + styler.symbols("◀") : String(scenario.steps.count)
      table.append([String(index + 1), scenario.id, TerminalText.sanitized(scenario.title), steps])
    }
    return table.render(width: options.width, styler: styler)
      + "\nscenario ID starts one; next steps through it."
  }

  /// `scenario ID`: starts a scenario in a fresh world.
  package mutating func startScenario(_ id: String) throws(ShellError) -> String {
    let library = course.library()
    guard let scenario = library.scenario(id) ?? numbered(id, in: library.scenarios) else {
      throw unknown("scenario", id, among: library.scenarios.map(\.id))
    }
    course.place.scenario = scenario.id
    course.place.step = 0
    scenarioPaused = false
    adoptWorld(of: Workbench(options: options), origin: "the scenario started")
    var lines = [
      styler.paint(TerminalText.sanitized(scenario.title), .heading),
      styler.paint(
        "\(scenario.steps.count) steps \(styler.symbols("·")) a fresh world \(styler.symbols("·")) next runs a step, back shows the last one again, "
          + "goto N jumps, what-if policy NAME compares", .dim),
    ]
    if let lesson = scenario.lesson { lines.append(styler.paint("Lesson: lesson \(lesson)", .dim)) }
    lines.append("Type next for step 1, or predict to say first what it will do.")
    return OutputFitter.fit(lines.joined(separator: "\n"), width: options.width)
  }

  /// `next`: runs the next step, from the scenario's own state even if the learner explored.
  package mutating func nextStep() throws(ShellError) -> String {
    let scenario = try currentScenario()
    guard course.place.step < scenario.steps.count else {
      throw ShellError(
        "That was the last step of \(scenario.id).",
        hint: "restart plays it again; what-if policy NAME compares; scenarios lists the others.")
    }
    return try goToStep(course.place.step + 1, of: scenario)
  }

  /// `back`: shows the previous step again (the world is rebuilt to just after it).
  package mutating func previousStep() throws(ShellError) -> String {
    let scenario = try currentScenario()
    guard course.place.step > 1 else {
      throw ShellError("This is the first step.", hint: "restart starts the scenario over.")
    }
    return try goToStep(course.place.step - 1, of: scenario)
  }

  /// `restart`: back to before step 1.
  package mutating func restartScenario() throws(ShellError) -> String {
    let scenario = try currentScenario()
    return try startScenario(scenario.id)
  }

  /// `goto N`: replays steps 1…N-1 quietly, then runs step N with its narration.
  package mutating func goToStep(_ number: Int) throws(ShellError) -> String {
    let scenario = try currentScenario()
    guard (1...scenario.steps.count).contains(number) else {
      throw ShellError("\(scenario.id) has steps 1 to \(scenario.steps.count).")
    }
    return try goToStep(number, of: scenario)
  }

  private mutating func goToStep(_ number: Int, of scenario: Scenario) throws(ShellError) -> String {
    var sandbox = try scenarioWorld(scenario, through: number - 1)
    let step = scenario.steps[number - 1]
    let traceStart = sandbox.world.trace.endIndex
    var lines = [
      styler.paint("Step \(number) of \(scenario.steps.count)", .heading),
      MarkdownRenderer.render(
        step.narration.map(\.text).joined(separator: "\n"), width: options.width, styler: styler),
    ]
    for command in step.commands.commands {
      lines.append(styler.paint("\(scenario.id)> ", .dim) + TerminalText.sanitized(command.text))
      let outcome = sandbox.execute(command.text)
      if !outcome.output.isEmpty { lines.append(outcome.output) }
      if let error = outcome.error {
        throw ShellError("The scenario is broken at \(scenario.file):\(command.line): \(error)")
      }
    }
    if let hint = diagramHint(of: sandbox.world, since: traceStart, commands: step.commands.commands) {
      lines.append(hint)
    }
    adoptWorld(of: sandbox, origin: "step \(number) of the scenario (back replays the one before)")
    course.place.step = number
    scenarioPaused = false
    if number == scenario.steps.count { course.place.scenariosFinished.insert(scenario.id) }
    lines.append(
      styler.paint(
        number == scenario.steps.count
          ? "The end. what-if policy NAME replays it under another policy; scenarios lists the others."
          : "next: step \(number + 1) (predict first asks what it will do). You can also type any "
            + "command to look around first.", .dim))
    return lines.joined(separator: "\n")
  }

  /// A fresh session that has run the first `count` steps of `scenario` quietly: the scenario's
  /// own state before step `count + 1`, whatever the learner explored since.
  package func scenarioWorld(_ scenario: Scenario, through count: Int) throws(ShellError) -> Workbench {
    var sandbox = Workbench(options: options)
    for step in scenario.steps.prefix(count) {
      try Self.run(step, of: scenario, on: &sandbox)
    }
    return sandbox
  }

  /// Runs a step's commands quietly on `sandbox`; a failing command means broken content.
  package static func run(_ step: ScenarioStep, of scenario: Scenario, on sandbox: inout Workbench)
    throws(ShellError)
  {
    for command in step.commands.commands {
      if let error = sandbox.execute(command.text).error {
        throw ShellError("The scenario is broken at \(scenario.file):\(command.line): \(error)")
      }
    }
  }

  /// The scenario in progress.
  package mutating func currentScenario() throws(ShellError) -> Scenario {
    guard let id = course.place.scenario, let scenario = course.library().scenario(id) else {
      throw ShellError("No scenario is running.", hint: "scenarios lists them; scenario ID starts one.")
    }
    return scenario
  }

  /// The item a number names, 1-based: `scenario 3` starts the third scenario, `challenge 3` the third challenge.
  func numbered<Item>(_ text: String, in items: [Item]) -> Item? {
    guard let number = Int(text), items.indices.contains(number - 1) else { return nil }
    return items[number - 1]
  }

  /// The error for an id that names no `kind` (lesson, scenario, challenge): the closest ids, or
  /// the command that lists them all.
  func unknown(_ kind: String, _ id: String, among ids: [String]) -> ShellError {
    let suggestions = Suggestions.closest(to: id, among: ids)
    return ShellError(
      "There is no \(kind) '\(TerminalText.sanitized(id))'.",
      hint: suggestions.isEmpty
        ? "\(kind)s lists them all." : "Did you mean \(suggestions.joined(separator: ", "))?")
  }
}
