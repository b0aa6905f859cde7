/// A piece of terminal text: either an escape sequence or one grapheme cluster with its width.
enum TextSegment: Equatable {
  /// An escape sequence (CSI, OSC or a two-character escape); it takes no columns.
  case escape(String)
  /// One grapheme cluster and the number of columns it occupies.
  case grapheme(Character, width: Int)

  /// The number of columns this segment occupies.
  var width: Int {
    switch self {
    case .escape: 0
    case .grapheme(_, let width): width
    }
  }

  /// Whether this segment is a plain space, the only character lines are broken at.
  var isSpace: Bool {
    if case .grapheme(" ", _) = self { return true }
    return false
  }

  /// The text of this segment.
  var text: String {
    switch self {
    case .escape(let sequence): sequence
    case .grapheme(let character, _): String(character)
    }
  }

  /// Splits `text` into escape sequences and grapheme clusters.
  ///
  /// Recognised escapes: CSI (`ESC [` parameters, intermediates, final byte), OSC (`ESC ]` up to BEL or
  /// `ESC \`) and two-character escapes. A malformed sequence ends where it stops being well formed.
  static func split(_ text: String) -> [TextSegment] {
    var segments: [TextSegment] = []
    var characters = text.makeIterator()
    var lookahead: Character? = characters.next()
    while let character = lookahead {
      lookahead = characters.next()
      guard character == "\u{1B}" else {
        segments.append(.grapheme(character, width: TerminalText.width(of: character)))
        continue
      }
      var sequence = String(character)
      guard let introducer = lookahead, let byte = introducer.asciiValue, byte >= 0x20, byte < 0x7F else {
        segments.append(.escape(sequence))
        continue
      }
      sequence.append(introducer)
      lookahead = characters.next()
      switch introducer {
      case "[":
        // Parameter and intermediate bytes, then one final byte.
        while let next = lookahead, let byte = next.asciiValue, (0x20...0x3F).contains(byte) {
          sequence.append(next)
          lookahead = characters.next()
        }
        if let next = lookahead, let byte = next.asciiValue, (0x40...0x7E).contains(byte) {
          sequence.append(next)
          lookahead = characters.next()
        }
      case "]":
        // Operating system command: runs to BEL or to the string terminator ESC \.
        while let next = lookahead {
          sequence.append(next)
          lookahead = characters.next()
          if next == "\u{07}" { break }
          if next == "\u{1B}", lookahead == "\\" {
            sequence.append("\\")
            lookahead = characters.next()
            break
          }
        }
      default:
        break
      }
      segments.append(.escape(sequence))
    }
    return segments
  }
}

/// Tracks which SGR (colour) sequences are in force, so that a cut line can be closed and reopened.
struct SGRState {
  /// The SGR sequences applied since the last reset, in order.
  private(set) var active: [String] = []

  /// Whether any attribute is currently on.
  var isStyled: Bool { !active.isEmpty }

  /// The sequence that reapplies the current attributes on a fresh line.
  var reopening: String { active.joined() }

  /// Updates the state for an escape sequence that was just emitted.
  mutating func apply(_ sequence: String) {
    guard sequence.hasPrefix("\u{1B}["), sequence.hasSuffix("m") else { return }
    let parameters = sequence.dropFirst(2).dropLast()
    let first = parameters.split(separator: ";", omittingEmptySubsequences: false).first ?? ""
    if first.isEmpty || first.allSatisfy({ $0 == "0" }) {
      active.removeAll()
      let rest = parameters.drop(while: { $0 != ";" }).dropFirst()
      if rest.contains(where: { $0 != "0" && $0 != ";" }) {
        active.append("\u{1B}[" + rest + "m")
      }
    } else {
      active.append(sequence)
    }
  }
}
