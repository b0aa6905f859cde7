import BenchmarkSupport
import Glibc

/// Starts programs with `posix_spawn` and waits for them, for start-up and script timings.
enum ChildProcess {
  /// Runs `path` with `arguments` to its end, output to /dev/null; returns the seconds it took.
  ///
  /// - Throws: ``BenchmarkFailure`` when it cannot start or exits with a status not in
  ///   `allowedExitCodes`.
  static func timeToExit(
    _ path: String, _ arguments: [String], environment: [String], allowedExitCodes: Set<Int32> = [0]
  ) throws -> Double {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let clock = ContinuousClock()
    let start = clock.now
    let child = try spawn(path, arguments, environment: environment, actions: &actions)
    let status = wait(for: child)
    let elapsed = seconds(clock.now - start)
    let exited = status & 0x7F == 0
    guard exited, allowedExitCodes.contains((status >> 8) & 0xFF) else {
      throw BenchmarkFailure("\(path) \(arguments.joined(separator: " ")) exited with status \(status)")
    }
    return elapsed
  }

  /// Runs `path` to its end and returns what it wrote to standard output (not timed).
  ///
  /// - Throws: ``BenchmarkFailure`` when it cannot start or exits with a non-zero status.
  static func output(_ path: String, _ arguments: [String], environment: [String]) throws -> String {
    var pipeEnds: [Int32] = [0, 0]
    guard pipe(&pipeEnds) == 0 else { throw BenchmarkFailure("pipe failed") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
    let child = try spawn(path, arguments, environment: environment, actions: &actions)
    close(pipeEnds[1])
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4_096)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(pipeEnds[0], $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 { break }
      bytes += chunk[0..<count]
    }
    close(pipeEnds[0])
    guard wait(for: child) == 0 else {
      throw BenchmarkFailure("\(path) \(arguments.joined(separator: " ")) failed")
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Starts `path` on a new pseudo-terminal and returns the seconds until `prompt` appears on it.
  ///
  /// After the prompt it sends Ctrl-D and waits for the program to end (outside the timing).
  /// - Throws: ``BenchmarkFailure`` when the terminal cannot be made, the program cannot start, or
  ///   it ends or stays silent for 10 s without showing the prompt.
  static func timeToPrompt(
    _ path: String, _ arguments: [String], environment: [String], prompt: String
  ) throws -> Double {
    let terminal = try PseudoTerminal()
    defer { terminal.close() }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for descriptor: Int32 in 0...2 {
      posix_spawn_file_actions_addopen(&actions, descriptor, terminal.followerPath, O_RDWR, 0)
    }
    let clock = ContinuousClock()
    let start = clock.now
    let child = try spawn(path, arguments, environment: environment, actions: &actions, newSession: true)
    let seen = terminal.waitFor(prompt, timeoutMilliseconds: 10_000)
    let elapsed = seconds(clock.now - start)
    terminal.send([0x04])  // Ctrl-D on an empty line: the REPL quits.
    terminal.drain(timeoutMilliseconds: 2_000)
    if wait(for: child, timeoutMilliseconds: 2_000) == nil {
      kill(child, SIGKILL)
      _ = wait(for: child)
    }
    guard seen else { throw BenchmarkFailure("\(path) never showed its prompt \(prompt)") }
    return elapsed
  }

  private static func spawn(
    _ path: String, _ arguments: [String], environment: [String],
    actions: inout posix_spawn_file_actions_t, newSession: Bool = false
  ) throws -> pid_t {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    if newSession {
      // POSIX_SPAWN_SETSID (glibc 2.26+): the child leads a new session, so the pseudo-terminal it
      // opens first becomes its controlling terminal, as in a real terminal window.
      posix_spawnattr_setflags(&attributes, Int16(0x80))
    }
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
    defer {
      for argument in argv { free(argument) }
      for variable in envp { free(variable) }
    }
    var child: pid_t = 0
    let result = posix_spawn(&child, path, &actions, &attributes, argv, envp)
    guard result == 0 else {
      throw BenchmarkFailure("cannot start \(path): \(String(cString: strerror(result)))")
    }
    return child
  }

  /// Waits for `child` and returns its raw wait status.
  @discardableResult
  private static func wait(for child: pid_t) -> Int32 {
    var status: Int32 = 0
    while waitpid(child, &status, 0) < 0 && errno == EINTR {}
    return status
  }

  /// Waits up to `timeoutMilliseconds` for `child`; `nil` if it is still running.
  private static func wait(for child: pid_t, timeoutMilliseconds: Int) -> Int32? {
    var status: Int32 = 0
    for _ in 0..<max(timeoutMilliseconds, 1) {
      if waitpid(child, &status, WNOHANG) == child { return status }
      usleep(1_000)
    }
    return nil
  }
}
