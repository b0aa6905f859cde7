import BenchmarkSupport
import CPseudoTerminal
import Glibc

/// A pseudo-terminal pair: this process keeps the controlling side, a child opens the follower.
struct PseudoTerminal {
  /// The file descriptor of the controlling side.
  let controller: Int32
  /// The path a child opens as its terminal (`/dev/pts/N`).
  let followerPath: String

  /// Opens a new pseudo-terminal.
  ///
  /// - Throws: ``BenchmarkFailure`` when the system has none to give.
  init() throws {
    var name = [CChar](repeating: 0, count: 256)
    let descriptor = multileader_open_pseudo_terminal(&name, name.count)
    guard descriptor >= 0 else {
      throw BenchmarkFailure("cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
    }
    controller = descriptor
    followerPath = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Reads what the child writes until `text` has appeared; false on timeout or end of output.
  func waitFor(_ text: String, timeoutMilliseconds: Int32) -> Bool {
    let needle = Array(text.utf8)
    var seen: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4_096)
    while true {
      var poller = pollfd(fd: controller, events: Int16(POLLIN), revents: 0)
      let ready = poll(&poller, 1, timeoutMilliseconds)
      if ready < 0 && errno == EINTR { continue }
      guard ready > 0 else { return false }
      let count = buffer.withUnsafeMutableBytes { read(controller, $0.baseAddress, $0.count) }
      guard count > 0 else { return false }
      seen.append(contentsOf: buffer[0..<count])
      if contains(seen, needle) { return true }
    }
  }

  /// Writes bytes as if typed.
  func send(_ bytes: [UInt8]) {
    _ = bytes.withUnsafeBytes { write(controller, $0.baseAddress, $0.count) }
  }

  /// Reads and discards output until the child closes the terminal or `timeoutMilliseconds` pass.
  func drain(timeoutMilliseconds: Int32) {
    var buffer = [UInt8](repeating: 0, count: 4_096)
    while true {
      var poller = pollfd(fd: controller, events: Int16(POLLIN), revents: 0)
      guard poll(&poller, 1, timeoutMilliseconds) > 0 else { return }
      let count = buffer.withUnsafeMutableBytes { read(controller, $0.baseAddress, $0.count) }
      if count <= 0 { return }
    }
  }

  /// Closes the controlling side.
  func close() { _ = Glibc.close(controller) }

  private func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
    for start in 0...(haystack.count - needle.count)
    where haystack[start..<start + needle.count].elementsEqual(needle) {
      return true
    }
    return false
  }
}
