import BenchmarkSupport
import Glibc

/// A private folder under /tmp for the benchmark's HOME, history and script; removed at the end.
struct TemporaryFolder {
  /// The folder's absolute path.
  let path: String

  /// Creates the folder.
  ///
  /// - Throws: ``BenchmarkFailure`` when `mkdtemp` fails.
  init() throws {
    var template = Array("/tmp/multileader-bench-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else {
      throw BenchmarkFailure("cannot create a folder in /tmp: \(String(cString: strerror(errno)))")
    }
    path = String(cString: made)
  }

  /// Writes `text` to a file in the folder and returns its path.
  ///
  /// - Throws: ``BenchmarkFailure`` when the file cannot be written.
  func write(_ name: String, _ text: String) throws -> String {
    let file = "\(path)/\(name)"
    guard let handle = fopen(file, "w") else { throw BenchmarkFailure("cannot write \(file)") }
    defer { fclose(handle) }
    guard fputs(text, handle) >= 0 else { throw BenchmarkFailure("cannot write \(file)") }
    return file
  }

  /// Removes the folder and everything in it.
  func remove() {
    // The folder holds at most a script and a history folder; `rm -rf` through posix_spawn would add a
    // dependency on a shell, so remove the known files and folders directly.
    for file in ["\(path)/script.ml", "\(path)/state/multileader/history"] { unlink(file) }
    for folder in ["\(path)/state/multileader", "\(path)/state", path] { rmdir(folder) }
  }
}
