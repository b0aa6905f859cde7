import Course
import CourseContent
import Testing

/// Loading content files: what is accepted, and every problem reported with its file and line.
@Suite struct ContentLoaderTests {
  private func file(_ path: String, _ lines: String...) -> ContentFile {
    ContentFile(path: path, text: lines.joined(separator: "\n"))
  }

  private let lessonA = ContentFile(
    path: "lessons/10-a.md",
    text: """
      ---
      id: a
      title: First
      order: 10
      ---
      Some *text*, and a link to [the second](lesson:b).

      ```try
      write us topping=pepperoni
      # a comment inside an example is skipped
      state
      ```

      ```
      not an example
      ```
      """)

  private let lessonB = ContentFile(
    path: "lessons/20-b.md", text: "---\nid: b\ntitle: Second\norder: 20\nrequires: a\n---\nText.\n")

  @Test func lessonsLoadSortedWithTheirExamples() {
    let loaded = ContentLoader.load([lessonB, lessonA])
    #expect(loaded.problems.isEmpty, "\(loaded.problems)")
    #expect(loaded.library.lessons.map(\.id) == ["a", "b"])
    let a = loaded.library.lessons[0]
    #expect(a.examples.count == 1)
    #expect(a.examples[0].commands.map(\.text) == ["write us topping=pepperoni", "state"])
    #expect(a.examples[0].commands.map(\.line) == [9, 11])
    #expect(loaded.library.lesson(after: "a", offset: 1)?.id == "b")
    #expect(loaded.library.lesson(after: "b", offset: 1) == nil)
  }

  @Test func everyProblemIsReportedAtOnceWithItsLine() {
    let broken = file(
      "lessons/30-broken.md", "---", "id: Bad Id", "title: ", "order: soon", "colour: red", "---", "```try",
      "state")
    let missingHeader = file("lessons/40-none.md", "# just markdown")
    let badLink = file(
      "lessons/50-link.md", "---", "id: link", "title: L", "order: 50", "requires: ghost", "---",
      "See [x](lesson:a) and [y](lesson:nowhere).")
    let stray = file("notes.txt", "hello")
    let loaded = ContentLoader.load([lessonA, lessonB, broken, missingHeader, badLink, stray])
    let text = loaded.problems.map(\.description)
    #expect(text.contains { $0.hasPrefix("lessons/30-broken.md:2:") && $0.contains("lowercase letters") })
    #expect(text.contains { $0.hasPrefix("lessons/30-broken.md:3:") && $0.contains("`title` is empty") })
    #expect(text.contains { $0.hasPrefix("lessons/30-broken.md:4:") && $0.contains("`order`") })
    #expect(
      text.contains { $0.hasPrefix("lessons/30-broken.md:5:") && $0.contains("unknown header key `colour`") })
    #expect(text.contains { $0.hasPrefix("lessons/30-broken.md:7:") && $0.contains("not closed") })
    #expect(
      text.contains { $0.hasPrefix("lessons/40-none.md:1:") && $0.contains("must start with a header") })
    #expect(text.contains { $0.hasPrefix("lessons/50-link.md:1:") && $0.contains("`ghost`") })
    #expect(text.contains { $0.hasPrefix("lessons/50-link.md:7:") && $0.contains("`nowhere`") })
    #expect(!text.contains { $0.contains("`a`") }, "a link to an existing lesson is fine")
    #expect(text.contains { $0.hasPrefix("notes.txt:1:") && $0.contains("not a content file") })
    #expect(loaded.problems == loaded.problems.sorted { ($0.file, $0.line) < ($1.file, $1.line) })
  }

  @Test func duplicateIdsAndInvalidUTF8AreReported() {
    let copy = ContentFile(path: "lessons/11-a-again.md", text: lessonA.text)
    let garbled = ContentFile(
      path: "lessons/60-g.md", text: "---\nid: g\ntitle: G\norder: 60\n---\nbad \u{FFFD} byte\n")
    let problems = ContentLoader.load([lessonA, lessonB, copy, garbled]).problems.map(\.description)
    #expect(problems.contains { $0.contains("already used by lessons/10-a.md") })
    #expect(problems.contains { $0.hasPrefix("lessons/60-g.md:1:") && $0.contains("UTF-8") })
  }

  @Test func scenariosAreSplitIntoNarratedSteps() {
    let scenario = file(
      "scenarios/10-s.scenario", "---", "id: s", "title: S", "order: 1", "lesson: a", "---",
      "> **Pizza:** one", "> **System:** two", "write us a=1", "", "# comment", "> Step two", "run", "state",
      "> The end.")
    let loaded = ContentLoader.load([lessonA, lessonB, scenario])
    #expect(loaded.problems.isEmpty, "\(loaded.problems)")
    let steps = loaded.library.scenarios[0].steps
    #expect(steps.count == 3)
    #expect(steps[0].narration.map(\.text) == ["**Pizza:** one", "**System:** two"])
    #expect(steps[0].commands.commands.map(\.text) == ["write us a=1"])
    #expect(steps[1].commands.commands.map(\.line) == [13, 14])
    #expect(steps[2].commands.commands.isEmpty)
  }

  @Test func aScenarioMustStartWithNarrationAndNameARealLesson() {
    let scenario = file(
      "scenarios/10-s.scenario", "---", "id: s", "title: S", "order: 1", "lesson: nope", "---", "state")
    let problems = ContentLoader.load([scenario]).problems.map(\.description)
    #expect(
      problems.contains { $0.hasPrefix("scenarios/10-s.scenario:7:") && $0.contains("starts with narration") }
    )
    #expect(problems.contains { $0.contains("`lesson` names lesson `nope`") })
  }

  @Test func theMnemonicMustSpellItsPhrase() {
    let mnemonic = file(
      "mnemonic.md", "---", "phrase: Many Tasty Local Choices", "---", "## M: Multi-leader", "meaning: m",
      "lesson: a", "## T: Timestamps", "meaning: t", "lesson: a", "## X: Wrong", "meaning: x", "lesson: a")
    let loaded = ContentLoader.load([lessonA, lessonB, mnemonic])
    #expect(loaded.library.mnemonic?.initials == "M-T-X")
    #expect(loaded.problems.map(\.description).contains { $0.contains("do not match the initials") })
  }

  @Test func aLetterListsItsWordingsAndAHintThatDoesNotAnswer() throws {
    let mnemonic = file(
      "mnemonic.md", "---", "phrase: Many Tasty", "---", "## M: Multi-leader", "meaning: m", "lesson: a",
      "accepts: many leaders, several leaders", "hint: How many servers take writes?", "## T: Timestamps",
      "meaning: t", "lesson: a", "accepts: clock, many leaders", "hint: Which clock stamps a write?")
    let loaded = ContentLoader.load([lessonA, lessonB, mnemonic])
    let letters = try #require(loaded.library.mnemonic?.letters)
    #expect(letters[0].accepted == ["many leaders", "several leaders"])
    #expect(letters[0].hint == "How many servers take writes?")
    #expect(letters[0].accepts("several leaders") && !letters[0].accepts("clock"))
    let problems = loaded.problems.map(\.description)
    #expect(
      problems.sorted()
        == [
          "mnemonic.md:7: letter M accepts `many leaders`, which also names letter T",
          "mnemonic.md:12: letter T accepts `many leaders`, which also names letter M",
          "mnemonic.md:13: letter T's hint names its idea (it reads as a right answer); a hint nudges",
        ].sorted(), "\(problems)")
  }

  @Test func theBuiltInContentLoadsWithoutProblems() {
    let loaded = ContentLoader.load(BuiltInContent.files)
    #expect(loaded.problems.isEmpty, "\(loaded.problems.map(\.description).joined(separator: "\n"))")
    #expect(loaded.library.mnemonic?.initials == "M-T-L-C")
  }
}
