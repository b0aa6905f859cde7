import Glibc
import ProgressStore

/// Where the REPL keeps its history, and getting that place ready.
///
/// The file is `$XDG_STATE_HOME/multileader/history`, or `~/.local/state/multileader/history` when
/// `XDG_STATE_HOME` is unset, empty or relative (as the XDG spec asks). Missing directories are
/// created with mode 0700 and the file with mode 0600, whatever the umask.
enum HistoryFile {
  /// The most entries kept, in memory and on disk.
  static let limit = 1_000

  /// The history file's path, or why there is none.
  static func path(xdgStateHome: String?, home: String?) -> Result<String, HistoryUnavailable> {
    if let xdgStateHome, xdgStateHome.hasPrefix("/") {
      return .success(xdgStateHome + "/multileader/history")
    }
    guard let home, !home.isEmpty else { return .failure(HistoryUnavailable("HOME is not set")) }
    return .success(home + "/.local/state/multileader/history")
  }

  /// Finds the history file for this process and makes sure it can be written.
  static func prepare() -> Result<String, HistoryUnavailable> {
    path(xdgStateHome: Terminal.environment("XDG_STATE_HOME"), home: Terminal.environment("HOME"))
      .flatMap { path in create(path).map { path } }
  }

  /// Creates the file (and its missing directories) or checks that the existing file is writable.
  private static func create(_ path: String) -> Result<Void, HistoryUnavailable> {
    if let failure = createDirectories(of: path) { return .failure(failure) }
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    if descriptor >= 0 {
      fchmod(descriptor, 0o600)
      close(descriptor)
      return .success(())
    }
    guard errno == EEXIST else { return .failure(HistoryUnavailable(cannot: "create", path)) }
    // readline would open a named pipe and wait for a writer before the first prompt.
    if let kind = FileKind.of(path), kind != .regular {
      return .failure(
        HistoryUnavailable("\(path) is \(kind.words), not a regular file; move it out of the way"))
    }
    guard access(path, R_OK | W_OK) == 0 else { return .failure(HistoryUnavailable(cannot: "write", path)) }
    return .success(())
  }

  /// `mkdir -p` with mode 0700 for every directory it creates; returns the failure, if any.
  private static func createDirectories(of path: String) -> HistoryUnavailable? {
    let components = path.split(separator: "/", omittingEmptySubsequences: true).dropLast()
    var directory = ""
    for component in components {
      directory += "/" + component
      if mkdir(directory, 0o700) == 0 {
        chmod(directory, 0o700)
      } else if errno != EEXIST {
        return HistoryUnavailable(cannot: "create", directory)
      }
    }
    return nil
  }
}

/// Why the history will not be saved.
struct HistoryUnavailable: Error, Equatable {
  /// The reason, for `history will not be saved: <reason>`.
  var reason: String

  init(_ reason: String) { self.reason = reason }

  /// A failed system call on `path`, with the current `errno`.
  init(cannot action: String, _ path: String) {
    reason = "cannot \(action) \(path): \(String(cString: strerror(errno)))"
  }
}
