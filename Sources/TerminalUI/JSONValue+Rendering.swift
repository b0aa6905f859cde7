extension JSONValue {
  /// Returns the JSON text for this value, pretty-printed with two-space indentation by default.
  ///
  /// Compact output has no whitespace at all. Pretty output puts each array element and object member
  /// on its own line, writes `"key": value`, and renders empty arrays and objects as `[]` and `{}`.
  /// Strings escape `"`, `\`, all control characters (C0, DEL, C1), the bidirectional formatting
  /// characters and U+2028/U+2029, so the text is valid JSON, valid JavaScript and inert in a terminal.
  /// There is no trailing newline.
  public func rendered(pretty: Bool = true) -> String {
    var output = ""
    write(to: &output, pretty: pretty, depth: 0)
    return output
  }

  private func write(to output: inout String, pretty: Bool, depth: Int) {
    switch self {
    case .null:
      output += "null"
    case .bool(let value):
      output += value ? "true" : "false"
    case .int(let value):
      output += String(value)
    case .wideInt(let value):
      output += String(value)
    case .double(let value):
      output += value.isFinite ? String(value) : "null"
    case .string(let value):
      Self.writeString(value, to: &output)
    case .array(let elements):
      Self.writeContainer(
        elements.map { (key: nil, value: $0) }, brackets: ("[", "]"), to: &output, pretty: pretty,
        depth: depth)
    case .object(let members):
      Self.writeContainer(
        members.map { (key: $0.key, value: $0.value) }, brackets: ("{", "}"), to: &output, pretty: pretty,
        depth: depth)
    }
  }

  /// Writes an array (entries without keys) or an object (entries with keys).
  private static func writeContainer(
    _ entries: [(key: String?, value: JSONValue)], brackets: (open: String, close: String),
    to output: inout String, pretty: Bool, depth: Int
  ) {
    output += brackets.open
    guard !entries.isEmpty else {
      output += brackets.close
      return
    }
    let indent = pretty ? "\n" + String(repeating: "  ", count: depth + 1) : ""
    for (index, entry) in entries.enumerated() {
      if index > 0 { output += "," }
      output += indent
      if let key = entry.key {
        writeString(key, to: &output)
        output += pretty ? ": " : ":"
      }
      entry.value.write(to: &output, pretty: pretty, depth: depth + 1)
    }
    if pretty { output += "\n" + String(repeating: "  ", count: depth) }
    output += brackets.close
  }

  private static func writeString(_ string: String, to output: inout String) {
    output += "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{08}": output += "\\b"
      case "\u{0C}": output += "\\f"
      default:
        if needsEscape(scalar) {
          let hex = String(scalar.value, radix: 16, uppercase: false)
          output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    output += "\""
  }

  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00..<0x20, 0x7F...0x9F: true
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    case 0x2028, 0x2029: true
    default: false
    }
  }
}
