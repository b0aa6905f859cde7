import Course
import TerminalUI
import Workbench

extension Tutor {
  /// `mnemonic`, `mnemonic LETTER` and `mnemonic drill`.
  package mutating func mnemonic(_ request: MnemonicRequest) throws(ShellError) -> String {
    guard let mnemonic = course.library().mnemonic, !mnemonic.letters.isEmpty else {
      throw ShellError("This content has no mnemonic (Content/mnemonic.md).")
    }
    switch request {
    case .overview:
      return overview(mnemonic)
    case .letter(let text):
      guard let letter = mnemonic.letters.first(where: { $0.letter == text.uppercased() }) else {
        throw ShellError(
          "'\(TerminalText.sanitized(text))' is not one of the letters \(mnemonic.initials).",
          hint: "example: mnemonic \(mnemonic.letters[0].letter)")
      }
      return try show(letter)
    case .drill:
      course.drillsStarted += 1
      let drill = MnemonicDrill(mnemonic, seed: seed &+ course.drillsStarted)
      practice = .drill(drill)
      return
        "Drill: the letters of \(mnemonic.initials) in a random order. Type what each stands for.\n"
        + styler.paint("hint gives a nudge, skip shows the answer, stop ends the drill.", .dim) + "\n"
        + drill.question
    }
  }

  /// Grades one answer to `drill`'s current letter; `hint` nudges, `skip` shows the answer and
  /// moves on (not known), `stop` ends the drill.
  package mutating func answerDrill(_ line: String, _ drill: MnemonicDrill) -> String {
    var drill = drill
    let letter = drill.letters[drill.index]
    let verdict: String
    switch line.trimmingSpaces.lowercased() {
    case "stop":
      practice = .idle
      return
        "Drill stopped after \(drill.index) question\(drill.index == 1 ? "" : "s"): \(drill.correct) right."
    case "hint":
      return OutputFitter.fit(drillHint(letter, in: drill), width: options.width)
    case "skip":
      verdict = "Skipped."
    default:
      let right = letter.accepts(line)
      if right { drill.correct += 1 }
      verdict = right ? styler.paint("Right.", .success) : styler.paint("Not quite.", .failure)
    }
    var lines = [
      verdict + " \(letter.letter) is \(styler.bold(TerminalText.sanitized(letter.word))): "
        + TerminalText.sanitized(letter.meaning)
    ]
    drill.index += 1
    if drill.index < drill.letters.count {
      lines.append(drill.question)
      practice = .drill(drill)
    } else {
      practice = .idle
      lines.append("Done: \(drill.correct) of \(drill.letters.count) right. mnemonic shows them all again.")
    }
    return OutputFitter.fit(lines.joined(separator: "\n"), width: options.width)
  }

  /// A nudge toward `letter`'s idea that does not name it: the phrase's word for the letter, and
  /// the content's hint when it has one.
  private func drillHint(_ letter: MnemonicLetter, in drill: MnemonicDrill) -> String {
    let mnemonic = course.loaded?.library.mnemonic
    let phrase = mnemonic?.phrase ?? ""
    let words = phrase.split(separator: " ").map(String.init)
    // The phrase's words stand for the letters in order (the content check makes sure).
    let position = mnemonic?.letters.firstIndex { $0.letter == letter.letter }
    let cue = position.flatMap { words.indices.contains($0) ? words[$0] : nil }
    var text = styler.paint("Hint:", .heading) + " "
    if let cue {
      text += "\(letter.letter), as in \(TerminalText.sanitized(cue)) (\(TerminalText.sanitized(phrase)))."
    } else {
      text += "\(letter.letter) is one of the ideas of \(TerminalText.sanitized(phrase))."
    }
    if let hint = letter.hint { text += " " + TerminalText.sanitized(hint) }
    return text + "\n" + drill.question
  }

  private func overview(_ mnemonic: Mnemonic) -> String {
    var table = Table(columns: [
      Table.Column(""), Table.Column("stands for"), Table.Column("meaning"), Table.Column("lesson"),
    ])
    for letter in mnemonic.letters {
      table.append([
        styler.bold(letter.letter), TerminalText.sanitized(letter.word),
        TerminalText.sanitized(letter.meaning),
        letter.lesson,
      ])
    }
    return styler.paint("\(mnemonic.initials): \(TerminalText.sanitized(mnemonic.phrase))", .heading) + "\n"
      + table.render(width: options.width, styler: styler) + "\n"
      + "mnemonic LETTER shows one with a live demonstration; mnemonic drill tests you."
  }

  private mutating func show(_ letter: MnemonicLetter) throws(ShellError) -> String {
    let notes = letter.notes.map(\.text)
    let prose = notes.prefix { $0.trimmingSpaces != "```try" }.joined(separator: "\n")
    var lines = [
      styler.paint("\(letter.letter): \(TerminalText.sanitized(letter.word))", .heading),
      TerminalText.wrap(TerminalText.sanitized(letter.meaning), width: options.width).joined(separator: "\n"),
    ]
    if !prose.trimmingSpaces.isEmpty {
      lines += ["", MarkdownRenderer.render(prose, width: options.width, styler: styler)]
    }
    if let demo = letter.demo {
      lines += [
        "", styler.paint("Live, on the model (your world is replaced):", .dim),
        try runInFreshWorld(demo.commands),
      ]
    }
    lines += ["", styler.paint("More: lesson \(letter.lesson)", .dim)]
    return lines.joined(separator: "\n")
  }
}
