import Glibc

/// An exclusive `flock` on a small file, held while a process opens the progress database.
///
/// Waits for another process that holds it. When the lock file cannot be created (a read-only
/// folder), nothing is locked: opening the database reports the folder's problem anyway.
struct OpeningLock {
  private let descriptor: Int32

  /// Takes the lock on `path`, creating the file (mode 0600) when missing.
  init(path: String) {
    descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return }
    while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
  }

  /// Lets the lock go.
  func release() {
    guard descriptor >= 0 else { return }
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}
