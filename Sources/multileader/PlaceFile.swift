import Course
import Glibc
import Shell

/// Remembers the learner's place in the course between runs, in `place` next to the history file.
///
/// A small `key: value` text file, written whole to a temporary file and renamed, so a crash
/// cannot leave half of it. The progress store of a later version replaces it.
enum PlaceFile {
  /// The file's path: the history file's folder, `place`.
  static func path(historyPath: String) -> String {
    guard let slash = historyPath.lastIndex(of: "/") else { return "place" }
    return String(historyPath[...slash]) + "place"
  }

  /// The saved place, or the start when there is none or it cannot be read.
  static func load(_ path: String) -> CoursePlace {
    guard let handle = fopen(path, "r") else { return CoursePlace() }
    defer { fclose(handle) }
    var place = CoursePlace()
    var buffer = [CChar](repeating: 0, count: 4_096)
    while fgets(&buffer, Int32(buffer.count), handle) != nil {
      let line = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      guard let colon = line.firstIndex(of: ":") else { continue }
      let key = line[..<colon]
      let value = line[line.index(after: colon)...].filter { $0 != "\n" && $0 != " " }
      switch key {
      case "lesson": place.lesson = value.isEmpty ? nil : value
      case "scenario": place.scenario = value.isEmpty ? nil : value
      case "step": place.step = max(0, Int(value) ?? 0)
      case "read": place.lessonsRead = Set(value.split(separator: ",").map(String.init))
      default: continue
      }
    }
    return place
  }

  /// Saves `place`; returns false when it could not be written.
  @discardableResult
  static func save(_ place: CoursePlace, to path: String) -> Bool {
    let text = """
      lesson: \(place.lesson ?? "")
      scenario: \(place.scenario ?? "")
      step: \(place.step)
      read: \(place.lessonsRead.sorted().joined(separator: ","))

      """
    let temporary = path + ".new"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return false }
    let bytes = Array(text.utf8)
    let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    let closed = close(descriptor) == 0
    guard written == bytes.count, closed else {
      unlink(temporary)
      return false
    }
    return rename(temporary, path) == 0
  }
}
