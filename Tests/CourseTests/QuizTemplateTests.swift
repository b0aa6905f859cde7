import Course
import CourseContent
import Testing

/// Question templates: the format, its problems, and drawing parameters from a seed.
@Suite struct QuizTemplateTests {
  static let lesson = ContentFile(
    path: "lessons/10-a.md", text: "---\nid: a\ntitle: A\norder: 10\n---\nText.\n")

  static func template(
    _ body: String, header: String = "id: q\ntopic: lww\nkind: final-value\nlesson: a\nhint: Think."
  )
    -> ContentFile
  {
    ContentFile(path: "quizzes/q.md", text: "---\n\(header)\n---\n\(body)")
  }

  static let valid = template(
    """
    ## Prompt
    Which of {first} and {second} wins at 12:00:{second-time}?

    ## Parameters
    first: pepperoni, olive
    second: mushroom, basil
    second-time: 00..59

    ## Setup
    write us topping={first} at 12:00:00
    write asia topping={second} at 12:00:{second-time}
    run

    ## Answer
    value topping
    """)

  @Test func aValidTemplateLoads() throws {
    let loaded = ContentLoader.load([Self.lesson, Self.valid])
    #expect(loaded.problems.isEmpty, "\(loaded.problems)")
    let quiz = try #require(loaded.library.quiz("q"))
    #expect(quiz.kind == .finalValue)
    #expect(quiz.parameters.map(\.name) == ["first", "second", "second-time"])
    #expect(quiz.parameters[2].values.count == 60)
    #expect(quiz.parameters[2].values[7] == "07")
    #expect(quiz.setup.count == 3)
    #expect(QuizExtractor.parse(quiz.answer.text) == .value(key: "topping"))
    #expect(loaded.library.quizTopics == ["lww"])
  }

  @Test func instancesAreDeterministicAndSubstituteEveryPlaceholder() throws {
    let quiz = try #require(ContentLoader.load([Self.lesson, Self.valid]).library.quiz("q"))
    let one = QuizInstance(quiz, seed: 42)
    #expect(one == QuizInstance(quiz, seed: 42))
    #expect(!one.prompt.contains("{"))
    #expect(one.setup.allSatisfy { !$0.text.contains("{") })
    let drawn = Set((1...40).map { QuizInstance(quiz, seed: $0).values["second-time"] ?? "" })
    #expect(drawn.count > 10)
  }

  @Test func problemsAreReportedWithTheirLines() {
    let broken = Self.template(
      """
      ## Prompt
      Which is {missing}?
      ## Parameters
      first: a, a
      unused: 1..3
      wrong: 9..2
      ## Setup
      write us k={first}
      ## Answer
      guess k
      ## Extra
      """,
      header: "id: Bad Id\ntopic: lww\nkind: riddle\nlesson: nowhere\nhint: h")
    let text = ContentLoader.load([Self.lesson, broken]).problems.map(\.description)
    #expect(text.contains { $0.hasPrefix("quizzes/q.md:2:") && $0.contains("`id`") })
    #expect(text.contains { $0.hasPrefix("quizzes/q.md:4:") && $0.contains("unknown kind `riddle`") })
    #expect(text.contains { $0.contains("lesson `nowhere`") })
    #expect(
      text.contains { $0.hasPrefix("quizzes/q.md:9:") && $0.contains("`{missing}` is not a parameter") })
    #expect(text.contains { $0.hasPrefix("quizzes/q.md:11:") && $0.contains("listed twice") })
    #expect(text.contains { $0.hasPrefix("quizzes/q.md:12:") && $0.contains("`unused` is never used") })
    #expect(text.contains { $0.hasPrefix("quizzes/q.md:13:") && $0.contains("a range is LOW..HIGH") })
    #expect(text.contains { $0.hasPrefix("quizzes/q.md:17:") && $0.contains("not an answer extractor") })
    #expect(text.contains { $0.hasPrefix("quizzes/q.md:18:") && $0.contains("unknown section") })
  }

  /// `valid` with the regions' parts varied: `fast` is drawn, `slow` follows from it.
  static let derived = template(derivedBody)

  static let derivedBody = """
    ## Prompt
    Which of {first} and {second} wins at 12:00:{second-time}, with {fast} fast and {slow} slow?

    ## Parameters
    first: pepperoni, olive
    second: mushroom, basil
    second-time: 00..59
    fast: us, asia
    slow: {fast}: us -> asia, asia -> us

    ## Setup
    clock {fast} +1m
    write {slow} topping={first} at 12:00:00
    write {fast} topping={second} at 12:00:{second-time}
    run

    ## Answer
    value topping
    """

  @Test func aDerivedParameterFollowsItsSourceAndDrawsNothing() throws {
    let loaded = ContentLoader.load([Self.lesson, Self.derived])
    #expect(loaded.problems.isEmpty, "\(loaded.problems)")
    let quiz = try #require(loaded.library.quiz("q"))
    let plain = try #require(ContentLoader.load([Self.lesson, Self.valid]).library.quiz("q"))
    var seen = Set<String>()
    for seed in UInt64(1)...40 {
      let instance = QuizInstance(quiz, seed: seed)
      let fast = try #require(instance.values["fast"])
      #expect(instance.values["slow"] == (fast == "us" ? "asia" : "us"))
      seen.insert(fast)
      // The parameters drawn before it are drawn as they were without it.
      let before = QuizInstance(plain, seed: seed).values
      #expect(["first", "second", "second-time"].allSatisfy { instance.values[$0] == before[$0] })
    }
    #expect(seen == ["us", "asia"])
  }

  @Test func aBadDerivationIsReportedOnItsLine() {
    for (line, message) in [
      ("slow: {quick}: us -> asia, asia -> us", "`{quick}` is not a parameter declared above `slow`"),
      ("slow: {fast}: us -> asia", "`{fast}` can be asia, which is not mapped"),
      ("slow: {fast}: us -> asia, asia -> us, eu -> us", "`{fast}` is never `eu`"),
      ("slow: {fast}: us asia, asia us", "a derived parameter is `name: {other}: a -> x, b -> y`"),
      ("slow: {fast}: us -> asia, us -> eu", "`us` is mapped twice"),
    ] {
      let broken = Self.template(
        Self.derivedBody.replacing("slow: {fast}: us -> asia, asia -> us", with: line))
      let text = ContentLoader.load([Self.lesson, broken]).problems.map(\.description)
      #expect(text.contains { $0.hasPrefix("quizzes/q.md:16:") && $0.contains(message) }, "\(line): \(text)")
    }
  }

  @Test func missingSectionsAreProblems() {
    let text = ContentLoader.load([Self.lesson, Self.template("## Prompt\nWhy?\n")]).problems.map(
      \.description)
    #expect(text.contains { $0.contains("`## Setup` section") })
    #expect(text.contains { $0.contains("`## Answer` section") })
  }

  @Test func extractorsParse() {
    #expect(QuizExtractor.parse("concurrent w1 w2") == .concurrent(1, 2))
    #expect(QuizExtractor.parse("concurrent w1 w1") == nil)
    #expect(QuizExtractor.parse("committed w3") == .committed(3))
    #expect(QuizExtractor.parse("latency w0") == nil)
    #expect(QuizExtractor.parse("vector US k") == .vector(node: "us", key: "k"))
    #expect(QuizExtractor.parse("read asia-f1 k") == .read(node: "asia-f1", key: "k"))
    #expect(QuizExtractor.parse("value") == nil)
  }
}
