/// The small header at the top of a lesson or scenario file, between two `---` lines.
///
/// ```
/// ---
/// id: why-multi-leader
/// title: Why more than one leader?
/// order: 1
/// requires: single-leader
/// ---
/// ```
/// Each line is `key: value`. The header is deliberately not YAML: there is nothing to quote or
/// indent, so a non-programmer cannot get it subtly wrong, and loading needs no Foundation.
struct FrontMatter {
  /// The values by key, with the line each was on.
  private(set) var fields: [String: (value: String, line: Int)] = [:]
  /// The lines after the closing `---`, with their 1-based line numbers.
  private(set) var body: [(text: String, line: Int)] = []

  /// Splits `text` into a header and a body, reporting header problems against `file`.
  init(_ text: String, file: String, allowedKeys: Set<String>, problems: inout [ContentProblem]) {
    // Split on UTF-8 newline bytes: much faster than splitting on Characters, and every file of
    // the course passes through here when the content loads.
    let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
      let bytes = line.last == UInt8(ascii: "\r") ? line.dropLast() : line[...]
      return String(decoding: bytes, as: UTF8.self)
    }
    guard lines.first == "---" else {
      problems.append(
        ContentProblem(
          file: file, line: 1,
          message: "the file must start with a header: a line `---`, then `key: value` lines, then `---`"))
      body = lines.enumerated().map { ($0.element, $0.offset + 1) }
      return
    }
    var index = 1
    var closed = false
    while index < lines.count {
      let line = lines[index]
      index += 1
      if line == "---" {
        closed = true
        break
      }
      if line.trimmingSpaces.isEmpty || line.hasPrefix("#") { continue }
      guard let colon = line.firstIndex(of: ":") else {
        problems.append(
          ContentProblem(
            file: file, line: index, message: "a header line must be `key: value`, not `\(line)`"))
        continue
      }
      let key = String(line[..<colon]).trimmingSpaces.lowercased()
      let value = String(line[line.index(after: colon)...]).trimmingSpaces
      if !allowedKeys.contains(key) {
        let known = allowedKeys.sorted().joined(separator: ", ")
        problems.append(
          ContentProblem(
            file: file, line: index, message: "unknown header key `\(key)`; the keys are: \(known)"))
      } else if fields[key] != nil {
        problems.append(
          ContentProblem(file: file, line: index, message: "`\(key)` is set twice in the header"))
      } else {
        fields[key] = (value, index)
      }
    }
    if !closed {
      problems.append(
        ContentProblem(
          file: file, line: lines.count, message: "the header is not closed: add a line `---` after it"))
    }
    body = (index..<lines.count).map { (lines[$0], $0 + 1) }
  }

  /// A required text value; reports it when missing or empty.
  func required(_ key: String, file: String, problems: inout [ContentProblem]) -> String {
    guard let field = fields[key] else {
      problems.append(ContentProblem(file: file, line: 1, message: "the header needs `\(key): …`"))
      return ""
    }
    guard !field.value.isEmpty else {
      problems.append(
        ContentProblem(file: file, line: field.line, message: "`\(key)` is empty; give it a value"))
      return ""
    }
    return field.value
  }

  /// A required positive whole number; reports it when missing or malformed.
  func order(file: String, problems: inout [ContentProblem]) -> Int {
    guard let field = fields["order"] else {
      problems.append(
        ContentProblem(
          file: file, line: 1, message: "the header needs `order: N` (a whole number that sorts it)"))
      return Int.max
    }
    guard let value = Int(field.value), value >= 0, value < 100_000 else {
      problems.append(
        ContentProblem(
          file: file, line: field.line,
          message: "`order` must be a whole number from 0 to 99999, not `\(field.value)`"))
      return Int.max
    }
    return value
  }

  /// A comma-separated list (empty when the key is absent).
  func list(_ key: String) -> [String] {
    guard let field = fields[key] else { return [] }
    return field.value.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
  }

  /// The line a key was on (1 when absent).
  func line(of key: String) -> Int { fields[key]?.line ?? 1 }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  var trimmingSpaces: String {
    var text = Substring(self)
    while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
    while let last = text.last, last == " " || last == "\t" { text.removeLast() }
    return String(text)
  }
}
