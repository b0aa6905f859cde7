/// Splits one line of the command language into words.
///
/// Words are separated by spaces or tabs. Single or double quotes group a word with spaces
/// (`write us note="extra cheese"`); inside double quotes a backslash escapes the next
/// character. `#` outside quotes starts a comment that runs to the end of the line.
package enum LineLexer {
  /// The words of a line, or an error for an unterminated quote.
  package static func words(of line: String) throws(ShellError) -> [String] {
    var words: [String] = []
    var current = ""
    var inWord = false
    var quote: Character?
    var escaping = false
    for character in line {
      if let open = quote {
        if escaping {
          current.append(character)
          escaping = false
        } else if character == "\\" && open == "\"" {
          escaping = true
        } else if character == open {
          quote = nil
        } else {
          current.append(character)
        }
        continue
      }
      switch character {
      case " ", "\t":
        if inWord {
          words.append(current)
          current = ""
          inWord = false
        }
      case "#":
        if inWord {
          current.append(character)
        } else {
          return words
        }
      case "\"", "'":
        quote = character
        inWord = true
      default:
        current.append(character)
        inWord = true
      }
    }
    if quote != nil {
      throw ShellError(
        "This line has an opening quote without its closing quote.",
        hint: "Close the quote, for example: write us note=\"extra cheese\"")
    }
    if inWord { words.append(current) }
    return words
  }
}
