import Shell
import TerminalUI
import Testing
import Workbench

/// A value too long for the screen is broken into lines without any character added inside it.
@Suite struct LongValueWrapTests {
  private let value = String((0..<200).map { Character(Unicode.Scalar(UInt8(97 + $0 % 26))) })

  /// The text with each line break and the indent after it removed: what the learner reads as
  /// one piece.
  private func rejoined(_ text: String) -> String {
    text.split(separator: "\n").map { $0.drop { $0 == " " } }.joined()
  }

  @Test func aLongValueReadsBackWhole() {
    var session = ShellSession(options: SessionOptions(style: .plain, width: 60))
    #expect(!session.execute("write us k=\(value)").failed)
    #expect(!session.execute("run").failed)
    for line in ["read us k", "write us k=\(value)"] {
      let output = session.execute(line).output
      #expect(output.split(separator: "\n").allSatisfy { TerminalText.displayWidth(String($0)) <= 60 })
      #expect(rejoined(output).contains(value), "\(output)")
    }
  }

  @Test func theFitterBreaksLongWordsWithoutAddingSpaces() {
    let line = "us k = \(value)   w1, [1,0], 12:00:00.001, from us"
    let fitted = OutputFitter.fit(line, width: 60)
    #expect(fitted.split(separator: "\n").allSatisfy { $0.count <= 60 })
    #expect(rejoined(fitted).contains(value), "\(fitted)")
    let event = "12:00:00.076  asia applied w1 k=\(value) [1,0]: stored"
    #expect(rejoined(OutputFitter.fit(event, width: 60)).contains("k=\(value)"))
  }
}
