import ReplicationModel
import Shell
import Testing
import Tutor
import Workbench

/// Nothing a user types crashes or hangs the shell, and nothing it prints can drive the terminal.
@Suite struct HostileInputTests {
  private func session() -> ShellSession { ShellSession(options: SessionOptions(style: .plain, width: 80)) }

  /// Whether text is safe to print: no ESC and no C0 control, C1 control or bidi override except
  /// newline.
  private func isInert(_ text: String) -> Bool {
    !text.unicodeScalars.contains { scalar in
      let value = scalar.value
      return (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value)
        || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }
  }

  private func checkRefused(
    _ line: String, mentioning fragment: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    var session = session()
    let outcome = session.execute(line)
    #expect(outcome.failed, sourceLocation: sourceLocation)
    #expect(outcome.output.isEmpty, sourceLocation: sourceLocation)
    #expect(isInert(outcome.error ?? ""), "\(outcome.error ?? "")", sourceLocation: sourceLocation)
    #expect(
      outcome.error?.contains(fragment) == true, "\(outcome.error ?? "")", sourceLocation: sourceLocation)
    #expect(isInert(session.execute("history").output), sourceLocation: sourceLocation)
  }

  @Test func veryLongLinesAreRefused() {
    checkRefused(String(repeating: "a", count: 10_240), mentioning: "10240 bytes long; the limit is 4096")
    checkRefused("write us k=" + String(repeating: "x", count: 10_000), mentioning: "the limit is 4096")
    checkRefused(
      "write us k=\u{1B}[2J" + String(repeating: "x", count: 10_000), mentioning: "the limit is 4096")
  }

  @Test func longButAcceptedValuesAreRefusedByTheModel() {
    var session = session()
    let outcome = session.execute("write us topping=" + String(repeating: "x", count: 300))
    #expect(outcome.error == "The value is 300 bytes long; the limit is 256.")
  }

  @Test func controlCharactersAreRefusedAndShownEscaped() {
    checkRefused("write us topping=pep\u{0}peroni", mentioning: #"pep\u{00}peroni"#)
    checkRefused("write us topping=\u{7}", mentioning: #"topping=\u{07}"#)
    checkRefused("write us \u{1B}[2J=x", mentioning: #"\e[2J"#)
    checkRefused("\u{1B}]0;owned\u{7}", mentioning: #"\e]0;owned\u{07}"#)
    checkRefused("write us topping=\u{9B}31m", mentioning: #"\u{9B}31m"#)
    checkRefused("write us topping=\rmushroom", mentioning: #"\rmushroom"#)
    checkRefused("write us topping=a\u{7F}", mentioning: #"\u{7F}"#)
  }

  @Test func bidiOverridesAreRefused() {
    checkRefused("write us topping=\u{202E}inoreppep", mentioning: #"\u{202E}inoreppep"#)
    checkRefused("write us \u{2066}key\u{2069}=x", mentioning: #"\u{2066}key\u{2069}"#)
  }

  @Test func aRealReplacementCharacterIsAnOrdinaryCharacter() {
    // Invalid UTF-8 is refused where bytes are decoded (the executable's line reader,
    // MultileaderCLITests); a U+FFFD that reaches the session was typed on purpose.
    var session = session()
    #expect(!session.execute("write us sign=\u{FFFD}").failed)
    #expect(!session.execute("run").failed)
    #expect(session.execute("read asia sign").output.hasPrefix("asia sign = \u{FFFD}"))
    #expect(!session.execute("write us \u{FFFD}=unknown").failed)
  }

  @Test func invisibleFormatCharactersAreRefusedByName() {
    checkRefused(
      "write us k\u{200B}ey=x", mentioning: "key has an invisible character, U+200B ZERO WIDTH SPACE")
    checkRefused(
      "write us key=pepper\u{AD}oni", mentioning: "value has an invisible character, U+00AD SOFT HYPHEN")
    checkRefused("write us \u{FEFF}key=x", mentioning: "U+FEFF ZERO WIDTH NO-BREAK SPACE")
    checkRefused("write us k\u{200D}=x", mentioning: "U+200D ZERO WIDTH JOINER")
    checkRefused("write us k\u{200C}=x", mentioning: "U+200C ZERO WIDTH NON-JOINER")
    checkRefused("write us key=x\u{E0041}", mentioning: "U+E0041 TAG LATIN CAPITAL LETTER A")
    checkRefused("read us\u{2060} key", mentioning: "U+2060 WORD JOINER")
    checkRefused("add us toppings ol\u{2063}ive", mentioning: "U+2063 INVISIBLE SEPARATOR")
    checkRefused("write us \"k\u{180E}\"=x", mentioning: "U+180E MONGOLIAN VOWEL SEPARATOR")
  }

  @Test func emojiJoinedIntoOnePictureAreNotInvisible() {
    // A zero width joiner between two emoji makes one picture (Unicode TS #51, emoji ZWJ
    // sequences): it changes what is shown, so it is kept.
    var session = session()
    #expect(!session.execute("write us 👩‍🍳=mario").failed)
    #expect(session.execute("read us 👩‍🍳").output.hasPrefix("us 👩‍🍳 = mario"))
  }

  @Test func blankLinesAndCommentsDoNothing() {
    for line in ["", " ", String(repeating: " ", count: 4_000), "\t \t", "#", "  # comment \u{1}"] {
      var session = session()
      let outcome = session.execute(line)
      if line.contains("\u{1}") {
        #expect(outcome.failed)
      } else {
        #expect(outcome == CommandOutcome(), "\(line.debugDescription)")
      }
    }
  }

  @Test func printableUnicodeIsKeptAndShownAsItIs() {
    var session = session()
    #expect(!session.execute("write us 🍕=pepperoni,mushroom").failed)
    #expect(!session.execute("run").failed)
    #expect(session.execute("read asia 🍕").output.hasPrefix("asia 🍕 = pepperoni,mushroom"))
    #expect(!session.execute("write us tag=日本語").failed)
    #expect(session.execute("state tag").output.contains("日本語"))
  }

  @Test func unknownCommandsAreNotEchoedRaw() {
    var session = session()
    let outcome = session.execute("\u{1B}[31mwrite")
    #expect(outcome.failed)
    #expect(isInert(outcome.error ?? ""))
  }

  @Test func aLostNetworkDoesNotHang() {
    var session = session()
    for line in [
      "network loss 1 duplicate 1 jitter 24h reorder on", "write us topping=x", "write asia topping=y",
    ] {
      #expect(!session.execute(line).failed, "\(line)")
    }
    let outcome = session.execute("run")
    #expect(!outcome.failed)
    #expect(outcome.output.contains("Nothing is pending."))
  }

  @Test func tenThousandRandomLinesNeitherCrashNorEscape() {
    var generator = SplitMix64(seed: 20_240_601)
    var session = session()
    let names = [
      "write", "read", "run", "step", "cluster", "policy", "network", "clock", "partition", "resolve",
    ]
    var failures = 0
    for index in 0..<10_000 {
      let length = Int(generator.next() % 64)
      var bytes: [UInt8] = []
      if index.isMultiple(of: 2) {
        bytes += Array((names[Int(generator.next() % UInt64(names.count))] + " ").utf8)
      }
      for _ in 0..<length {
        // Mostly printable ASCII, with raw bytes, controls and quotes mixed in.
        let roll = generator.next() % 10
        bytes.append(
          roll < 6
            ? UInt8(0x20 + generator.next() % 0x5F)
            : roll < 8 ? UInt8(generator.next() % 0x20) : UInt8(truncatingIfNeeded: generator.next()))
      }
      let line = String(decoding: bytes, as: UTF8.self)
      let outcome = session.execute(line)
      #expect(isInert(outcome.output), "output of \(line.debugDescription)")
      if let error = outcome.error {
        failures += 1
        #expect(!error.trimmingCharacters(in: " \n").isEmpty, "\(line.debugDescription)")
        #expect(isInert(error), "error of \(line.debugDescription)")
      }
      if outcome.shouldQuit { session = self.session() }
    }
    #expect(failures > 5_000)
    #expect(isInert(session.execute("history").output))
    #expect(isInert(session.execute("trace").output))
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: String) -> String {
    var text = Substring(self)
    while let first = text.first, set.contains(first) { text.removeFirst() }
    while let last = text.last, set.contains(last) { text.removeLast() }
    return String(text)
  }
}
