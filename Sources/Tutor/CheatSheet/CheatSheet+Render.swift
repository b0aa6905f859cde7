import TerminalUI

extension CheatSheet {
  /// The sheet as Markdown.
  package func markdown() -> String {
    var lines = ["# Multi-leader replication: the day before the interview", ""]
    if let phrase {
      lines.append("**\(phrase)** (\(letters.map(\.letter).joined(separator: "-")))")
      lines.append("")
      lines += letters.map { "- **\($0.letter): \($0.word)**: \($0.meaning)" }
      lines.append("")
    }
    lines += weakLines().map { $0 }
    for entry in entries {
      lines.append("## \(entry.title)")
      lines.append("")
      if let fact = entry.fact { lines.append(fact) }
      if !entry.points.isEmpty {
        if entry.fact != nil { lines.append("") }
        lines += entry.points.map { "- \($0)" }
      }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  private func weakLines() -> [String] {
    guard !weakest.isEmpty else {
      return ["**Your weakest topics:** none yet (review and quiz tell which they are).", ""]
    }
    let topics = weakest.map { weak in
      "\(weak.topic) (\(weak.recall) recall\(weak.lesson.map { "; lesson \($0)" } ?? ""))"
    }
    return ["**Your weakest topics:** " + topics.joined(separator: ", ") + ".", ""]
  }

  /// The sheet as one self-contained HTML page: inline CSS, no scripts, nothing fetched.
  package func html() -> String {
    var body: [String] = []
    body.append("<h1>Multi-leader replication: the day before the interview</h1>")
    body.append("<div class=\"top\">")
    if let phrase {
      body.append(
        "<div class=\"mnemonic\"><b>\(Self.escape(phrase))</b> "
          + "(\(Self.escape(letters.map(\.letter).joined(separator: "-"))))<ul>")
      body += letters.map {
        "<li><b>\(Self.escape($0.letter)): \(Self.escape($0.word))</b>: \(Self.inline($0.meaning))</li>"
      }
      body.append("</ul></div>")
    }
    body.append("<div class=\"weak\">" + Self.inline(weakLines()[0]) + "</div>")
    body.append("</div><div class=\"cols\">")
    for entry in entries {
      var section = "<section><h2>\(Self.escape(entry.title))</h2>"
      if let fact = entry.fact { section += "<p>\(Self.inline(fact))</p>" }
      if !entry.points.isEmpty {
        section += "<ul>" + entry.points.map { "<li>\(Self.inline($0))</li>" }.joined() + "</ul>"
      }
      body.append(section + "</section>")
    }
    body.append("</div>")
    return """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8">
      <title>Multi-leader replication: cheat sheet</title>
      <style>
      @page { size: A4 landscape; margin: 8mm; }
      body { font: 7.1pt/1.2 -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #111; margin: 0; padding: 6px 10px; }
      h1 { font-size: 11.5pt; margin: 0 0 3px; }
      h2 { font-size: 8.2pt; margin: 0; color: #124; }
      .top { display: grid; grid-template-columns: 3fr 1fr; gap: 12px; margin-bottom: 4px; border-bottom: 1px solid #999; padding-bottom: 3px; }
      .mnemonic ul { margin: 1px 0 0; padding-left: 12px; columns: 2; column-gap: 16px; }
      .weak { background: #fff4d6; padding: 3px 6px; border-radius: 3px; }
      .cols { columns: 5; column-gap: 10px; column-rule: 1px solid #ddd; }
      section { break-inside: avoid; margin-bottom: 3px; }
      p { margin: 0; }
      ul { margin: 0; padding-left: 12px; }
      code { font-family: "DejaVu Sans Mono", monospace; font-size: 92%; }
      </style></head>
      <body>
      \(body.joined(separator: "\n"))
      </body></html>

      """
  }

  /// `text` with HTML's special characters escaped (XML's escaping, which HTML reads alike).
  static func escape(_ text: String) -> String { MarkupText.xml(text) }

  /// Escaped `text` with Markdown's `**bold**` and `` `code` `` kept, `*` emphasis dropped and
  /// links reduced to their text.
  static func inline(_ text: String) -> String {
    var plain = text
    // [text](target) -> text
    while let open = plain.firstRange(of: "]("), let start = plain[..<open.lowerBound].lastIndex(of: "["),
      let close = plain[open.upperBound...].firstIndex(of: ")")
    {
      let label = plain[plain.index(after: start)..<open.lowerBound]
      plain.replaceSubrange(start...close, with: label)
    }
    var html = ""
    var bold = false
    var code = false
    var index = plain.startIndex
    while index < plain.endIndex {
      let character = plain[index]
      let next = plain.index(after: index)
      if character == "`" {
        html += code ? "</code>" : "<code>"
        code.toggle()
      } else if !code && character == "*" && next < plain.endIndex && plain[next] == "*" {
        html += bold ? "</b>" : "<b>"
        bold.toggle()
        index = plain.index(after: next)
        continue
      } else if !code && character == "*" {
        // Single-star emphasis: dropped.
      } else {
        html += escape(String(character))
      }
      index = next
    }
    if code { html += "</code>" }
    if bold { html += "</b>" }
    return html
  }
}
