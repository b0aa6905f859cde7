/// Checks that ids are unique and that every reference between content files points somewhere.
enum CrossReferences {
  static func problems(in library: ContentLibrary) -> [ContentProblem] {
    var problems: [ContentProblem] = []
    let lessonIDs = Set(library.lessons.map(\.id))
    duplicates(library.lessons.map { ($0.id, $0.file) }, kind: "lesson", into: &problems)
    duplicates(library.scenarios.map { ($0.id, $0.file) }, kind: "scenario", into: &problems)
    duplicates(library.quizzes.map { ($0.id, $0.file) }, kind: "question template", into: &problems)
    duplicates(library.interviews.map { ($0.id, $0.file) }, kind: "interview question", into: &problems)
    duplicates(library.challenges.map { ($0.id, $0.file) }, kind: "challenge", into: &problems)

    func checkLesson(_ id: String, file: String, line: Int, what: String) {
      guard !lessonIDs.contains(id) else { return }
      let suggestion = closest(id, among: Array(lessonIDs)).map { " (did you mean \($0)?)" } ?? ""
      problems.append(
        ContentProblem(
          file: file, line: line, message: "\(what) names lesson `\(id)`, which does not exist\(suggestion)"))
    }
    for lesson in library.lessons {
      for required in lesson.requires {
        checkLesson(required, file: lesson.file, line: 1, what: "`requires`")
      }
      if lesson.requires.contains(lesson.id) {
        problems.append(ContentProblem(file: lesson.file, line: 1, message: "a lesson cannot require itself"))
      }
      for line in lesson.body {
        for target in LessonLinks.targets(in: line.text) {
          checkLesson(target, file: lesson.file, line: line.line, what: "a link")
        }
      }
    }
    for challenge in library.challenges {
      if let lesson = challenge.lesson {
        checkLesson(lesson, file: challenge.file, line: 1, what: "`lesson`")
      }
    }
    for scenario in library.scenarios {
      if let lesson = scenario.lesson { checkLesson(lesson, file: scenario.file, line: 1, what: "`lesson`") }
      for step in scenario.steps {
        for line in step.narration {
          for target in LessonLinks.targets(in: line.text) {
            checkLesson(target, file: scenario.file, line: line.line, what: "a link")
          }
        }
      }
    }
    for quiz in library.quizzes {
      checkLesson(quiz.lesson, file: quiz.file, line: 1, what: "`lesson`")
    }
    for question in library.interviews {
      checkLesson(question.lesson, file: question.file, line: 1, what: "`lesson`")
      for line in question.modelAnswer.split(separator: "\n") {
        for target in LessonLinks.targets(in: String(line)) {
          checkLesson(target, file: question.file, line: 1, what: "a link")
        }
      }
    }
    if let mnemonic = library.mnemonic {
      for letter in mnemonic.letters where !letter.lesson.isEmpty {
        checkLesson(letter.lesson, file: mnemonic.file, line: letter.line, what: "letter \(letter.letter)")
      }
    }
    return problems
  }

  private static func duplicates(
    _ items: [(id: String, file: String)], kind: String, into problems: inout [ContentProblem]
  ) {
    var seen: [String: String] = [:]
    for item in items {
      if let first = seen[item.id] {
        problems.append(
          ContentProblem(
            file: item.file, line: 1, message: "the \(kind) id `\(item.id)` is already used by \(first)"))
      } else {
        seen[item.id] = item.file
      }
    }
  }

  /// The candidate within edit distance 2, if there is one.
  private static func closest(_ word: String, among candidates: [String]) -> String? {
    candidates.map { ($0, EditDistance.between(word, $0)) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }?.0
  }
}

/// Links to lessons inside Markdown text: `[title](lesson:ID)`.
public enum LessonLinks {
  /// The lesson ids linked from `text`, in order.
  ///
  /// Scans the UTF-8 bytes for `](lesson:` (every content line passes through here when content
  /// loads, so it avoids the slower generic substring search).
  public static func targets(in text: String) -> [String] {
    let marker = Array("](lesson:".utf8)
    let bytes = Array(text.utf8)
    guard bytes.count >= marker.count else { return [] }
    var result: [String] = []
    var index = 0
    while index + marker.count <= bytes.count {
      guard bytes[index] == marker[0], bytes[index..<index + marker.count].elementsEqual(marker) else {
        index += 1
        continue
      }
      let start = index + marker.count
      var end = start
      while end < bytes.count && bytes[end] != UInt8(ascii: ")") { end += 1 }
      result.append(String(decoding: bytes[start..<end], as: UTF8.self))
      index = end
    }
    return result
  }
}
