import Course
import CourseContent
import Testing

@testable import Tutor

/// `content check` refuses a question that cannot be answered from its prompt: a tie decided by
/// a rule the prompt does not state, a read in the same millisecond as a delivery with no word on
/// which comes first, a text whose prompt is silent on spaces, a format example that is a value
/// of the question.
@Suite struct UnanswerableQuestionTests {
  private func template(_ id: String, prompt: String, parameters: String, setup: String, answer: String)
    -> ContentFile
  {
    ContentFile(
      path: "quizzes/\(id).md",
      text: """
        ---
        id: \(id)
        topic: t
        kind: final-value
        lesson: last-write-wins
        hint: h
        ---
        ## Prompt
        \(prompt)
        ## Parameters
        \(parameters)
        ## Setup
        \(setup)
        ## Answer
        \(answer)
        """)
  }

  private func problems(_ file: ContentFile) -> [String] {
    ContentCheck.problems(in: BuiltInContent.files + [file]).map(\.description)
  }

  @Test func aTieWhoseRuleThePromptDoesNotStateIsAProblem() {
    let setup = "policy lww\nwrite us topping={a} at 12:00:00\nwrite asia topping={b} at 12:00:00\nrun"
    let silent = template(
      "tied", prompt: "Us writes {a} and asia writes {b} at the same instant. Which wins?",
      parameters: "a: pepperoni, ham\nb: olive, onion", setup: setup, answer: "value topping")
    #expect(
      problems(silent).contains { $0.hasPrefix("quizzes/tied.md") && $0.contains("tie rule") },
      "\(problems(silent))")
    let stated = template(
      "tied", prompt: "Us writes {a} and asia writes {b} at the same instant; a tie goes to us. Which wins?",
      parameters: "a: pepperoni, ham\nb: olive, onion", setup: setup, answer: "value topping")
    #expect(!problems(stated).contains { $0.hasPrefix("quizzes/tied.md") }, "\(problems(stated))")
  }

  @Test func aReadInTheMillisecondOfADeliveryMustSayWhichComesFirst() {
    let setup = "write us special={a} at 12:00:01\nrun until 12:00:01.076"
    let silent = template(
      "sametime", prompt: "Us writes {a} at 12:00:01. What does asia read at 12:00:01.076?",
      parameters: "a: pepperoni, ham", setup: setup, answer: "read asia special")
    #expect(
      problems(silent).contains { $0.hasPrefix("quizzes/sametime.md") && $0.contains("same millisecond") },
      "\(problems(silent))")
  }

  @Test func aTextQuestionMustSayWhetherSpacesCount() {
    let setup = "policy crdt text --key menu\ninsert us menu 0 {a}\nrun"
    let silent = template(
      "spaces", prompt: "Us inserts {a} into an empty text. What does it read?",
      parameters: "a: pizza, pasta", setup: setup, answer: "value menu")
    #expect(
      problems(silent).contains { $0.hasPrefix("quizzes/spaces.md") && $0.contains("whether spaces") },
      "\(problems(silent))")
  }

  @Test func aFormatExampleThatIsAValueOfTheQuestionIsAProblem() {
    let setup = "write us topping={a} at 12:00:00\nwrite asia topping=feta at 12:01:00\nrun"
    let leaky = template(
      "example", prompt: "Us writes {a}; a minute later asia writes feta. Which wins?",
      parameters: "a: pepperoni, ham", setup: setup, answer: "lost topping")
    #expect(
      problems(leaky).contains { $0.hasPrefix("quizzes/example.md") && $0.contains("format's example") },
      "\(problems(leaky))")
  }

  /// The shipped LWW question can draw equal timestamps (1 seed in 41): its prompt states the tie
  /// rule, and the model's answer follows it (us wins, multileader's default region priority).
  @Test func theShippedLastWriteWinsQuestionStatesItsTieRule() throws {
    let library = ContentLoader.load(BuiltInContent.files).library
    let template = try #require(library.quiz("lww-final-value"))
    let seed = try #require(
      (UInt64(1)...2_000).first { seed in
        let values = QuizInstance(template, seed: seed).values
        return values["us-ms"] == values["asia-ms"]
      })
    let question = try QuizEngine.question(template, seed: seed).get()
    #expect(question.needs.contains(.tieRule))
    #expect(question.prompt.contains("tie"))
    let first = try #require(question.instance.values["first"])
    #expect(question.expected == .value(first), "us wrote \(first) and wins the tie")
  }
}
