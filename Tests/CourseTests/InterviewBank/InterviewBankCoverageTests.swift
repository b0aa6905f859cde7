import Course
import CourseContent
import Foundation
import Testing

/// The grader on the answers to the coverage questions (``InterviewBank/coverage``): each new
/// question has strong answers that score at least `human - 1` and weak or wrong ones that score
/// at most `max(human, 1)`, so every key point is exercised by answers not written from its model
/// answer.
@Suite struct InterviewBankCoverageTests {
  private static let library = ContentLoader.load(BuiltInContent.files).library

  @Test func everyCoverageQuestionHasTwoStrongAndTwoWeakAnswersInItsOwnWords() throws {
    let ids = InterviewBank.coverage.map(\.id)
    #expect(ids.count >= 13)
    #expect(Set(ids).count == ids.count, "a question is in the coverage bank twice")
    #expect(Set(ids).isDisjoint(with: InterviewBank.questions.map(\.id)))
    for entry in InterviewBank.coverage {
      let question = try #require(Self.library.interview(entry.id), "\(entry.id) is not a shipped question")
      let points = question.keyPoints.count
      #expect(entry.strong.count == 2 && entry.weak.count == 2, "\(entry.id)")
      #expect(entry.strong.allSatisfy { $0.kind == .strong && (points - 1...points).contains($0.human) })
      #expect(entry.weak.allSatisfy { $0.kind == .weak && $0.human <= 1 }, "\(entry.id)")
      let model = Self.runs(of: 5, in: question.modelAnswer)
      for text in (entry.strong + entry.weak).map(\.text) {
        let shared = Self.runs(of: 5, in: text).intersection(model)
        #expect(shared.isEmpty, "\(entry.id) repeats the model answer's words: \(shared.sorted())")
      }
    }
  }

  @Test(arguments: InterviewBank.coverage.map(\.id))
  func theGraderScoresTheCoverageAnswersAsAHumanWould(_ id: String) throws {
    let entry = try #require(InterviewBank.coverage.first { $0.id == id })
    let question = try #require(Self.library.interview(id))
    for answer in entry.strong + entry.weak {
      let grade = InterviewGrader.grade(answer.text, for: question)
      if ProcessInfo.processInfo.environment["MULTILEADER_BANK_TABLE"] != nil {
        let listed = answer.kind == .strong ? grade.missed : grade.covered
        print("\(id) \(answer.kind) \(grade.covered.count)/\(answer.human): \(listed.map(\.description))")
      }
      #expect(
        answer.accepts(grade.covered.count),
        "\(id) \(answer.kind), scored \(grade.covered.count), bound \(answer.bound): \(answer.text)")
    }
  }

  /// Every run of `length` consecutive normalised words in `text`.
  private static func runs(of length: Int, in text: String) -> Set<String> {
    let words = AnswerText.words(text)
    guard words.count >= length else { return [] }
    return Set((0...(words.count - length)).map { words[$0..<($0 + length)].joined(separator: " ") })
  }
}
