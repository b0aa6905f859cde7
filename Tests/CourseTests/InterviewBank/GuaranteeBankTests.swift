import Course
import CourseContent
import Foundation
import Testing

/// The grader against the answers to the read-guarantee and ID questions
/// (``InterviewBank/guarantees``): every strong answer scores at least a human's points less one,
/// and every weak one at most one point, so each new question's key points are read as people
/// write them. `MULTILEADER_BANK_TABLE=1` prints each question's scores (strong, then weak).
@Suite struct GuaranteeBankTests {
  private static let library = ContentLoader.load(BuiltInContent.files).library

  @Test func eachNewQuestionHasThreeAnswersOfEachKindInItsOwnWords() throws {
    let ids = InterviewBank.guarantees.map(\.id)
    #expect(
      Set(ids)
        == [
          "monotonic-reads", "consistent-prefix", "causal-consistency", "id-generation",
          "uniqueness-across-leaders", "read-guarantees-by-topology",
        ]
    )
    for entry in InterviewBank.guarantees {
      let question = try #require(Self.library.interview(entry.id), "\(entry.id) is not a shipped question")
      let points = question.keyPoints.count
      #expect(entry.strong.count == 3 && entry.weak.count == 3, "\(entry.id)")
      #expect(entry.strong.allSatisfy { $0.kind == .strong && $0.human >= points - 2 }, "\(entry.id)")
      #expect(entry.strong.allSatisfy { $0.human <= points }, "\(entry.id)")
      #expect(entry.weak.allSatisfy { $0.kind == .weak && $0.human <= 1 }, "\(entry.id)")
      let model = Self.runs(of: 5, in: question.modelAnswer)
      for text in (entry.strong + entry.weak).map(\.text) {
        let shared = Self.runs(of: 5, in: text).intersection(model)
        #expect(shared.isEmpty, "\(entry.id) repeats the model answer's words: \(shared.sorted())")
      }
    }
  }

  @Test(arguments: InterviewBank.guarantees.map(\.id))
  func theGraderScoresEachAnswerAsAHumanWould(_ id: String) throws {
    let entry = try #require(InterviewBank.guarantees.first { $0.id == id })
    let question = try #require(Self.library.interview(id))
    if ProcessInfo.processInfo.environment["MULTILEADER_BANK_TABLE"] != nil {
      let scores = (entry.strong + entry.weak).map {
        "\(InterviewGrader.grade($0.text, for: question).covered.count)"
      }
      print("| \(id) | \(question.keyPoints.count) | " + scores.joined(separator: " ") + " |")
    }
    for answer in entry.strong + entry.weak {
      let grade = InterviewGrader.grade(answer.text, for: question)
      let score = grade.covered.count
      let detail = answer.kind == .strong ? grade.missed : grade.covered
      #expect(
        answer.accepts(score),
        "\(id) \(answer.kind), scored \(score), bound \(answer.bound); \(detail.map(\.description)): \(answer.text)"
      )
    }
  }

  /// Every run of `length` consecutive normalised words in `text`.
  private static func runs(of length: Int, in text: String) -> Set<String> {
    let words = AnswerText.words(text)
    guard words.count >= length else { return [] }
    return Set((0...(words.count - length)).map { words[$0..<($0 + length)].joined(separator: " ") })
  }
}
