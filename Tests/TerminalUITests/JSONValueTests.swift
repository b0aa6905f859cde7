import Testing

@testable import TerminalUI

@Suite struct JSONValueTests {
  private let document: JSONValue = [
    "name": "n1",
    "clock": 3,
    "tags": ["a", "b"],
    "empty": [:],
    "list": [],
    "none": nil,
    "ratio": 0.5,
    "ok": true,
  ]

  @Test func prettyOutputIndentsByTwoSpacesAndKeepsKeyOrder() {
    #expect(
      document.rendered() == """
        {
          "name": "n1",
          "clock": 3,
          "tags": [
            "a",
            "b"
          ],
          "empty": {},
          "list": [],
          "none": null,
          "ratio": 0.5,
          "ok": true
        }
        """)
  }

  @Test func compactOutputHasNoWhitespace() {
    #expect(
      document.rendered(pretty: false)
        == #"{"name":"n1","clock":3,"tags":["a","b"],"empty":{},"list":[],"none":null,"ratio":0.5,"ok":true}"#
    )
    #expect(
      JSONValue.array([.object([JSONMember("k", [1, [2]])])]).rendered(pretty: false) == #"[{"k":[1,[2]]}]"#)
  }

  @Test func numbersRenderAsValidJSON() {
    #expect(JSONValue.int(-42).rendered() == "-42")
    #expect(JSONValue.double(1).rendered() == "1.0")
    #expect(JSONValue.double(1e-7).rendered() == "1e-07")
    #expect(JSONValue.double(.infinity).rendered() == "null")
    #expect(JSONValue.double(-.infinity).rendered() == "null")
    #expect(JSONValue.double(.nan).rendered() == "null")
  }

  @Test(arguments: [
    ("say \"hi\"", #""say \"hi\"""#),
    ("back\\slash", #""back\\slash""#),
    ("a\nb\tc\rd", #""a\nb\tc\rd""#),
    ("\u{08}\u{0C}", #""\b\f""#),
    ("\u{0}\u{1F}\u{7F}\u{9B}", #""\u0000\u001f\u007f\u009b""#),
    ("\u{1B}[2J", #""\u001b[2J""#),
    ("line\u{2028}para\u{2029}", #""line\u2028para\u2029""#),
    ("rtl\u{202E}", #""rtl\u202e""#),
    ("寿司 e\u{301} 👍 /", "\"寿司 e\u{301} 👍 /\""),
  ])
  func stringsAreEscaped(input: String, expected: String) {
    #expect(JSONValue.string(input).rendered() == expected)
  }

  @Test func escapedStringsDecodeBackToTheOriginal() throws {
    var generator = SeededGenerator(seed: 11)
    let extra = ["\"", "\\", "\u{0}", "\u{1B}", "\u{7F}", "\u{85}", "\u{2028}", "\u{202E}", "\t", "/"]
    for _ in 0..<300 {
      let text = randomText(using: &generator, maximumPieces: 8) + extra.randomElement(using: &generator)!
      let rendered = JSONValue.object([JSONMember(text, .string(text))]).rendered(pretty: false)
      #expect(!TerminalText.containsControlCharacters(rendered), "\(rendered.debugDescription)")
      let decoded = try #require(decodeSingleMemberObject(rendered))
      #expect(decoded.key == text)
      #expect(decoded.value == text)
    }
  }

  @Test func literalsBuildTheMatchingCases() {
    let value: JSONValue = ["b": false, "i": 1, "d": 2.5, "s": "x", "a": [nil]]
    #expect(
      value
        == .object([
          JSONMember("b", .bool(false)), JSONMember("i", .int(1)), JSONMember("d", .double(2.5)),
          JSONMember("s", .string("x")), JSONMember("a", .array([.null])),
        ]))
  }

  /// Decodes `{"key":"value"}` as produced by the compact renderer; nil when malformed.
  private func decodeSingleMemberObject(_ json: String) -> (key: String, value: String)? {
    var scalars = Array(json.unicodeScalars)[...]
    guard scalars.popFirst() == "{", let key = decodeString(&scalars), scalars.popFirst() == ":",
      let value = decodeString(&scalars), scalars.popFirst() == "}", scalars.isEmpty
    else { return nil }
    return (key, value)
  }

  private func decodeString(_ scalars: inout ArraySlice<Unicode.Scalar>) -> String? {
    guard scalars.popFirst() == "\"" else { return nil }
    var result = String.UnicodeScalarView()
    while let scalar = scalars.popFirst() {
      switch scalar {
      case "\"":
        return String(result)
      case "\\":
        guard let escape = scalars.popFirst() else { return nil }
        let simple: [Unicode.Scalar: Unicode.Scalar] = [
          "\"": "\"", "\\": "\\", "/": "/", "b": "\u{08}", "f": "\u{0C}", "n": "\n", "r": "\r", "t": "\t",
        ]
        if let replacement = simple[escape] {
          result.append(replacement)
        } else if escape == "u" {
          let hex = String(String.UnicodeScalarView(scalars.prefix(4)))
          scalars = scalars.dropFirst(4)
          guard hex.count == 4, let value = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(value) else {
            return nil
          }
          result.append(decoded)
        } else {
          return nil
        }
      default:
        if scalar.value < 0x20 { return nil }
        result.append(scalar)
      }
    }
    return nil
  }
}
