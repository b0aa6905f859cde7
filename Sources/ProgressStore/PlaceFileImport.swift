import Course
import Foundation

/// Reads the `place` text file that earlier versions kept next to the shell history.
public enum PlaceFileImport {
  /// The place in the file's text (`lesson: …`, `scenario: …`, `step: N`, `read: a,b`).
  public static func place(fromText text: String) -> CoursePlace {
    var place = CoursePlace()
    for line in text.split(separator: "\n") {
      guard let colon = line.firstIndex(of: ":") else { continue }
      let key = line[..<colon]
      let value = line[line.index(after: colon)...].filter { $0 != " " && $0 != "\r" }
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

  /// The place saved in the file at `path`, or `nil` when there is no readable regular file (a
  /// named pipe is never opened: reading it would wait for a writer).
  public static func place(atPath path: String) -> CoursePlace? {
    guard FileKind.of(path) == .regular, let data = FileManager.default.contents(atPath: path) else {
      return nil
    }
    return place(fromText: String(decoding: data, as: UTF8.self))
  }
}
