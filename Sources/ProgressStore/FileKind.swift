import Glibc

/// What kind of file is at a path, found with `stat`, never by opening it.
///
/// Opening a named pipe waits for the other end (for ever, when nobody comes), and a folder, a
/// device or a socket is no place for progress or an export; so the progress store and `export`
/// look before they open, and refuse anything but a regular file.
public enum FileKind: Sendable, Equatable {
  /// A regular file: the only kind that is opened.
  case regular
  /// A named pipe (FIFO): opening it waits for the other end.
  case namedPipe
  /// A folder.
  case folder
  /// A Unix-domain socket.
  case socket
  /// A character device, such as `/dev/null` or a terminal.
  case characterDevice
  /// A block device, such as a disk.
  case blockDevice
  /// Anything else the system may report.
  case other

  /// The kind of file at `path`, following a symbolic link; `nil` when nothing is there (or the
  /// path cannot be looked at: then opening it reports why).
  public static func of(_ path: String) -> FileKind? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    switch status.st_mode & S_IFMT {
    case S_IFREG: return .regular
    case S_IFIFO: return .namedPipe
    case S_IFDIR: return .folder
    case S_IFSOCK: return .socket
    case S_IFCHR: return .characterDevice
    case S_IFBLK: return .blockDevice
    default: return .other
    }
  }

  /// The kind in words, for a message: "a named pipe (FIFO)".
  public var words: String {
    switch self {
    case .regular: "a regular file"
    case .namedPipe: "a named pipe (FIFO)"
    case .folder: "a folder"
    case .socket: "a socket"
    case .characterDevice: "a character device"
    case .blockDevice: "a block device"
    case .other: "a special file"
    }
  }
}
