/// Builds a standalone SVG document line by line, escaping every text.
struct SVGWriter {
  private var lines: [String]

  /// Starts a document of the given size (in pixels) with a white background and a title.
  init(width: Int, height: Int, title: String) {
    lines = [
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\" font-size=\"12\">",
      "<title>\(MarkupText.xml(title))</title>",
      "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>",
    ]
  }

  /// Adds raw markup (the caller escapes any text in it).
  mutating func add(_ markup: String) { lines.append(markup) }

  /// Adds a `<text>` element; `text` is escaped.
  mutating func text(_ text: String, x: Int, y: Int, attributes: String) {
    lines.append("<text x=\"\(x)\" y=\"\(y)\" \(attributes)>\(MarkupText.xml(text))</text>")
  }

  /// Closes the document and returns it.
  func finish() -> String { (lines + ["</svg>"]).joined(separator: "\n") + "\n" }
}
