import Foundation

/// A fresh folder under the temporary directory, removed by ``remove()``.
struct TemporaryFolder {
  /// The folder's path.
  let path: String

  init() throws {
    path = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// The path of `name` inside the folder.
  func file(_ name: String) -> String { path + "/" + name }

  /// Deletes the folder and everything in it.
  func remove() {
    _ = try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path)
    try? FileManager.default.removeItem(atPath: path)
  }

  /// The permission bits of `path`.
  static func mode(_ path: String) throws -> Int {
    (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
  }
}
