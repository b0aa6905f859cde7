import Course
import CourseContent
import Testing

/// A lesson that names a real system lists its source under a `## Sources` heading, one `- ` line
/// per system, and the shipped lessons all do.
@Suite struct LessonSourcesTests {
  private func problems(_ body: String) -> [String] {
    let text = "---\nid: a\ntitle: A\norder: 10\n---\n" + body
    return ContentLoader.load([ContentFile(path: "lessons/10-a.md", text: text)]).problems.map(\.description)
  }

  @Test func aLessonThatNamesASystemWithoutASourceIsAProblem() {
    let messages = problems("Riak keeps siblings.\n")
    #expect(
      messages == [
        "lessons/10-a.md:1: the lesson names Riak but no line under `## Sources` does; add `- Riak: its primary source`"
      ])
  }

  @Test func aSourceLineUnderTheHeadingIsEnoughEvenWhenWrapped() {
    #expect(problems("Riak keeps siblings.\n\n## Sources\n\n- Riak: Basho, Riak KV docs.\n").isEmpty)
    let wrapped = "CouchDB and Riak.\n\n## Sources\n\n- Basho docs for\n  Riak.\n- CouchDB: conflicts.rst.\n"
    #expect(problems(wrapped).isEmpty)
  }

  @Test func aNameOnlyInTheSourcesOrInAnotherSectionDoesNotCount() {
    let messages = problems(
      "Cassandra keeps one value.\n\n## Sources\n\n- Riak: docs.\n\n## More\n\n- Cassandra\n")
    #expect(messages.count == 1)
    #expect(messages.first?.contains("lessons/10-a.md:8: the lesson names Cassandra") == true)
    #expect(problems("Nothing named here.\n\n## Sources\n\n- Riak: docs.\n").isEmpty)
  }

  @Test func everyShippedLessonThatNamesASystemHasItsSource() {
    let loaded = ContentLoader.load(BuiltInContent.files)
    let missing = loaded.problems.filter { $0.description.contains("under `## Sources`") }
    #expect(missing.isEmpty, "\(missing)")
    #expect(loaded.library.lessons.contains { $0.body.contains { $0.text == "## Sources" } })
  }
}
