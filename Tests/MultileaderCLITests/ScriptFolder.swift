import Foundation

/// A temporary folder of script files for one test; removed when the value is discarded.
final class ScriptFolder {
  /// The folder's location.
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "multileader-scripts-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// Writes `contents` to `name` and returns the file's path.
  @discardableResult
  func write(_ name: String, _ contents: String) throws -> String {
    try write(name, bytes: Data(contents.utf8))
  }

  /// Writes raw bytes to `name` and returns the file's path.
  @discardableResult
  func write(_ name: String, bytes: Data) throws -> String {
    let file = url.appendingPathComponent(name)
    try bytes.write(to: file)
    return file.path
  }
}

/// Bytes for a line of `count` copies of `x`, without a newline.
func longLine(_ count: Int) -> String { String(repeating: "x", count: count) }
