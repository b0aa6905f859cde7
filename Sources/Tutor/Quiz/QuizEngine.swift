import Course
import ReplicationModel
import ReplicationSimulation
import TerminalUI
import Workbench

/// Turns question templates into questions by running them on the model.
///
/// The engine lives in the tutor because a template's setup is written in the workbench's command
/// language: running it on a ``Workbench`` keeps one language for lessons, scenarios and quizzes,
/// and Course (below the workbench) only reads and checks the text.
public enum QuizEngine {
  /// The most events an explanation lists.
  package static let explanationLimit = 12

  /// Instantiates `template` from `seed`, runs its setup on a fresh world (seeded with `seed`)
  /// and reads the expected answer from the model.
  public static func question(_ template: QuizTemplate, seed: UInt64) -> Result<QuizQuestion, QuizFailure> {
    let instance = QuizInstance(template, seed: seed)
    var session = Workbench(options: SessionOptions(style: .plain, width: 80, seed: seed))
    for command in instance.setup {
      if let error = session.execute(command.text).error {
        let message = ContentScript.explain(error, of: command.text)
        return .failure(
          QuizFailure(line: command.line, message: "the setup fails at `\(command.text)`: \(message)"))
      }
    }
    let answerLine = template.answer.line
    guard let extractor = QuizExtractor.parse(instance.answerLine) else {
      return .failure(
        QuizFailure(line: answerLine, message: "`\(instance.answerLine)` is not an answer extractor"))
    }
    switch AnswerExtraction.answer(extractor, in: session.world) {
    case .failure(let noAnswer):
      return .failure(
        QuizFailure(line: answerLine, message: "no answer from `\(instance.answerLine)`: \(noAnswer.message)")
      )
    case .success(let expected):
      let explanation =
        if case .possible = extractor {
          outcomes(of: session.world)
        } else {
          events(of: session.world, key: extractor.key)
        }
      return .success(
        QuizQuestion(
          instance: instance, expected: expected, events: explanation,
          candidates: AnswerCandidates(session.world).adding(values: expected.named),
          needs: PromptNeed.needs(of: session.world, extractor: extractor, expected: expected)))
    }
  }

  /// For a `possible` answer: the distinct endings explore found, most frequent first, with how
  /// many orders end so, at most ``explanationLimit``.
  private static func outcomes(of world: Simulation) -> [String] {
    let result = Explorer.explore(
      world, options: ExplorationOptions(maxStates: AnswerExtraction.possibleStateLimit))
    let text = ExplorationText(layout: world.layout, styler: Styler(style: .plain), writes: result.writes)
    var lines = result.outcomes.prefix(explanationLimit).map { summary in
      "in \(ExplorationText.count(summary.orders)) of \(ExplorationText.count(result.orders)) orders: "
        + text.lines(for: summary.outcome).joined(separator: "; ")
    }
    if result.outcomes.count > explanationLimit {
      lines.append("… and \(result.outcomes.count - explanationLimit) more endings")
    }
    return lines
  }

  /// The notable events of a run, those about `key` when given, at most ``explanationLimit``;
  /// followers applying what their leader applied are left out.
  private static func events(of world: Simulation, key: String?) -> [String] {
    let formatter = EventFormatter(layout: world.layout, styler: Styler(style: .plain))
    var notable = world.trace.filter { event in
      if case .applied(let node, _, _) = event.kind, world.layout.info(node).leaderSlot == nil {
        return false
      }
      return EventFormatter.isNotable(event.kind)
    }
    if let key {
      let about = notable.filter { TraceFilter.concerns($0.kind, key: key) }
      if !about.isEmpty { notable = about }
    }
    var lines = notable.prefix(explanationLimit).map { formatter.line(for: $0) }
    if notable.count > explanationLimit {
      lines.append("… and \(notable.count - explanationLimit) more events")
    }
    return lines
  }
}
