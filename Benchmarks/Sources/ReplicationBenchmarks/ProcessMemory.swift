import BenchmarkSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Resident-memory figures of this process, from `/proc/self/status` (Linux only).
enum ProcessMemory {
  /// The current resident set size in KiB (`VmRSS`), or `nil` where `/proc` is missing.
  static var residentKiB: Int? { statusField("VmRSS:") }

  /// The peak resident set size in KiB since the start or the last reset (`VmHWM`).
  static var peakKiB: Int? { statusField("VmHWM:") }

  /// Resets the peak to the current resident size by writing `5` to `/proc/self/clear_refs`
  /// (Linux 4.0 and later); returns whether the kernel took it.
  static func resetPeak() -> Bool {
    let descriptor = open("/proc/self/clear_refs", O_WRONLY)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    return write(descriptor, "5", 1) == 1
  }

  private static func statusField(_ name: String) -> Int? {
    guard let text = readFile("/proc/self/status") else { return nil }
    for line in text.split(separator: "\n") where line.hasPrefix(name) {
      let fields = line.dropFirst(name.count).split { $0 == " " || $0 == "\t" }
      return fields.first.flatMap { Int($0) }
    }
    return nil
  }

  /// Reads a whole (small) file, or returns `nil`.
  static func readFile(_ path: String) -> String? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    return readAll(descriptor)
  }

  /// Reads a file descriptor to its end.
  static func readAll(_ descriptor: Int32) -> String {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4_096)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { break }
      bytes.append(contentsOf: chunk[0..<count])
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// Runs this same executable as a child process and returns what it printed.
enum ChildProcess {
  /// Runs `/proc/self/exe` with `arguments`, an empty environment and stdout captured.
  static func run(_ arguments: [String]) throws -> String {
    let executable = "/proc/self/exe"
    var pipeEnds: [Int32] = [0, 0]
    guard pipe(&pipeEnds) == 0 else { throw BenchmarkFailure("pipe failed") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
    posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
    posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
    let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    let environment: [UnsafeMutablePointer<CChar>?] = [nil]
    var child: pid_t = 0
    let spawned = posix_spawn(&child, executable, &actions, nil, argv, environment)
    close(pipeEnds[1])
    guard spawned == 0 else {
      close(pipeEnds[0])
      throw BenchmarkFailure("posix_spawn failed: \(spawned)")
    }
    let output = ProcessMemory.readAll(pipeEnds[0])
    close(pipeEnds[0])
    var status: Int32 = 0
    while waitpid(child, &status, 0) < 0 && errno == EINTR {}
    guard status == 0 else {
      throw BenchmarkFailure("child \(arguments.joined(separator: " ")) failed (status \(status)): \(output)")
    }
    return output
  }
}
