/// Which reporting effects a node emits: the effects that only tell the world what happened.
///
/// Messages, replies and timers are always emitted, because the world must act on them.
/// ``NodeEffect/applied(_:_:)`` and ``NodeEffect/accepted(_:)`` only feed a trace or a write
/// history; a world that keeps neither turns them off, and the node then skips describing what
/// happened. The node's state and its other effects are exactly the same either way.
public struct EffectReporting: OptionSet, Hashable, Sendable {
  /// The raw bits.
  public let rawValue: Int

  /// Creates a set from raw bits.
  public init(rawValue: Int) { self.rawValue = rawValue }

  /// ``NodeEffect/applied(_:_:)``: every version applied to the store, with its outcome.
  public static let applied = EffectReporting(rawValue: 1)
  /// ``NodeEffect/accepted(_:)``: every client write accepted, with the writes it replaces.
  public static let accepted = EffectReporting(rawValue: 2)
  /// Every reporting effect (the default).
  public static let all: EffectReporting = [.applied, .accepted]
  /// No reporting effect.
  public static let none: EffectReporting = []
}
