import BenchmarkSupport
import CHeapUsage
import ReplicationModel

/// The timed phases: the text CRDT, and the plain character array (the floor).
enum TextPhases {
  /// What one CRDT run measured.
  struct CRDTRun {
    var editSeconds: Double
    var mergeSeconds: Double
    var length: Int
    var heapBytes: Int
    var elements: Int
  }

  /// Two replicas each make their edits, then each merges the other's state.
  static func crdt(_ first: TextWorkload, _ second: TextWorkload) throws -> CRDTRun {
    let before = multileader_heap_in_use()
    var a = ReplicatedText()
    var b = ReplicatedText()
    let usNode = NodeID(0)
    let asiaNode = NodeID(1)
    let edited = try measure { () throws in
      for edit in first.edits { try a.insert(edit.character, at: edit.position, by: usNode) }
      for edit in second.edits { try b.insert(edit.character, at: edit.position, by: asiaNode) }
    }
    let merged = measure {
      let copyOfA = a
      a.merge(b)
      b.merge(copyOfA)
    }
    let after = multileader_heap_in_use()
    guard a == b, a.count == first.edits.count + second.edits.count else {
      throw BenchmarkFailure("the replicas differ after merging (\(a.count) and \(b.count) characters)")
    }
    return CRDTRun(
      editSeconds: edited.seconds, mergeSeconds: merged.seconds, length: a.count,
      heapBytes: Int(after) - Int(before),
      elements: a.elementCount + b.elementCount)
  }

  /// The same inserts into two plain character arrays: no replication, no merge.
  static func array(_ first: TextWorkload, _ second: TextWorkload) -> (seconds: Double, length: Int) {
    let run = measure { () -> Int in
      var a: [Character] = []
      var b: [Character] = []
      for edit in first.edits { a.insert(edit.character, at: edit.position) }
      for edit in second.edits { b.insert(edit.character, at: edit.position) }
      return a.count + b.count
    }
    return (run.seconds, run.result)
  }
}
