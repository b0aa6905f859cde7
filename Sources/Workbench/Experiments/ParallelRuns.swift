import Dispatch

/// Runs independent, deterministic pieces of work on every core, keeping their order.
package enum ParallelRuns {
  /// `body(0)…body(count - 1)`, computed concurrently; the results in index order.
  ///
  /// Each call writes only its own slot of the result buffer, so the calls never share state;
  /// `body` must not touch shared mutable state either (experiment runs build their own worlds).
  package static func map<Value: Sendable>(count: Int, _ body: @Sendable (Int) -> Value) -> [Value] {
    guard count > 1 else { return (0..<max(count, 0)).map(body) }
    let slots = UnsafeMutableBufferPointer<Value?>.allocate(capacity: count)
    slots.initialize(repeating: nil)
    defer {
      slots.deinitialize()
      slots.deallocate()
    }
    nonisolated(unsafe) let shared = slots
    DispatchQueue.concurrentPerform(iterations: count) { index in
      shared[index] = body(index)
    }
    return slots.map { $0! }
  }
}
