import Course
import TerminalUI
import Workbench

/// How a lesson looks in the terminal.
package enum LessonView {
  /// The lesson rendered to `width`: a position line, the title, the text with its examples
  /// labelled, and what to do next.
  package static func render(
    _ lesson: Lesson, in library: ContentLibrary, width: Int, styler: Styler
  ) -> String {
    let position = (library.lessons.firstIndex { $0.id == lesson.id } ?? 0) + 1
    var lines = [
      styler.paint(styler.symbols("Lesson \(position) of \(library.lessons.count) · \(lesson.id)"), .dim),
      styler.paint(TerminalText.sanitized(lesson.title), .heading),
    ]
    if !lesson.requires.isEmpty {
      let titles = lesson.requires.map { id in library.lesson(id).map { "\($0.title) (\(id))" } ?? id }
      lines.append(
        styler.paint(TerminalText.sanitized("Read first: " + titles.joined(separator: "; ")), .dim))
    }
    lines.append("")
    lines.append(MarkdownRenderer.render(markdown(of: lesson), width: width, styler: styler))
    lines.append("")
    lines.append(contentsOf: footer(lesson, in: library, width: width, styler: styler))
    return lines.joined(separator: "\n")
  }

  /// The body as Markdown, each ```` ```try ```` block introduced by "Example N".
  package static func markdown(of lesson: Lesson) -> String {
    var output: [String] = []
    var example = 0
    for line in lesson.body {
      if line.text.trimmingSpaces == "```try" {
        example += 1
        output += ["", "*Example \(example): type `try \(example)` to run it.*", "", "```"]
      } else {
        output.append(line.text)
      }
    }
    return output.joined(separator: "\n")
  }

  private static func footer(_ lesson: Lesson, in library: ContentLibrary, width: Int, styler: Styler)
    -> [String]
  {
    var parts: [String] = []
    if !lesson.examples.isEmpty {
      let tries = (1...lesson.examples.count).map { "try \($0)" }.joined(separator: ", ")
      parts.append("Run the examples: \(tries).")
    }
    if let next = library.lesson(after: lesson.id, offset: 1) {
      parts.append("Next: lesson next (\(TerminalText.sanitized(next.title))).")
    } else {
      parts.append("This is the last lesson; scenarios lists the pizza-chain scenarios.")
    }
    return TerminalText.wrap(styler.paint(parts.joined(separator: " "), .dim), width: width)
  }
}
