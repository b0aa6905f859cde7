import BenchmarkSupport
import Glibc

/// Runs the same edits on Yrs through pycrdt (`yrs/text_edits.py`) and reads its timings.
enum YrsRun {
  /// What the Python script reported.
  struct Result {
    var editSeconds: Double
    var mergeSeconds: Double
    var length: Int
    var total: Double { editSeconds + mergeSeconds }
  }

  /// Runs the script for `count` inserts per replica.
  ///
  /// - Throws: ``BenchmarkFailure`` when Python or pycrdt is missing or the script fails; the
  ///   message says so, and no figure is invented.
  static func run(python: String, script: String, count: Int) throws -> Result {
    var pipeEnds: [Int32] = [0, 0]
    guard pipe(&pipeEnds) == 0 else { throw BenchmarkFailure("pipe failed") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 2)
    posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
    let words: [String] = [python, script, String(count)]
    let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var child: pid_t = 0
    let spawned = posix_spawnp(&child, python, &actions, nil, argv, environ)
    close(pipeEnds[1])
    guard spawned == 0 else {
      close(pipeEnds[0])
      throw BenchmarkFailure("cannot start \(python): \(String(cString: strerror(spawned)))")
    }
    var output: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4_096)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(pipeEnds[0], $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 { break }
      output += chunk[0..<count]
    }
    close(pipeEnds[0])
    var status: Int32 = 0
    while waitpid(child, &status, 0) < 0 && errno == EINTR {}
    let text = String(decoding: output, as: UTF8.self)
    guard status == 0, let line = text.split(separator: "\n").last(where: { $0.hasPrefix("yrs ") }) else {
      throw BenchmarkFailure("the Yrs run failed (is pycrdt installed? pip install pycrdt): \(text)")
    }
    var fields: [String: String] = [:]
    for pair in line.split(separator: " ").dropFirst() {
      let parts = pair.split(separator: "=", maxSplits: 1)
      if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
    }
    guard let edit = fields["edit_seconds"].flatMap(Double.init),
      let merge = fields["merge_seconds"].flatMap(Double.init),
      let length = fields["length"].flatMap(Int.init)
    else { throw BenchmarkFailure("cannot read the Yrs output: \(line)") }
    return Result(editSeconds: edit, mergeSeconds: merge, length: length)
  }
}
