import Course
import CourseContent
import Foundation
import Testing

@testable import Tutor

/// The bank of typed answers: every shipped question template with three seeds, each asked in
/// the phrasings people type (right in many forms, wrong, hedged, misspelt, not an answer), and
/// each graded as a person would grade it. Issue 18's own examples are in
/// ``AnswerBankExampleTests``.
@Suite struct AnswerBankTests {
  static let library = ContentLoader.load(BuiltInContent.files).library
  static let seeds: [UInt64] = [1, 2, 3]

  /// The bank: each template and seed, with every phrasing its answer's format has.
  static func bank() throws -> [BankEntry] {
    var bank: [BankEntry] = []
    for template in library.quizzes {
      for seed in seeds {
        let question = try QuizEngine.question(template, seed: seed).get()
        let named = Set(question.expected.named)
        let others = question.candidates.values.filter { !named.contains($0) }
        for (typed, verdict) in AnswerBankPhrasings.entries(answer: question.expected, others: others) {
          bank.append(
            BankEntry(
              template: template.id, seed: seed, format: question.format, typed: typed, verdict: verdict))
        }
      }
    }
    return bank
  }

  @Test func everyAnswerInTheBankIsGradedAsAPersonWould() throws {
    let bank = try Self.bank()
    var questions: [String: QuizQuestion] = [:]
    var misread: [String] = []
    for entry in bank {
      let key = "\(entry.template)#\(entry.seed)"
      let question: QuizQuestion
      if let known = questions[key] {
        question = known
      } else {
        question = try QuizEngine.question(#require(Self.library.quiz(entry.template)), seed: entry.seed)
          .get()
        questions[key] = question
      }
      if case .answer(let read) = question.read(entry.typed) {
        // What reads must read back from its display form: that is how a verdict shows it.
        guard case .answer(let again) = question.read(read.description), read.accepts(again) else {
          misread.append("\(entry) — read as \(read), which does not read back")
          continue
        }
      }
      let given = HumanVerdict(question.grade(entry.typed))
      if given != entry.verdict {
        misread.append("\(entry) — graded \(given.rawValue) (model: \(question.expected))")
      }
    }
    let report = "\(misread.count) of \(bank.count) misread:\n" + misread.joined(separator: "\n")
    #expect(misread.isEmpty, "\(report)")
  }

  @Test func theBankHasFiveHundredAnswersAcrossEveryTemplateAndFormat() throws {
    let bank = try Self.bank()
    #expect(bank.count >= 500, "\(bank.count)")
    #expect(Set(bank.map(\.template)) == Set(Self.library.quizzes.map(\.id)))
    for verdict in HumanVerdict.allCases {
      #expect(bank.contains { $0.verdict == verdict }, "no \(verdict) answers")
    }
    let formats = Set(bank.map(\.format))
    for format in AnswerFormat.allCases where format != .node {
      #expect(formats.contains(format), "no template answers with \(format); the bank misses it")
    }
  }
}

extension AnswerBankTests {
  /// With `ANSWER_BANK_DUMP=FILE` set, writes the bank as tab-separated lines (template, seed,
  /// format, verdict, typed answer with line breaks as `\n`), to grade it with another build.
  @Test func theBankCanBeWrittenOutForAnotherBuild() throws {
    guard let path = ProcessInfo.processInfo.environment["ANSWER_BANK_DUMP"] else { return }
    let lines = try Self.bank().map { entry in
      [
        entry.template, String(entry.seed), entry.format.rawValue, entry.verdict.rawValue,
        entry.typed.replacing("\n", with: "\\n"),
      ].joined(separator: "\t")
    }
    try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
  }
}
