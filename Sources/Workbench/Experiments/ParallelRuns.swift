import Dispatch
import Glibc
import Synchronization

/// Runs independent, deterministic pieces of work on up to a given number of threads, keeping their order.
package enum ParallelRuns {
  /// The most threads a caller may ask for: more than any machine this runs on has cores.
  package static let maximumJobs = 256

  /// The threads used when the caller does not say: one per online core (from Glibc, so that
  /// the workbench needs no Foundation).
  package static var cores: Int { max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

  /// `body(0)…body(count - 1)`, computed on at most `jobs` threads at once; the results in index order.
  ///
  /// With `jobs` 1 (or one piece of work) the calls run one after another on the calling thread.
  /// Otherwise `min(jobs, count)` workers each take the next index not yet taken until none are
  /// left, so a slow piece holds up one worker, not a share of the rest. Each call writes only its
  /// own slot of the result buffer, so the calls never share state; `body` must not touch shared
  /// mutable state either (experiment runs build their own worlds). The results do not depend on
  /// `jobs`.
  package static func map<Value: Sendable>(
    count: Int, jobs: Int = cores, _ body: @Sendable (Int) -> Value
  ) -> [Value] {
    let workers = min(max(jobs, 1), count)
    guard workers > 1 else { return (0..<max(count, 0)).map(body) }
    let slots = UnsafeMutableBufferPointer<Value?>.allocate(capacity: count)
    slots.initialize(repeating: nil)
    defer {
      slots.deinitialize()
      slots.deallocate()
    }
    nonisolated(unsafe) let shared = slots
    let next = Atomic(0)
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while true {
        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
        guard index < count else { return }
        shared[index] = body(index)
      }
    }
    return slots.map { $0! }
  }
}
