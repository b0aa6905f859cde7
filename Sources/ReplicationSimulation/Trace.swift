import ReplicationModel

/// The recorded events of a run: the newest ``limit`` of them.
///
/// A long session must not grow without bound, so when the trace is full the oldest quarter is
/// dropped in one block (the cost stays constant per event) and ``dropped`` counts what is gone.
/// Indices are absolute: event `i` is the `i`-th event ever recorded, so an index taken before a
/// command (``endIndex``) still names the same events after older ones are dropped;
/// ``events(since:)`` clamps an index that has been dropped since.
public struct Trace: RandomAccessCollection, Hashable, Sendable {
  /// The most events a trace keeps unless told otherwise.
  public static let standardLimit = 200_000

  /// The most events kept.
  public private(set) var limit: Int
  /// The kept events, oldest first.
  private var kept: [TraceEvent] = []
  /// How many of the oldest events are no longer kept.
  public private(set) var dropped = 0

  /// An empty trace that keeps at most `limit` events (at least 4).
  public init(limit: Int = Trace.standardLimit) {
    self.limit = Swift.max(4, limit)
  }

  /// The index of the oldest event kept.
  public var startIndex: Int { dropped }
  /// One past the index of the newest event: the index the next event will get.
  public var endIndex: Int { dropped + kept.count }

  /// The event with absolute index `index`.
  public subscript(index: Int) -> TraceEvent { kept[index - dropped] }

  /// The events recorded at or after absolute index `index`, as many as are still kept.
  public func events(since index: Int) -> Slice<Trace> {
    self[Swift.min(Swift.max(index, startIndex), endIndex)...]
  }

  /// Adds an event, dropping the oldest quarter first when the trace is full.
  mutating func append(_ event: TraceEvent) {
    if kept.count >= limit { dropOldest(Swift.max(1, limit / 4)) }
    kept.append(event)
  }

  /// Keeps at most `newLimit` events from now on (at least 4), dropping the oldest if needed.
  mutating func setLimit(_ newLimit: Int) {
    limit = Swift.max(4, newLimit)
    if kept.count > limit { dropOldest(kept.count - limit) }
  }

  private mutating func dropOldest(_ count: Int) {
    kept.removeFirst(count)
    dropped += count
  }
}
