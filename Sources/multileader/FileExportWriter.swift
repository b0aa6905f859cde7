import Glibc
import ProgressStore
import Shell
import Workbench

/// Writes the files `export` asks for: the one place the shell's pictures touch the file system.
///
/// Anything at the destination that is not a regular file (a named pipe, a device) is refused
/// without being opened. The contents go to a new temporary file in the destination's folder, which is flushed to disk
/// and only then put in place: renamed over the old file with ``FileExport/replacesExisting``, else
/// hard-linked to the new name, which fails when a file of that name exists (even one that
/// appears between a check and the write), so an existing file is never replaced. A write that
/// fails (a full disk, a file-size limit) leaves the old file as it was and removes the temporary
/// file, so "Nothing was written" is true.
enum FileExportWriter {
  /// Writes `export`'s file; returns the confirmation to print, or the error to report.
  static func write(_ export: FileExport) -> Result<String, ExportFailure> {
    let path = destination(expandingHome(export.path, home: Terminal.environment("HOME")))
    // A named pipe would block the write until something reads it; a device is no file either.
    if let kind = FileKind.of(path), kind != .regular {
      let reason =
        kind == .folder
        ? "it is a folder" : "it is \(kind.words), not a regular file; give the path of a file"
      return .failure(ExportFailure(message: export.failureMessage(reason)))
    }
    let failed = { (code: Int32) in Result<String, ExportFailure>.failure(failure(code, export)) }
    let temporary: TemporaryFile
    switch TemporaryFile.create(in: folder(of: path), modeOf: path) {
    case .failure(let error): return failed(error.code)
    case .success(let file): temporary = file
    }
    if let code = temporary.write(export.contents) {
      temporary.remove()
      return failed(code)
    }
    if export.replacesExisting {
      guard rename(temporary.path, path) == 0 else {
        let code = errno
        temporary.remove()
        return failed(code)
      }
      return .success(export.confirmation)
    }
    defer { temporary.remove() }
    if let code = placeWithoutReplacing(temporary.path, at: path) { return failed(code) }
    return .success(export.confirmation)
  }

  /// Puts the file at `temporary` at `path` unless something is there already; the error number
  /// on failure (EEXIST when a file exists). The temporary file's name is still there afterwards.
  private static func placeWithoutReplacing(_ temporary: String, at path: String) -> Int32? {
    if link(temporary, path) == 0 { return nil }
    let code = errno
    // A file system without hard links (FAT, some network ones): the name is claimed with an
    // exclusive create, then the written file renamed over that empty placeholder.
    guard [EPERM, EOPNOTSUPP, EMLINK, ENOSYS].contains(code) else { return code }
    let placeholder = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard placeholder >= 0 else { return errno }
    close(placeholder)
    guard rename(temporary, path) == 0 else {
      let renameCode = errno
      unlink(path)
      return renameCode
    }
    return nil
  }

  /// The failure to report for the error number `code`.
  private static func failure(_ code: Int32, _ export: FileExport) -> ExportFailure {
    ExportFailure(message: code == EEXIST ? export.existsMessage : export.failureMessage(reason(code)))
  }

  /// `path` with a leading `~` or `~/` standing for the home folder, as a shell would read it;
  /// any other path (`~name/…` too) as it is.
  static func expandingHome(_ path: String, home: String?) -> String {
    guard let home, !home.isEmpty, path == "~" || path.hasPrefix("~/") else { return path }
    return home + path.dropFirst()
  }

  /// Where the file really goes: the file a symbolic link at `path` points to (so the link is
  /// kept, as when writing through it), else `path`.
  private static func destination(_ path: String) -> String {
    var status = stat()
    guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil)
    else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// The folder holding `path` (`.` for a bare name, `/` for a file at the root).
  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// The system's words for an error number, lower-cased at the start: `no such file or directory`.
  private static func reason(_ code: Int32) -> String {
    switch code {
    case ENOENT: return "the folder does not exist"
    case EACCES, EPERM: return "permission denied"
    case EISDIR: return "it is a folder"
    case ENOTDIR: return "a part of the path is not a folder"
    case EROFS: return "the file system is read-only"
    case ENOSPC: return "the disk is full"
    case EDQUOT: return "the disk quota is used up"
    case EFBIG: return "the file is larger than the system's file-size limit (\(systemWords(code)))"
    default: return systemWords(code)
    }
  }

  private static func systemWords(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text)
  }
}

/// A new file for an export's contents, beside its destination: `.multileader-export-XXXXXXXX.tmp`.
private struct TemporaryFile {
  /// The file's path.
  let path: String
  private let descriptor: Int32

  /// Creates the file exclusively in `folder`, with the permissions of the file at `existing` when
  /// there is one (0644 less the umask otherwise); the error number on failure.
  static func create(in folder: String, modeOf existing: String) -> Result<TemporaryFile, ErrorNumber> {
    var status = stat()
    let mode = stat(existing, &status) == 0 ? status.st_mode & 0o777 : nil
    for _ in 0..<100 {
      let name = String(UInt32.random(in: .min ... .max), radix: 16)
      let path = folder + "/.multileader-export-" + name + ".tmp"
      let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
      if descriptor < 0 {
        if errno == EEXIST { continue }
        return .failure(ErrorNumber(code: errno))
      }
      if let mode { fchmod(descriptor, mode) }
      return .success(TemporaryFile(path: path, descriptor: descriptor))
    }
    return .failure(ErrorNumber(code: EEXIST))
  }

  /// Writes all of `contents`, flushes it to the disk and closes the file; the error number of
  /// the first failure (the file is closed either way).
  func write(_ contents: String) -> Int32? {
    let failure = writeAll(contents, to: descriptor)
    // Some file systems (network ones) report a full disk only when the data is flushed or closed.
    let flushed = failure == nil && fsync(descriptor) != 0 ? errno : nil
    let closed = close(descriptor) != 0 && errno != EINTR ? errno : nil
    return failure ?? flushed ?? closed
  }

  /// Deletes the file (after a failure, or once it was linked into place).
  func remove() { unlink(path) }
}

/// An `errno` value, as an error.
private struct ErrorNumber: Error {
  let code: Int32
}

/// Why an export was not written, ready to print.
struct ExportFailure: Error {
  let message: String
}
