import Glibc
import Synchronization

/// Signal flags: the handlers only store into these atomics; the main loop acts on them later.
///
/// Handlers are installed with `SA_RESTART`, so a signal never makes a `read` or `write` fail with
/// `EINTR` (output cannot be lost), while `poll` still returns `EINTR` (it is never restarted), which
/// is what wakes the line editor's loop.
enum Signals {
  /// Ctrl-C was pressed.
  static let interrupt = Atomic<Bool>(false)
  /// The terminal was resized and readline has not been told yet.
  static let resizedForEditor = Atomic<Bool>(false)
  /// The terminal was resized and the session's width has not been updated yet.
  static let resizedForSession = Atomic<Bool>(false)
  /// Ctrl-Z was pressed.
  static let suspend = Atomic<Bool>(false)
  /// A signal that should end the process after the terminal is restored (0 for none).
  static let termination = Atomic<Int32>(0)

  /// The signals that end the process once the terminal is restored and the history is saved.
  static let terminating: [Int32] = [SIGTERM, SIGHUP, SIGQUIT]

  /// Watches for terminal resizes; used in every mode.
  static func watchResize() {
    touchFlags()
    install(SIGWINCH, resizeHandler)
  }

  /// Takes over Ctrl-C, Ctrl-Z and the terminating signals for the interactive line editor.
  static func takeOverForEditor() {
    touchFlags()
    install(SIGINT, interruptHandler)
    install(SIGTSTP, suspendHandler)
    for signal in terminating { install(signal, terminationHandler) }
  }

  /// Takes over Ctrl-C for a script run: a long command stops, then the script (exit code 130).
  /// Left alone when SIGINT is ignored on entry (a background job: Ctrl-C is not for it).
  static func takeOverInterrupt() {
    touchFlags()
    var current = sigaction()
    sigaction(SIGINT, nil, &current)
    // SIG_IGN is the handler address 1.
    if let handler = current.__sigaction_handler.sa_handler, unsafeBitCast(handler, to: Int.self) == 1 {
      return
    }
    install(SIGINT, interruptHandler)
  }

  /// Stops the process with the default action of SIGTSTP, and takes Ctrl-Z over again on resume.
  static func suspendProcess() {
    Glibc.signal(SIGTSTP, SIG_DFL)
    raise(SIGTSTP)
    install(SIGTSTP, suspendHandler)
  }

  /// Restores the default action of `signal` and raises it, so the parent sees the real cause.
  static func raiseWithDefaultAction(_ signal: Int32) -> Never {
    Glibc.signal(signal, SIG_DFL)
    raise(signal)
    exit(128 + signal)
  }

  /// Initialises the lazily created atomics before any handler can run (first use is not signal-safe).
  private static func touchFlags() {
    interrupt.store(false, ordering: .relaxed)
    resizedForEditor.store(false, ordering: .relaxed)
    resizedForSession.store(false, ordering: .relaxed)
    suspend.store(false, ordering: .relaxed)
    termination.store(0, ordering: .relaxed)
  }

  /// Installs `handler` and unblocks `signal`: a parent (a test runner, say) may have left it
  /// blocked, and a blocked signal never reaches the handler.
  private static func install(_ signal: Int32, _ handler: @convention(c) (Int32) -> Void) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = handler
    sigemptyset(&action.sa_mask)
    action.sa_flags = SA_RESTART
    sigaction(signal, &action, nil)
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    sigaddset(&unblocked, signal)
    pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
  }
}

private let interruptHandler: @convention(c) (Int32) -> Void = { _ in
  Signals.interrupt.store(true, ordering: .relaxed)
}

private let resizeHandler: @convention(c) (Int32) -> Void = { _ in
  Signals.resizedForEditor.store(true, ordering: .relaxed)
  Signals.resizedForSession.store(true, ordering: .relaxed)
}

private let suspendHandler: @convention(c) (Int32) -> Void = { _ in
  Signals.suspend.store(true, ordering: .relaxed)
}

private let terminationHandler: @convention(c) (Int32) -> Void = { signal in
  Signals.termination.store(signal, ordering: .relaxed)
}
