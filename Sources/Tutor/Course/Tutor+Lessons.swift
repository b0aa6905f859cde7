import Course
import TerminalUI
import Workbench

extension Tutor {
  /// `lessons`: every lesson, with which have been read and which is current.
  package func lessonList(_ library: ContentLibrary) -> String {
    guard !library.lessons.isEmpty else { return "There are no lessons in this content." }
    var table = Table(columns: [
      Table.Column("#", alignment: .right), Table.Column("lesson"), Table.Column("title"), Table.Column(""),
    ])
    for (index, lesson) in library.lessons.enumerated() {
      let mark =
        lesson.id == course.place.lesson
        ? styler.symbols("◀ current") : course.place.lessonsRead.contains(lesson.id) ? "read" : ""
      table.append([String(index + 1), lesson.id, TerminalText.sanitized(lesson.title), mark])
    }
    let read = library.lessons.filter { course.place.lessonsRead.contains($0.id) }.count
    return table.render(width: options.width, styler: styler)
      + "\n\(read) of \(library.lessons.count) read. lesson ID opens one; lesson next goes on."
  }

  /// `lesson …`: shows a lesson and makes it the current one.
  package mutating func showLesson(_ target: LessonTarget) throws(ShellError) -> String {
    let library = course.library()
    guard let first = library.lessons.first else { throw ShellError("There are no lessons in this content.") }
    let current = course.place.lesson.flatMap { library.lesson($0) }
    let lesson: Lesson
    switch target {
    case .current:
      lesson = current ?? first
    case .next:
      guard let current else {
        lesson = first
        break
      }
      guard let next = library.lesson(after: current.id, offset: 1) else {
        throw ShellError(
          "\(current.id) is the last lesson.", hint: "scenarios lists the scenarios to step through.")
      }
      lesson = next
    case .previous:
      guard let current, let previous = library.lesson(after: current.id, offset: -1) else {
        throw ShellError("There is no lesson before this one.", hint: "lessons lists them all.")
      }
      lesson = previous
    case .id(let id):
      guard let found = library.lesson(id) else {
        throw unknown("lesson", id, among: library.lessons.map(\.id))
      }
      lesson = found
    }
    course.place.lesson = lesson.id
    course.place.lessonsRead.insert(lesson.id)
    return LessonView.render(lesson, in: library, width: options.width, styler: styler)
  }

  /// `try N`: runs example N of the current lesson in a fresh world, which the learner keeps.
  package mutating func tryExample(_ number: Int) throws(ShellError) -> String {
    let library = course.library()
    guard let id = course.place.lesson, let lesson = library.lesson(id) else {
      throw ShellError(
        "Open a lesson first: try N runs that lesson's example N.", hint: "lessons lists them.")
    }
    guard lesson.examples.indices.contains(number - 1) else {
      let count = lesson.examples.count
      throw ShellError(
        count == 0
          ? "The lesson \(lesson.id) has no examples to run."
          : "The lesson \(lesson.id) has \(count) example\(count == 1 ? "" : "s"); try 1\(count > 1 ? " to try \(count)" : "")."
      )
    }
    let header = styler.paint(
      "Example \(number) of \(lesson.id), in a fresh world (your earlier world is replaced):", .dim)
    return header + "\n" + (try runInFreshWorld(lesson.examples[number - 1].commands))
  }

  /// Replaces the world with a fresh one and runs `commands` in it, echoing each as the REPL would.
  package mutating func runInFreshWorld(_ commands: [SourceLine]) throws(ShellError) -> String {
    var sandbox = Workbench(options: options)
    var transcript: [String] = []
    for command in commands {
      transcript.append(styler.paint("\(prompt)> ", .dim) + TerminalText.sanitized(command.text))
      let outcome = sandbox.execute(command.text)
      if !outcome.output.isEmpty { transcript.append(outcome.output) }
      if let error = outcome.error {
        throw ShellError("The example stopped at `\(TerminalText.sanitized(command.text))`: \(error)")
      }
    }
    if let hint = diagramHint(of: sandbox.world, since: 0, commands: commands) { transcript.append(hint) }
    adoptWorld(of: sandbox, origin: "the example ran")
    return transcript.joined(separator: "\n")
  }
}
