import ArgumentParser
import Course
import Shell
import TerminalUI
import Tutor
import Workbench

/// `multileader quiz`: one model-checked question, or the grade of one answer, for scripts.
struct QuizCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quiz",
    abstract: "Ask one model-checked question, or grade an answer to one.",
    discussion: """
      Without --answer, prints a question drawn from the seed (a random one without --seed): its \
      id, seed, prompt and answer format; with --json as an object, whose prompt has no hard line \
      breaks (a paragraph is one line; paragraphs are apart by a blank line). With --id, --seed and \
      --answer, grades the answer against the model's; with --json the reply's status is right, \
      wrong, unclear (the answer names two values, or is a near miss of one: the message asks \
      which) or unreadable (the message says what to type); neither of the last two is graded. A graded answer is recorded in the \
      progress store (the data folder, or --data DIR) as a review of its question, so review \
      schedules it; --no-record leaves the store alone.

      The options of `multileader`, such as --json, --seed, --content and --data, may come before or \
      after `quiz`.

      Exit status:
        0   the answer is right (or the question was printed)
        1   the answer is wrong
        2   bad input: an unknown --id or --topic, --answer without
            --id and --seed, or an answer that is not graded
            (unclear or unreadable)
        64  the command line cannot be parsed (an unknown option)
      """
  )

  @ParentCommand var root: MultileaderCommand

  @Option(help: ArgumentHelp("Ask a question of this topic.", valueName: "topic"))
  var topic: String?

  @Option(help: ArgumentHelp("The question template to ask or grade.", valueName: "id"))
  var id: String?

  @Option(help: ArgumentHelp("The answer to grade (needs --id and --seed).", valueName: "text"))
  var answer: String?

  @Flag(name: .customLong("no-record"), help: "Grade the answer without recording it in the progress store.")
  var noRecord = false

  func run() throws {
    let json = root.globals.json
    // The question's text and the model's events are the program's: ASCII under LC_ALL=C.
    let symbols = Styler(style: .plain, charset: Terminal.pictureCharset())
    let library = root.globals.contentLibrary()
    func fail(_ message: String, hint: String? = nil) -> ExitCode {
      let text = [message, hint].compactMap { $0 }.joined(separator: "\n")
      if json {
        Console.printOutput(QuizJSON.error(text).rendered())
      } else {
        Console.printError("multileader: " + TerminalText.sanitized(text, singleLine: false))
      }
      return ExitCode(2)
    }
    if answer != nil && (id == nil || root.globals.seed == nil) {
      throw fail(
        "--answer needs the question's --id and --seed.",
        hint: "example: multileader quiz --id ID --seed 42 --answer mushroom")
    }
    let seed = root.globals.seed ?? UInt64.random(in: 0..<1_000_000)
    let question: QuizQuestion
    do {
      if let id {
        question = try QuizPicker.question(id: id, seed: seed, in: library)
      } else {
        question = try QuizPicker.question(topic: topic?.lowercased(), seed: seed, in: library)
      }
    } catch {
      throw fail(error.message, hint: error.hint)
    }
    guard let answer else {
      Console.printOutput(
        json ? QuizJSON.question(question).rendered() : symbols.symbols(Self.text(of: question)))
      return
    }
    switch question.read(answer) {
    case .unreadable(let message):
      guard json else { throw fail(message) }
      Console.printOutput(QuizJSON.unreadable(question, message: message).rendered())
      throw ExitCode(2)
    case .unclear(let message):
      guard json else { throw fail(message) }
      Console.printOutput(QuizJSON.unreadable(question, message: message, status: "unclear").rendered())
      throw ExitCode(2)
    case .answer(let given):
      let correct = question.expected.accepts(given)
      if !noRecord { record(question, correct: correct) }
      if json {
        Console.printOutput(QuizJSON.grade(question, given: given, correct: correct).rendered())
      } else {
        let verdict = correct ? "Right." : "Wrong: you said \(TerminalText.sanitized(given.description))."
        Console.printOutput(
          ([verdict + " The model's answer: \(TerminalText.sanitized(question.expected.description))."]
            + question.events.map { "  " + symbols.symbols(TerminalText.sanitized($0)) }
            + ["Read more: lesson \(question.instance.template.lesson)"]).joined(separator: "\n"))
      }
      if !correct { throw ExitCode(1) }
    }
  }

  /// Records the graded answer as a review of the question's card; a store that cannot be opened
  /// or written is said on standard error, and the grade (and exit code) stand.
  private func record(_ question: QuizQuestion, correct: Bool) {
    let store = ProgressSetup.store(data: root.globals.data, legacyPlaceFile: nil)
    let review = ReviewRecord(
      cardID: question.id, topic: question.instance.template.topic, time: WallClock.now(),
      rating: correct ? .good : .again, source: .model)
    do {
      // The daily new-card limit holds here as in the shell: a first answer past it is not scheduled.
      let cards = try store.cards()
      if !cards.contains(where: { $0.id == review.cardID }) {
        let agenda = ReviewAgenda(
          cards: cards, log: try store.reviews(), newCandidates: [], isAskable: { _ in true },
          limits: try store.reviewLimits() ?? ReviewLimits(), now: review.time,
          utcOffset: WallClock.utcOffset(at: review.time))
        guard agenda.admitsNewCard else {
          Console.printError(
            "multileader: not put on your review schedule: today's \(agenda.limits.newCards) new questions "
              + "are used up (review limits NEW REVIEWS raises the limit)")
          return
        }
      }
      try store.record(review)
    } catch {
      Console.printError("multileader: progress is not saved: " + TerminalText.sanitized(error.message))
    }
    for notice in store.takeNotices() { Console.printError("multileader: " + TerminalText.sanitized(notice)) }
  }

  private static func text(of question: QuizQuestion) -> String {
    """
    \(question.id) (seed \(question.seed))
    \(TerminalText.sanitized(question.prompt, singleLine: false))
    Answer with \(question.format.instruction):
      multileader quiz --id \(question.id) --seed \(question.seed) --answer '…'
    """
  }
}
