import Course
import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// `export cheatsheet FILE`: one page of facts taken from the content, the mnemonic and the
/// learner's weakest topics, as Markdown or a self-contained HTML page.
@Suite struct CheatSheetTests {
  private let monday = Moment(secondsSince1970: 1_700_000_000)

  private func session(_ store: InMemoryProgress = InMemoryProgress()) -> ShellSession {
    var shell = ShellSession(options: SessionOptions(seed: 3))
    shell.attachProgress(store)
    _ = shell.execute("", at: LearnerTime(monday))
    return shell
  }

  @Test func theMarkdownSheetHoldsOnlyFactsFromTheContentAndTheMnemonic() throws {
    var shell = session()
    let outcome = shell.execute("export cheatsheet sheet.md")
    #expect(outcome.error == nil, "\(outcome.error ?? "")")
    let export = try #require(outcome.export)
    #expect(export.path == "sheet.md")
    #expect(!export.replacesExisting)
    let text = export.contents
    #expect(text.contains("**Many Tasty Local Choices** (M-T-L-C)"))
    #expect(text.contains("none yet"), "no reviews yet: no weakest topics")
    let library = shell.tutor.course.library()
    let sheet = CheatSheet(library: library, strengths: [])
    #expect(sheet.entries.count >= 15)
    let keyPoints = Set(library.interviews.flatMap(\.keyPoints).map(\.description))
    for entry in sheet.entries {
      let lesson = try #require(library.lesson(entry.lesson))
      #expect(text.contains("## " + lesson.title))
      let body = lesson.body.map(\.text).joined(separator: " ")
      if let fact = entry.fact {
        #expect(text.contains(fact))
        let words = fact.split(separator: " ").prefix(6).joined(separator: " ")
        #expect(body.contains(words), "\(entry.lesson): '\(fact)' is not from the lesson")
      }
      #expect(entry.points.count <= CheatSheet.pointLimit)
      for point in entry.points { #expect(keyPoints.contains(point), "\(point) is not a key point") }
    }
  }

  @Test func theWeakestTopicsComeFromProgress() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    let library = shell.tutor.course.library()
    let weak = try #require(library.quizzes.first)
    store.record(
      ReviewRecord(
        cardID: weak.id, topic: weak.topic, time: monday.adding(days: -3), rating: .again, source: .model))
    let text = try #require(shell.execute("export cheatsheet sheet.md").export).contents
    #expect(text.contains("**Your weakest topics:** \(weak.topic) ("), "\(text.prefix(800))")
    #expect(text.contains("lesson \(weak.lesson)"))
  }

  @Test func theHTMLPageIsSelfContained() throws {
    var shell = session()
    let export = try #require(shell.execute("export cheatsheet sheet.html --force").export)
    #expect(export.replacesExisting)
    let html = export.contents
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<style>"))
    for outside in ["http://", "https://", "<script", "<link", "@import", "src="] {
      #expect(!html.contains(outside), "the page must fetch nothing: \(outside)")
    }
    #expect(html.contains("Many Tasty Local Choices"))
    #expect(
      CheatSheet.inline("a < b & **c** `d<e>` [f](lesson:g) *h*")
        == "a &lt; b &amp; <b>c</b> <code>d&lt;e&gt;</code> f h")
  }

  @Test func badRequestsSayWhatToType() {
    var shell = session()
    #expect(
      shell.execute("export cheatsheet sheet.txt").error?.contains("FILE.md (Markdown) or FILE.html") == true)
    #expect(shell.execute("export cheatsheet").error?.contains("needs one file") == true)
    #expect(
      shell.execute("export cheatsheet a.md --format svg").error?.contains("takes only --force") == true)
    #expect(shell.execute("export diagram").error != nil, "the other exports are unchanged")
  }
}
