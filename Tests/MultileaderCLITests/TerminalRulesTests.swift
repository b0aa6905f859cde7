import Foundation
import Testing

@testable import multileader

/// The executable's pure rules: colour, width, the history path, and splitting bytes into lines.
@Suite("terminal rules and line splitting")
struct TerminalRulesTests {
  @Test(
    "colour needs a terminal, and NO_COLOR (non-empty), TERM=dumb or --no-color turn it off",
    arguments: [
      (true, nil, "xterm-256color", false, true),
      (false, nil, "xterm-256color", false, false),
      (true, "1", "xterm", false, false),
      (true, "", "xterm", false, true),
      (true, nil, "dumb", false, false),
      (true, nil, nil, false, true),
      (true, nil, "xterm", true, false),
    ] as [(Bool, String?, String?, Bool, Bool)]
  )
  func color(tty: Bool, noColor: String?, term: String?, flag: Bool, expected: Bool) {
    #expect(
      Terminal.colorEnabled(stdoutIsTerminal: tty, noColorVariable: noColor, term: term, noColorFlag: flag)
        == expected
    )
  }

  @Test(
    "width: the override, else a positive numeric COLUMNS, else the window, else 80; at most 1000",
    arguments: [
      (100, "120", 90, 100),
      (nil, "120", 90, 120),
      (nil, "wide", 90, 90),
      (nil, "0", 90, 90),
      (nil, "-5", nil, 80),
      (nil, nil, 90, 90),
      (nil, nil, nil, 80),
      (nil, "1000000000000", 90, 1000),
      (nil, "1001", 90, 1000),
      (nil, "1000", 90, 1000),
      (nil, nil, 5000, 1000),
      (1, nil, 5000, 1),
    ] as [(Int?, String?, Int?, Int)]
  )
  func width(override: Int?, columns: String?, window: Int?, expected: Int) {
    #expect(Terminal.width(override: override, columnsVariable: columns, windowColumns: window) == expected)
  }

  @Test("the history file follows XDG_STATE_HOME, falls back to HOME, and needs one of them")
  func historyPath() {
    #expect(HistoryFile.path(xdgStateHome: "/s", home: "/h") == .success("/s/multileader/history"))
    #expect(
      HistoryFile.path(xdgStateHome: nil, home: "/h") == .success("/h/.local/state/multileader/history"))
    #expect(HistoryFile.path(xdgStateHome: "", home: "/h") == .success("/h/.local/state/multileader/history"))
    #expect(
      HistoryFile.path(xdgStateHome: "relative", home: "/h")
        == .success("/h/.local/state/multileader/history")
    )
    #expect(HistoryFile.path(xdgStateHome: nil, home: nil) == .failure(HistoryUnavailable("HOME is not set")))
    #expect(HistoryFile.path(xdgStateHome: nil, home: "") == .failure(HistoryUnavailable("HOME is not set")))
  }

  @Test("lines split on \\n and \\r\\n; the last needs no newline; long lines are skipped, not kept")
  func splitting() throws {
    let input = Data("a\r\nb\n\n".utf8) + Data(repeating: 0x78, count: 20) + Data("\nc\0d\nlast".utf8)
    let lines = try readAll(input, limit: 10, chunkSize: 4)
    #expect(
      lines == [
        .bytes(Array("a".utf8)), .bytes(Array("b".utf8)), .bytes([]), .tooLong(byteCount: 20),
        .bytes(Array("c\0d".utf8)), .bytes(Array("last".utf8)),
      ]
    )
  }

  @Test("the limit is inclusive, and a \\r before the newline does not count against it")
  func limitEdges() throws {
    let ten = String(repeating: "y", count: 10)
    let input = Data("\(ten)\n\(ten)\r\n\(ten)z\n\(ten)z\r\n".utf8)
    let lines = try readAll(input, limit: 10, chunkSize: 3)
    #expect(
      lines == [
        .bytes(Array(ten.utf8)), .bytes(Array(ten.utf8)), .tooLong(byteCount: 11), .tooLong(byteCount: 11),
      ]
    )
  }

  @Test("empty input has no lines; a lone newline is one empty line")
  func emptyInput() throws {
    #expect(try readAll(Data(), limit: 10, chunkSize: 4).isEmpty)
    #expect(try readAll(Data("\n".utf8), limit: 10, chunkSize: 4) == [.bytes([])])
  }

  /// Feeds `input` through a pipe and collects every line the reader returns.
  private func readAll(_ input: Data, limit: Int, chunkSize: Int) throws -> [RawLine] {
    let pipe = Pipe()
    try pipe.fileHandleForWriting.write(contentsOf: input)
    try pipe.fileHandleForWriting.close()
    var reader = ByteLineReader(
      descriptor: pipe.fileHandleForReading.fileDescriptor, limit: limit, chunkSize: chunkSize)
    var lines: [RawLine] = []
    while let line = reader.next() { lines.append(line) }
    return lines
  }
}

@Suite struct PictureCharsetRuleTests {
  @Test(
    "pictures: the first non-empty of LC_ALL, LC_CTYPE, LANG decides; only UTF-8 gets Unicode",
    arguments: [
      (nil, nil, nil, true), ("C", nil, "en_US.UTF-8", false), ("", nil, "en_US.UTF-8", true),
      (nil, "POSIX", nil, false), (nil, nil, "de_DE.utf8", true), (nil, nil, "en_US.ISO-8859-1", false),
      ("C.UTF-8", nil, nil, true),
    ] as [(String?, String?, String?, Bool)]
  )
  func charset(all: String?, ctype: String?, lang: String?, unicode: Bool) {
    let charset = Terminal.pictureCharset(localeAll: all, localeCharacterType: ctype, language: lang)
    #expect(charset == (unicode ? .unicode : .ascii))
  }
}
