import Course
import Glibc

/// Reads a content folder from disk (`--content DIR`, `content check DIR`).
enum ContentFolder {
  /// The largest content file read, in bytes; larger ones are reported, not loaded.
  static let fileLimit = 1_048_576
  /// The most files read from one folder.
  static let fileCountLimit = 5_000

  /// Every regular, non-hidden file under `folder`, with paths relative to it, or why not.
  static func read(_ folder: String) -> Result<[ContentFile], ContentFolderError> {
    var directoryStatus = stat()
    guard stat(folder, &directoryStatus) == 0 else {
      return .failure(
        ContentFolderError("\(folder): \(String(cString: strerror(errno))); name an existing folder"))
    }
    guard directoryStatus.st_mode & S_IFMT == S_IFDIR else {
      return .failure(
        ContentFolderError("\(folder) is not a folder; name the folder that holds lessons/ and scenarios/"))
    }
    var files: [ContentFile] = []
    var problems: [String] = []
    walk(folder, relative: "", into: &files, problems: &problems, depth: 0)
    if let first = problems.first { return .failure(ContentFolderError(first)) }
    return .success(files.sorted { $0.path < $1.path })
  }

  private static func walk(
    _ folder: String, relative: String, into files: inout [ContentFile], problems: inout [String], depth: Int
  ) {
    guard depth < 8 else {
      problems.append("\(folder): folders nest too deep (more than 8 levels)")
      return
    }
    guard let directory = opendir(folder) else {
      problems.append("\(folder): \(String(cString: strerror(errno)))")
      return
    }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if !name.hasPrefix(".") { names.append(name) }
    }
    for name in names.sorted() {
      let path = folder + "/" + name
      let relativePath = relative.isEmpty ? name : relative + "/" + name
      var status = stat()
      guard stat(path, &status) == 0 else { continue }
      if status.st_mode & S_IFMT == S_IFDIR {
        walk(path, relative: relativePath, into: &files, problems: &problems, depth: depth + 1)
      } else if status.st_mode & S_IFMT == S_IFREG {
        guard files.count < fileCountLimit else {
          problems.append("\(folder): more than \(fileCountLimit) files; is this the right folder?")
          return
        }
        guard status.st_size <= fileLimit else {
          problems.append(
            "\(relativePath): \(status.st_size) bytes; content files are at most \(fileLimit) bytes")
          continue
        }
        switch readFile(path) {
        case .success(let bytes):
          files.append(ContentFile(path: relativePath, text: String(decoding: bytes, as: UTF8.self)))
        case .failure(let error): problems.append("\(relativePath): \(error.message)")
        }
      }
    }
  }

  private static func readFile(_ path: String) -> Result<[UInt8], ContentFolderError> {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(ContentFolderError(String(cString: strerror(errno)))) }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while bytes.count <= fileLimit {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(ContentFolderError(String(cString: strerror(errno))))
      }
      if count == 0 { break }
      bytes += chunk[0..<count]
    }
    return .success(bytes)
  }
}

/// Why a content folder could not be read.
struct ContentFolderError: Error, Equatable {
  /// The message, naming the file or folder.
  var message: String

  init(_ message: String) { self.message = message }
}
