/// Reads `mnemonic.md`: a header with the phrase, then one `## X: Word` section per letter.
///
/// In a section, `meaning: …` and `lesson: ID` lines are required; `accepts: …, …` lists other
/// wordings that name the idea and `hint: …` nudges toward it in a drill (it must not name it);
/// other lines are notes, and a ```` ```try ```` block is the letter's live demonstration.
enum MnemonicParser {
  /// Parses `file`; problems are appended.
  static func parse(_ file: ContentFile, checkingWordings: Bool = true, problems: inout [ContentProblem])
    -> Mnemonic
  {
    let header = FrontMatter(file.text, file: file.path, allowedKeys: ["phrase"], problems: &problems)
    let phrase = header.required("phrase", file: file.path, problems: &problems)
    var letters: [MnemonicLetter] = []
    var acceptsLines: [String: Int] = [:]
    var section: [SourceLine] = []
    var heading: SourceLine?

    func finish() {
      guard let heading else { return }
      if let letter = letter(
        heading: heading, lines: section, file: file.path, checkingWordings: checkingWordings,
        problems: &problems)
      {
        letters.append(letter)
        acceptsLines[letter.letter] = section.first { $0.text.hasPrefix("accepts:") }?.line
      }
    }
    for line in header.body.map({ SourceLine($0.text, line: $0.line) }) {
      if line.text.hasPrefix("## ") {
        finish()
        heading = line
        section = []
      } else if heading != nil {
        section.append(line)
      }
    }
    finish()
    // A wording that names two letters would make the drill accept it for either.
    for letter in letters where checkingWordings {
      for wording in letter.accepted {
        for other in letters where other.letter != letter.letter && other.accepts(wording) {
          problems.append(
            ContentProblem(
              file: file.path, line: acceptsLines[letter.letter] ?? letter.line,
              message: "letter \(letter.letter) accepts `\(wording)`, which also names letter \(other.letter)"
            ))
        }
      }
    }
    let initials = letters.map(\.letter).joined()
    let expected = phrase.split(separator: " ").compactMap { $0.first.map { String($0).uppercased() } }
      .joined()
    if !phrase.isEmpty && initials != expected {
      problems.append(
        ContentProblem(
          file: file.path, line: header.line(of: "phrase"),
          message: "the letters \(initials) do not match the initials of `\(phrase)` (\(expected))"))
    }
    return Mnemonic(phrase: phrase, letters: letters, file: file.path)
  }

  private static func letter(
    heading: SourceLine, lines: [SourceLine], file: String, checkingWordings: Bool,
    problems: inout [ContentProblem]
  )
    -> MnemonicLetter?
  {
    let title = String(heading.text.dropFirst(3))
    guard let colon = title.firstIndex(of: ":"), String(title[..<colon]).trimmingSpaces.count == 1 else {
      problems.append(
        ContentProblem(
          file: file, line: heading.line,
          message: "a letter's heading must be `## X: Word`, not `\(heading.text)`"))
      return nil
    }
    let letter = String(title[..<colon]).trimmingSpaces.uppercased()
    let word = String(title[title.index(after: colon)...]).trimmingSpaces
    var meaning = ""
    var lesson = ""
    var accepted: [String] = []
    var hint: SourceLine?
    var notes: [SourceLine] = []
    for line in lines {
      if line.text.hasPrefix("accepts:") {
        accepted += line.text.dropFirst("accepts:".count).split(separator: ",").map {
          String($0).trimmingSpaces
        }.filter { !$0.isEmpty }
      } else if line.text.hasPrefix("hint:") {
        hint = SourceLine(String(line.text.dropFirst("hint:".count)).trimmingSpaces, line: line.line)
      } else if line.text.hasPrefix("meaning:") {
        meaning = String(line.text.dropFirst("meaning:".count)).trimmingSpaces
      } else if line.text.hasPrefix("lesson:") {
        lesson = String(line.text.dropFirst("lesson:".count)).trimmingSpaces
      } else {
        notes.append(line)
      }
    }
    if meaning.isEmpty {
      problems.append(
        ContentProblem(file: file, line: heading.line, message: "letter \(letter) needs a `meaning: …` line"))
    }
    if lesson.isEmpty {
      problems.append(
        ContentProblem(file: file, line: heading.line, message: "letter \(letter) needs a `lesson: ID` line"))
    }
    let demos = LessonParser.exampleBlocks(in: notes, file: file, problems: &problems)
    let parsed = MnemonicLetter(
      letter: letter, word: word, meaning: meaning, lesson: lesson, notes: notes, demo: demos.first,
      accepted: accepted, hint: hint?.text.isEmpty == false ? hint?.text : nil, line: heading.line)
    if checkingWordings, let hint, parsed.accepts(hint.text) {
      problems.append(
        ContentProblem(
          file: file, line: hint.line,
          message: "letter \(letter)'s hint names its idea (it reads as a right answer); a hint nudges"))
    }
    return parsed
  }
}
