import Course
import CourseContent
import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// `mnemonic drill` on the built-in mnemonic: `hint` and `skip` work as in a quiz, and every
/// wording of an idea that is right for a letter is accepted.
@Suite struct MnemonicDrillTests {
  private static let mnemonic = ContentLoader.load(BuiltInContent.files).library.mnemonic!

  private static func letter(_ name: String) -> MnemonicLetter {
    mnemonic.letters.first { $0.letter == name }!
  }

  /// A shell in a drill, and the letter it asks first.
  private func drilling() throws -> (ShellSession, MnemonicLetter) {
    var shell = ShellSession(options: SessionOptions(seed: 3))
    _ = shell.execute("mnemonic drill")
    let drill = try #require(shell.tutor.practice.drill)
    return (shell, drill.letters[drill.index])
  }

  @Test func hintNudgesForTheCurrentLetterWithoutGradingOrAnswering() throws {
    var (shell, letter) = try drilling()
    let hint = shell.execute("hint")
    #expect(hint.error == nil)
    #expect(hint.output.hasPrefix("Hint: \(letter.letter), as in "), "\(hint.output)")
    #expect(!hint.output.contains("Right.") && !hint.output.contains("Not quite."), "\(hint.output)")
    let drill = try #require(shell.tutor.practice.drill)
    #expect(drill.index == 0 && drill.correct == 0, "a hint is not an answer")
    #expect(shell.prompt == "drill 1/4")
    let answered = shell.execute(letter.word)
    #expect(answered.output.hasPrefix("Right."), "\(answered.output)")
  }

  @Test func noLettersHintNamesItsAnswer() throws {
    var (shell, _) = try drilling()
    for _ in 0..<4 {
      let drill = try #require(shell.tutor.practice.drill)
      let letter = drill.letters[drill.index]
      let hint = shell.execute("hint").output
      #expect(!hint.contains(letter.word), "the hint names the answer: \(hint)")
      #expect(!letter.accepts(hint), "the hint reads as the answer: \(hint)")
      _ = shell.execute("skip")
    }
  }

  @Test func skipShowsTheAnswerAndMovesOnCountedAsNotKnown() throws {
    var (shell, letter) = try drilling()
    let skipped = shell.execute("skip")
    #expect(skipped.error == nil)
    #expect(skipped.output.hasPrefix("Skipped. \(letter.letter) is \(letter.word):"), "\(skipped.output)")
    #expect(skipped.output.contains("Question 2 of 4"), "\(skipped.output)")
    let drill = try #require(shell.tutor.practice.drill)
    #expect(drill.index == 1 && drill.correct == 0)
    _ = shell.execute("skip")
    _ = shell.execute("skip")
    let last = shell.execute("skip")
    #expect(last.output.contains("Done: 0 of 4 right."), "\(last.output)")
    #expect(shell.tutor.practice == .idle)
  }

  @Test func theDrillSaysHintAndSkipExist() throws {
    var shell = ShellSession(options: SessionOptions(seed: 3))
    let start = shell.execute("mnemonic drill").output
    #expect(start.contains("hint gives a nudge, skip shows the answer"), "\(start)")
  }

  /// Wordings that name each idea: if one is right, the others like it are too.
  static let right: [(String, String)] = [
    ("M", "Multi-leader"), ("M", "multi leader"), ("M", "multileader"), ("M", "multiple leaders"),
    ("M", "many leaders"), ("M", "several leaders"), ("M", "more than one leader"), ("M", "Many leaders!"),
    ("M", "multi-master"),
    ("T", "Timestamps"), ("T", "timestamp"), ("T", "time stamps"), ("T", "clock"), ("T", "clocks"),
    ("T", "time"), ("T", "UTC time"), ("T", "wall-clock time"),
    ("L", "Latency reduction"), ("L", "latency"), ("L", "lower latency"), ("L", "reduced latency"),
    ("L", "low latency"), ("L", "faster local writes"), ("L", "fast writes"), ("L", "local writes"),
    ("C", "Conflict resolution"), ("C", "conflicts"), ("C", "resolving conflicts"),
    ("C", "conflict handling"),
    ("C", "merge conflicts"), ("C", "merging"), ("C", "resolution"),
  ]

  @Test(arguments: right)
  func aWordingOfTheIdeaIsAccepted(letter: String, answer: String) {
    #expect(Self.letter(letter).accepts(answer), "\(letter): \(answer)")
  }

  /// Wordings that do not name the idea (or name another letter's).
  static let wrong: [(String, String)] = [
    ("M", "single leader"), ("M", "one leader"), ("M", "leaders"), ("M", "many"), ("M", "latency"),
    ("T", "sometimes"), ("T", "latency"), ("T", "conflict resolution"),
    ("L", "late"), ("L", "timestamps"), ("L", "replication lag"),
    ("C", "conf"), ("C", "multiple leaders"), ("C", "clocks"), ("C", ""),
  ]

  @Test(arguments: wrong)
  func anotherWordingIsNotAccepted(letter: String, answer: String) {
    #expect(!Self.letter(letter).accepts(answer), "\(letter): \(answer)")
  }

  /// Each letter's own extra wordings name it and no other letter.
  @Test func everyAcceptedWordingNamesOnlyItsOwnLetter() {
    for letter in Self.mnemonic.letters {
      #expect(!letter.accepted.isEmpty, "\(letter.letter) lists its accepted wordings")
      for wording in letter.accepted {
        #expect(letter.accepts(wording), "\(letter.letter): \(wording)")
        for other in Self.mnemonic.letters where other.letter != letter.letter {
          #expect(!other.accepts(wording), "\(letter.letter)'s `\(wording)` also names \(other.letter)")
        }
      }
    }
  }
}
