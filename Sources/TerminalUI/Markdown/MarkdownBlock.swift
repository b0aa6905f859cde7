/// A block of a Markdown document, as far as lessons need: the CommonMark basics.
enum MarkdownBlock: Hashable, Sendable {
  /// `#`, `##` or `###` heading, with its level.
  case heading(level: Int, text: String)
  /// A paragraph: its lines joined with spaces.
  case paragraph(String)
  /// A list item, with its nesting depth (0 for the top level) and its marker (`•` or `3.`).
  case listItem(depth: Int, marker: String, text: String)
  /// A fenced code block, with its info string.
  case code(info: String, lines: [String])
  /// A quotation (`> text`), its lines joined.
  case quote(String)
  /// A table: header cells, then rows.
  case table(header: [String], rows: [[String]])
  /// A thematic break (`---`).
  case rule
}

/// Splits Markdown text into blocks.
enum MarkdownBlockParser {
  static func blocks(_ text: String) -> [MarkdownBlock] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
    }
    var blocks: [MarkdownBlock] = []
    var paragraph: [String] = []
    var index = 0

    func flushParagraph() {
      if !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined(separator: " "))) }
      paragraph = []
    }

    while index < lines.count {
      let line = lines[index]
      let trimmed = line.trimmingLeadingSpaces
      index += 1
      if trimmed.isEmpty {
        flushParagraph()
      } else if trimmed.hasPrefix("```") {
        flushParagraph()
        var code: [String] = []
        while index < lines.count, !lines[index].trimmingLeadingSpaces.hasPrefix("```") {
          code.append(lines[index])
          index += 1
        }
        index += 1  // the closing fence (or the end)
        blocks.append(.code(info: String(trimmed.dropFirst(3)), lines: code))
      } else if let heading = heading(trimmed) {
        flushParagraph()
        blocks.append(heading)
      } else if trimmed == "---" || trimmed == "***" || trimmed == "___" {
        flushParagraph()
        blocks.append(.rule)
      } else if trimmed.hasPrefix(">") {
        flushParagraph()
        var quoted = [String(trimmed.dropFirst()).trimmingLeadingSpaces]
        while index < lines.count, lines[index].trimmingLeadingSpaces.hasPrefix(">") {
          quoted.append(String(lines[index].trimmingLeadingSpaces.dropFirst()).trimmingLeadingSpaces)
          index += 1
        }
        blocks.append(.quote(quoted.joined(separator: " ")))
      } else if trimmed.hasPrefix("|") {
        flushParagraph()
        var rows = [cells(trimmed)]
        while index < lines.count, lines[index].trimmingLeadingSpaces.hasPrefix("|") {
          rows.append(cells(lines[index].trimmingLeadingSpaces))
          index += 1
        }
        let body = rows.dropFirst().filter { row in
          !row.allSatisfy { cell in !cell.isEmpty && cell.allSatisfy { "-: ".contains($0) } }
        }
        blocks.append(.table(header: rows[0], rows: Array(body)))
      } else if let item = listItem(line) {
        flushParagraph()
        var (depth, marker, text) = item
        // Lines indented under an item continue it.
        while index < lines.count, !lines[index].trimmingLeadingSpaces.isEmpty, listItem(lines[index]) == nil,
          lines[index].hasPrefix("  ")
        {
          text += " " + lines[index].trimmingLeadingSpaces
          index += 1
        }
        depth = min(depth, 4)
        blocks.append(.listItem(depth: depth, marker: marker, text: text))
      } else {
        paragraph.append(trimmed)
      }
    }
    flushParagraph()
    return blocks
  }

  private static func heading(_ line: String) -> MarkdownBlock? {
    let hashes = line.prefix { $0 == "#" }.count
    guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
    return .heading(level: hashes, text: String(line.dropFirst(hashes + 1)).trimmingLeadingSpaces)
  }

  private static func listItem(_ line: String) -> (Int, String, String)? {
    let indent = line.prefix { $0 == " " }.count
    let rest = line.dropFirst(indent)
    if let first = rest.first, "-*+".contains(first), rest.dropFirst().first == " " {
      return (indent / 2, "•", String(rest.dropFirst(2)))
    }
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, digits.count <= 3, rest.dropFirst(digits.count).hasPrefix(". ") {
      return (indent / 2, "\(digits).", String(rest.dropFirst(digits.count + 2)))
    }
    return nil
  }

  private static func cells(_ line: String) -> [String] {
    var parts = line.split(separator: "|", omittingEmptySubsequences: false).map {
      String($0).trimmingLeadingSpaces
    }
    if parts.first == "" { parts.removeFirst() }
    if parts.last == "" { parts.removeLast() }
    return parts.map { $0.trimmingTrailingSpaces }
  }
}

extension String {
  /// The string without leading spaces and tabs.
  var trimmingLeadingSpaces: String { String(drop { $0 == " " || $0 == "\t" }) }
  /// The string without trailing spaces and tabs.
  var trimmingTrailingSpaces: String {
    var text = Substring(self)
    while let last = text.last, last == " " || last == "\t" { text.removeLast() }
    return String(text)
  }
}
