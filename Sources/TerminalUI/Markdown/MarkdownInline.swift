/// Inline Markdown: `**strong**`, `*emphasis*`, `` `code` `` and `[links](target)`, styled.
enum MarkdownInline {
  /// `text` with its inline markup turned into styles (or removed, in plain style).
  ///
  /// Control characters are removed first, so content can never send escape sequences. A link to
  /// a lesson, `[title](lesson:ID)`, reads "title (lesson ID)"; another link shows its address.
  static func render(_ text: String, styler: Styler) -> String {
    let characters = Array(TerminalText.sanitized(text))
    var output = ""
    var plain = ""
    var index = 0

    func flush() {
      output += plain
      plain = ""
    }
    func closing(_ marker: [Character], from start: Int) -> Int? {
      var position = start
      while position + marker.count <= characters.count {
        if Array(characters[position..<position + marker.count]) == marker { return position }
        position += 1
      }
      return nil
    }

    while index < characters.count {
      let character = characters[index]
      if character == "`", let end = closing(["`"], from: index + 1), end > index + 1 {
        flush()
        output += styler.paint(String(characters[index + 1..<end]), .code)
        index = end + 1
      } else if character == "*", index + 1 < characters.count, characters[index + 1] == "*",
        let end = closing(["*", "*"], from: index + 2), end > index + 2
      {
        flush()
        output += styler.paint(render(String(characters[index + 2..<end]), styler: .plain), .emphasis)
        index = end + 2
      } else if character == "*", index + 1 < characters.count, characters[index + 1] != " ",
        let end = closing(["*"], from: index + 1), end > index + 1
      {
        flush()
        output += styler.paint(render(String(characters[index + 1..<end]), styler: .plain), .italic)
        index = end + 1
      } else if character == "[", let middle = closing(["]", "("], from: index + 1),
        let end = closing([")"], from: middle + 2)
      {
        flush()
        let label = render(String(characters[index + 1..<middle]), styler: .plain)
        let target = String(characters[middle + 2..<end])
        output += styler.paint(label, .accent)
        if target.hasPrefix("lesson:") {
          output += styler.paint(" (lesson \(target.dropFirst("lesson:".count)))", .dim)
        } else if !target.isEmpty {
          output += styler.paint(" <\(target)>", .dim)
        }
        index = end + 1
      } else {
        plain.append(character)
        index += 1
      }
    }
    flush()
    return output
  }
}
