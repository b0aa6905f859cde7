import Glibc
import Shell
import Workbench

/// Writes the files `export` asks for: the one place the shell's pictures touch the file system.
enum FileExportWriter {
  /// Writes `export`'s file; returns the confirmation to print, or the error to report.
  ///
  /// Without ``FileExport/replacesExisting`` the file is created exclusively (`O_EXCL`), so an
  /// existing file is never replaced, even one that appears between a check and the write.
  static func write(_ export: FileExport) -> Result<String, ExportFailure> {
    var flags = O_WRONLY | O_CREAT | O_CLOEXEC
    flags |= export.replacesExisting ? O_TRUNC : O_EXCL
    let descriptor = open(expandingHome(export.path, home: Terminal.environment("HOME")), flags, 0o644)
    guard descriptor >= 0 else {
      let code = errno
      if code == EEXIST { return .failure(ExportFailure(message: export.existsMessage)) }
      return .failure(ExportFailure(message: export.failureMessage(reason(code))))
    }
    defer { close(descriptor) }
    var contents = export.contents
    let failure: Int32? = contents.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written > 0 {
          offset += written
        } else if written < 0, errno == EINTR {
          continue
        } else {
          return errno
        }
      }
      return nil
    }
    if let failure { return .failure(ExportFailure(message: export.failureMessage(reason(failure)))) }
    return .success(export.confirmation)
  }

  /// `path` with a leading `~` or `~/` standing for the home folder, as a shell would read it;
  /// any other path (`~name/…` too) as it is.
  static func expandingHome(_ path: String, home: String?) -> String {
    guard let home, !home.isEmpty, path == "~" || path.hasPrefix("~/") else { return path }
    return home + path.dropFirst()
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
    default:
      guard let text = strerror(code) else { return "error \(code)" }
      return String(cString: text)
    }
  }
}

/// Why an export was not written, ready to print.
struct ExportFailure: Error {
  let message: String
}
