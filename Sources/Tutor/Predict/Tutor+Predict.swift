import Course
import TerminalUI
import Workbench

extension Tutor {
  /// `predict`: asks what the scenario's next step will do, before it runs.
  package mutating func askPrediction() throws(ShellError) -> String {
    let scenario = try currentScenario()
    let number = course.place.step + 1
    guard number <= scenario.steps.count else {
      throw ShellError(
        "That was the last step of \(scenario.id); there is nothing left to predict.",
        hint: "restart plays it again; scenarios lists the others.")
    }
    guard let prediction = try prediction(scenario, step: number) else {
      return "Step \(number) changes no replica's data and shows no verdict, so there is nothing to "
        + "predict. next runs it."
    }
    practice = .asking(.prediction(ActivePrediction(prediction: prediction)), in: nil)
    return
      ([
        styler.paint(
          "Predict step \(number) of \(scenario.steps.count) before it runs. It will run:", .heading)
      ] + commandLines(prediction) + [
        styler.bold(prediction.prompt),
        styler.paint(
          "Answer with \(prediction.expected.format.instruction). hint shows the state now; skip (or next) "
            + "runs the step without a prediction.", .dim),
      ]).joined(separator: "\n")
  }

  /// The prediction for step `number` of `scenario`: its commands run on a copy of the scenario's
  /// world just before it, and the outcome read from the model. `nil` when nothing changes.
  package func prediction(_ scenario: Scenario, step number: Int) throws(ShellError) -> StepPrediction? {
    let before = try scenarioWorld(scenario, through: number - 1)
    var after = before
    let step = scenario.steps[number - 1]
    try Self.run(step, of: scenario, on: &after)
    let commands = step.commands.commands.map(\.text)
    guard let outcome = StepOutcome.question(before: before.world, after: after.world, commands: commands)
    else {
      return nil
    }
    return StepPrediction(
      scenario: scenario.id, step: number, prompt: outcome.prompt, key: outcome.key,
      expected: outcome.expected,
      stateBefore: before.stateView(key: outcome.key, json: false), commands: commands,
      candidates: AnswerCandidates(after.world).adding(values: outcome.expected.named))
  }

  /// Handles a line typed while `active` waits: `hint`, `skip` (or `next` outside a review), or
  /// the answer.
  package mutating func answerPrediction(_ line: String, _ active: ActivePrediction, in sitting: Sitting?)
    -> CommandOutcome
  {
    let prediction = active.prediction
    let review = sitting?.review
    let word = line.trimmingSpaces.lowercased()
    if word == "hint" {
      return CommandOutcome(output: OutputFitter.fit(predictionHint(prediction), width: options.width))
    }
    if word == "skip" || (word == "next" && review == nil) {
      practice = .idle
      if let review {
        let recorded = record(prediction, rating: .again)
        noteGraded(prediction.card, answer: nil, verdict: .skipped, in: sitting, recorded: recorded)
        return finishReviewPrediction(
          "Skipped. The model's answer: "
            + styler.bold(TerminalText.sanitized(prediction.expected.description))
            + ".", prediction, right: false, recorded: recorded, review: review)
      }
      return runPredictedStep("No prediction this time.")
    }
    let choices =
      review != nil
      ? "hint names the lesson, skip shows the answer"
      : "hint shows the state now, skip runs the step without a prediction"
    let grade = prediction.grade(line)
    switch judge(
      line, grade: grade, expected: prediction.expected, wording: .prediction, waiting: "the prediction",
      choices: choices)
    {
    case .refused(let outcome):
      return outcome
    case .unreadable(let message):
      var active = active
      active.unreadable += 1
      practice = .asking(.prediction(active), in: sitting)
      return CommandOutcome(error: message)
    case .graded(let right, var verdict):
      practice = .idle
      let cardID = prediction.card.description
      let hasCard = attempt { store throws(ProgressFailure) in try store.cards().contains { $0.id == cardID }
      }
      // A wrong prediction becomes a review card; a right one moves an existing card on.
      var recorded: ReviewRecord?
      if !right || review != nil || hasCard == true {
        recorded = record(prediction, rating: right ? .good : .again)
      }
      noteGraded(
        prediction.card, answer: grade.wrongAnswer?.description, verdict: right ? .right : .wrong,
        in: sitting, recorded: recorded)
      if !right {
        if review == nil { verdict += " It is on your review schedule: review asks it again." }
        verdict += "\n" + styler.paint(Self.overrideHint, .dim)
      }
      if let review {
        return finishReviewPrediction(verdict, prediction, right: right, recorded: recorded, review: review)
      }
      var outcome = runPredictedStep(verdict)
      if right, let request = awaitRating(of: recorded, in: nil) {
        outcome.output += "\n" + OutputFitter.fit(request, width: options.width)
      }
      return outcome
    }
  }

  /// A prediction card in a review: the scenario, the state before the step and the question.
  package mutating func askReviewPrediction(scenario id: String, step: Int, in review: ReviewSession)
    -> String?
  {
    let library = course.library()
    guard let scenario = library.scenario(id), step <= scenario.steps.count,
      let prediction = try? prediction(scenario, step: step)
    else { return nil }
    practice = .asking(.prediction(ActivePrediction(prediction: prediction)), in: .review(review))
    return
      ([
        styler.paint(
          styler.symbols(
            "Predict · scenario \(scenario.id) (\(TerminalText.sanitized(scenario.title))) · step \(step) of "
              + "\(scenario.steps.count)"), .heading)
      ] + earlierCommands(of: scenario, before: step) + [
        "Before the step:", prediction.stateBefore, "The step runs:",
      ] + commandLines(prediction) + [
        styler.bold(prediction.prompt),
        styler.paint(
          "Answer with \(prediction.expected.format.instruction). hint names the lesson; skip shows the answer.",
          .dim),
      ]).joined(separator: "\n")
  }

  /// Runs the predicted step in the learner's world, after `verdict`.
  private mutating func runPredictedStep(_ verdict: String) -> CommandOutcome {
    do {
      let step = try nextStep()
      return CommandOutcome(output: OutputFitter.fit(verdict + "\n" + step, width: options.width))
    } catch {
      return CommandOutcome(output: verdict, error: error.text)
    }
  }

  /// The verdict of a prediction asked by `review`, the step's run, and the next card (or, after a
  /// right answer recorded as `recorded`, the request for a rating, which the next card follows).
  private mutating func finishReviewPrediction(
    _ verdict: String, _ prediction: StepPrediction, right: Bool, recorded: ReviewRecord?,
    review: ReviewSession
  ) -> CommandOutcome {
    var lines = [verdict]
    if let scenario = course.library().scenario(prediction.scenario),
      var sandbox = try? scenarioWorld(scenario, through: prediction.step - 1)
    {
      lines.append(styler.paint("What the step did:", .heading))
      for command in scenario.steps[prediction.step - 1].commands.commands {
        lines.append(styler.paint("\(scenario.id)> ", .dim) + TerminalText.sanitized(command.text))
        let outcome = sandbox.execute(command.text)
        if !outcome.output.isEmpty { lines.append(outcome.output) }
      }
      lines.append("The whole story: scenario \(scenario.id), then goto \(prediction.step).")
    }
    if right, let request = awaitRating(of: recorded, in: .review(review)) {
      lines.append(request)
    } else if let next = continueReview(review, right: right) {
      lines.append(next)
    }
    return CommandOutcome(output: OutputFitter.fit(lines.joined(separator: "\n"), width: options.width))
  }

  private mutating func predictionHint(_ prediction: StepPrediction) -> String {
    var lines = [styler.paint("Hint:", .heading) + " the state before the step:", prediction.stateBefore]
    if let lesson = course.library().scenario(prediction.scenario)?.lesson {
      lines.append("The idea at work is in lesson \(lesson).")
    }
    lines.append(styler.paint("Answer with \(prediction.expected.format.instruction).", .dim))
    return lines.joined(separator: "\n")
  }

  /// Records a review of `prediction`'s card; returns it, or `nil` when the store could not save it.
  private mutating func record(_ prediction: StepPrediction, rating: ReviewRating) -> ReviewRecord? {
    let review = ReviewRecord(
      cardID: prediction.card.description, topic: StepPrediction.topic, time: course.now, rating: rating,
      source: .prediction)
    return schedule(review)
  }

  /// The commands of the steps before `step` that change the world (the catalogue's looking
  /// commands are left out), the last ``earlierCommandLimit`` of them: the set-up a review
  /// shows before its question.
  private func earlierCommands(of scenario: Scenario, before step: Int) -> [String] {
    let commands = scenario.steps.prefix(step - 1).flatMap(\.commands.commands).map(\.text).filter {
      let name = $0.split(separator: " ").first.map { $0.lowercased() } ?? ""
      guard let group = CommandCatalog.workbenchSpec(named: name)?.group else { return true }
      return group != .looking
    }
    guard !commands.isEmpty else { return [] }
    var lines = ["The steps before it ran:"]
    if commands.count > Self.earlierCommandLimit {
      lines.append(styler.symbols("  … \(commands.count - Self.earlierCommandLimit) earlier commands"))
    }
    lines += commands.suffix(Self.earlierCommandLimit).map {
      "  " + styler.paint("> ", .dim) + TerminalText.sanitized($0)
    }
    return lines
  }

  /// The most earlier commands a review shows.
  package static let earlierCommandLimit = 12

  private func commandLines(_ prediction: StepPrediction) -> [String] {
    prediction.commands.map { "  " + styler.paint("> ", .dim) + TerminalText.sanitized($0) }
  }
}
