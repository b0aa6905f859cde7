import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// How `LineLexer` splits a line into words.
@Suite struct LexerTests {
  private func words(_ line: String) throws(ShellError) -> [String] { try LineLexer.words(of: line) }

  @Test func splitsOnSpacesAndTabs() throws {
    #expect(try words("write us topping=pepperoni") == ["write", "us", "topping=pepperoni"])
    #expect(try words("  step \t 5  ") == ["step", "5"])
    #expect(try words("") == [])
    #expect(try words("   \t ") == [])
  }

  @Test func quotesGroupWordsWithSpaces() throws {
    #expect(try words(#"write us note="extra cheese""#) == ["write", "us", "note=extra cheese"])
    #expect(try words("write us note='extra cheese'") == ["write", "us", "note=extra cheese"])
    #expect(try words(#"a"b c"d"#) == ["ab cd"])
    #expect(try words(#"say "" ''"#) == ["say", "", ""])
  }

  @Test func eachQuoteKindHoldsTheOther() throws {
    #expect(try words(#"'say "hi"'"#) == [#"say "hi""#])
    #expect(try words(#""it's""#) == ["it's"])
  }

  @Test func backslashEscapesOnlyInsideDoubleQuotes() throws {
    #expect(try words(#""a \"quoted\" word""#) == [#"a "quoted" word"#])
    #expect(try words(#""back\\slash""#) == [#"back\slash"#])
    #expect(try words(#"'no \escape'"#) == [#"no \escape"#])
    #expect(try words(#"plain\word"#) == [#"plain\word"#])
  }

  @Test func hashStartsACommentOnlyOutsideWordsAndQuotes() throws {
    #expect(try words("run 100ms # let it settle") == ["run", "100ms"])
    #expect(try words("# a whole-line comment") == [])
    #expect(try words("#") == [])
    #expect(try words("write us tag=#1") == ["write", "us", "tag=#1"])
    #expect(try words(##"write us tag="# not a comment""##) == ["write", "us", "tag=# not a comment"])
  }

  @Test func unterminatedQuoteIsAnErrorWithAnExample() {
    for line in [#"write us note="extra cheese"#, "write us note='x", #"write us "a\""#] {
      #expect(throws: ShellError.self, "\(line)") { try words(line) }
      do {
        _ = try words(line)
      } catch {
        #expect(error.message.contains("quote"))
        #expect(error.hint?.contains("write us note=") == true)
      }
    }
  }
}
