/// How a bounded run ended (``Simulation/run(until:eventLimit:shouldStop:)``).
public enum RunEnd: Hashable, Sendable {
  /// It reached its time, or nothing was left to do.
  case reached(events: Int)
  /// It stopped after its most events, with more to do.
  case eventLimit(events: Int)
  /// The caller asked it to stop.
  case interrupted(events: Int)

  /// The events processed.
  public var events: Int {
    switch self {
    case .reached(let events), .eventLimit(let events), .interrupted(let events): events
    }
  }
}
