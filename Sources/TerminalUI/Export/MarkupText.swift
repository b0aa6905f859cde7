/// Escaping for the text formats pictures are exported to.
package enum MarkupText {
  /// Text safe inside XML character data and attribute values.
  package static func xml(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      default:
        // XML 1.0 allows no C0 controls except tab and newline; callers sanitise, this is a backstop.
        if let ascii = character.asciiValue, ascii < 0x20 { result += " " } else { result.append(character) }
      }
    }
    return result
  }

  /// Text safe inside a Graphviz DOT double-quoted string; a newline becomes DOT's `\n` line break.
  static func dot(_ text: String) -> String {
    text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"").replacing("\n", with: "\\n")
  }

  /// Text safe in a Mermaid message or note (entity codes for the characters Mermaid reads).
  static func mermaid(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "#": result += "#35;"
      case ";": result += "#59;"
      case "<": result += "#lt;"
      case ">": result += "#gt;"
      case "\n", "\r": result += " "
      default: result.append(character)
      }
    }
    return result
  }

  /// The region colours pictures use in exported files (the terminal palette's hues).
  static let palette = ["#0e7c86", "#a3319f", "#a66f00", "#2a8a3e", "#2f5fd0", "#c8402e"]

  /// The colour of a region index (cycling).
  static func colour(_ index: Int) -> String {
    palette[((index % palette.count) + palette.count) % palette.count]
  }
}
