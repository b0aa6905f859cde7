import Glibc

/// One line read from a file descriptor.
enum RawLine: Equatable {
  /// A line's bytes, without its `\n` (or `\r\n`).
  case bytes([UInt8])
  /// A line longer than the limit; its bytes were skipped up to the next newline.
  case tooLong(byteCount: Int)
  /// Reading failed with this `errno`.
  case failed(errno: Int32)
}

/// Splits a file descriptor's bytes into lines without ever holding more than one capped line.
///
/// It reads fixed-size chunks, so a line of any length, NUL bytes or binary data cannot make it
/// allocate without bound or hang; a line longer than ``lineLimit`` bytes is skipped to its newline
/// and reported as ``RawLine/tooLong(byteCount:)``. A last line without a trailing newline counts.
struct ByteLineReader {
  /// The longest line accepted, in bytes (without the newline).
  static let lineLimit = 65_536

  /// The 1-based number of the line last returned (0 before the first).
  private(set) var lineNumber = 0

  private let descriptor: Int32
  private let limit: Int
  private var chunk: [UInt8]
  private var chunkStart = 0
  private var chunkEnd = 0
  private var reachedEnd = false

  /// Creates a reader of `descriptor`; the caller keeps ownership of the descriptor.
  init(descriptor: Int32, limit: Int = ByteLineReader.lineLimit, chunkSize: Int = 65_536) {
    self.descriptor = descriptor
    self.limit = limit
    self.chunk = [UInt8](repeating: 0, count: chunkSize)
  }

  /// The next line, or `nil` at the end of the input.
  mutating func next() -> RawLine? {
    var kept: [UInt8] = []
    var length = 0
    var lastByte: UInt8?
    var sawBytes = false
    while true {
      if chunkStart == chunkEnd {
        if reachedEnd { return nil }
        if let error = fill() { return .failed(errno: error) }
        if chunkStart == chunkEnd {
          reachedEnd = true
          guard sawBytes else { return nil }
          return finish(kept, length: length, lastByte: lastByte)
        }
      }
      sawBytes = true
      let (segment, foundNewline) = takeSegment()
      // Keep one byte beyond the limit, so a `\r` before the newline does not count against it.
      let room = max(0, limit + 1 - kept.count)
      if room > 0 { kept.append(contentsOf: segment.prefix(room)) }
      length += segment.count
      if let last = segment.last { lastByte = last }
      if foundNewline { return finish(kept, length: length, lastByte: lastByte) }
    }
  }

  /// Consumes bytes up to (not including) the next newline in the chunk, and the newline itself.
  private mutating func takeSegment() -> (ArraySlice<UInt8>, Bool) {
    let start = chunkStart
    let end = chunkEnd
    let newline: Int? = chunk.withUnsafeBytes { raw in
      guard let base = raw.baseAddress, let hit = memchr(base + start, 0x0A, end - start) else { return nil }
      return base.distance(to: UnsafeRawPointer(hit))
    }
    if let newline {
      chunkStart = newline + 1
      return (chunk[start..<newline], true)
    }
    chunkStart = end
    return (chunk[start..<end], false)
  }

  /// Reads the next chunk; returns an `errno` on failure.
  private mutating func fill() -> Int32? {
    let capacity = chunk.count
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, capacity) }
      if count >= 0 {
        chunkStart = 0
        chunkEnd = count
        return nil
      }
      if errno != EINTR { return errno }
    }
  }

  private mutating func finish(_ kept: [UInt8], length: Int, lastByte: UInt8?) -> RawLine {
    lineNumber += 1
    guard lastByte == 0x0D else { return length > limit ? .tooLong(byteCount: length) : .bytes(kept) }
    // A Windows line ending: the `\r` is not part of the line.
    return length - 1 > limit ? .tooLong(byteCount: length - 1) : .bytes(Array(kept.dropLast()))
  }
}
