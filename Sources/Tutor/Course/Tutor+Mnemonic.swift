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
        "Drill: the letters of \(mnemonic.initials) in a random order. Type what each stands for; stop ends the drill.\n"
        + drill.question
    }
  }

  /// Grades one answer to `drill`'s current letter, or stops the drill.
  package mutating func answerDrill(_ line: String, _ drill: MnemonicDrill) -> String {
    var drill = drill
    if line.trimmingSpaces.lowercased() == "stop" {
      practice = .idle
      return
        "Drill stopped after \(drill.index) question\(drill.index == 1 ? "" : "s"): \(drill.correct) right."
    }
    let letter = drill.letters[drill.index]
    let right = MnemonicDrill.accepts(line, for: letter)
    if right { drill.correct += 1 }
    var lines = [
      (right ? styler.paint("Right.", .success) : styler.paint("Not quite.", .failure))
        + " \(letter.letter) is \(styler.bold(letter.word)): \(TerminalText.sanitized(letter.meaning))"
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
