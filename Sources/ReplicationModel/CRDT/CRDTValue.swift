/// Any of the model's CRDT values, with string elements, as one type a key can hold.
///
/// The shell and the replication model deal in `CRDTValue`: it names its ``kind``, merges only
/// with a value of the same kind, and renders itself in a short human form.
public enum CRDTValue: Hashable, Sendable, CustomStringConvertible {
  /// A grow-only counter.
  case gCounter(GCounter)
  /// An up-and-down counter.
  case pnCounter(PNCounter)
  /// A last-writer-wins register.
  case lwwRegister(LWWRegister<String>)
  /// A multi-value register.
  case mvRegister(MVRegister<String>)
  /// A grow-only set.
  case gSet(GSet<String>)
  /// A two-phase set.
  case twoPhaseSet(TwoPhaseSet<String>)
  /// An observed-remove (add-wins) set.
  case orSet(ORSet<String>)
  /// A last-writer-wins map.
  case lwwMap(LWWMap<String>)
  /// A collaborative text.
  case text(ReplicatedText)

  /// The initial (empty or zero) value of a kind.
  public init(empty kind: CRDTKind) {
    switch kind {
    case .gCounter: self = .gCounter(GCounter())
    case .pnCounter: self = .pnCounter(PNCounter())
    case .lwwRegister: self = .lwwRegister(LWWRegister())
    case .mvRegister: self = .mvRegister(MVRegister())
    case .gSet: self = .gSet(GSet())
    case .twoPhaseSet: self = .twoPhaseSet(TwoPhaseSet())
    case .orSet: self = .orSet(ORSet())
    case .lwwMap: self = .lwwMap(LWWMap())
    case .text: self = .text(ReplicatedText())
    }
  }

  /// Which type of CRDT this is.
  public var kind: CRDTKind {
    switch self {
    case .gCounter: .gCounter
    case .pnCounter: .pnCounter
    case .lwwRegister: .lwwRegister
    case .mvRegister: .mvRegister
    case .gSet: .gSet
    case .twoPhaseSet: .twoPhaseSet
    case .orSet: .orSet
    case .lwwMap: .lwwMap
    case .text: .text
    }
  }

  /// Merges a value of the same kind into this one.
  ///
  /// - Throws: ``CRDTError/kindMismatch(_:_:)`` when `other` is of another kind; this value is
  ///   then unchanged.
  public mutating func merge(_ other: CRDTValue) throws(CRDTError) {
    switch (self, other) {
    case (.gCounter(var mine), .gCounter(let theirs)): self = .gCounter(Self.merge(&mine, theirs))
    case (.pnCounter(var mine), .pnCounter(let theirs)): self = .pnCounter(Self.merge(&mine, theirs))
    case (.lwwRegister(var mine), .lwwRegister(let theirs)): self = .lwwRegister(Self.merge(&mine, theirs))
    case (.mvRegister(var mine), .mvRegister(let theirs)): self = .mvRegister(Self.merge(&mine, theirs))
    case (.gSet(var mine), .gSet(let theirs)): self = .gSet(Self.merge(&mine, theirs))
    case (.twoPhaseSet(var mine), .twoPhaseSet(let theirs)): self = .twoPhaseSet(Self.merge(&mine, theirs))
    case (.orSet(var mine), .orSet(let theirs)): self = .orSet(Self.merge(&mine, theirs))
    case (.lwwMap(var mine), .lwwMap(let theirs)): self = .lwwMap(Self.merge(&mine, theirs))
    case (.text(var mine), .text(let theirs)): self = .text(Self.merge(&mine, theirs))
    default: throw .kindMismatch(kind, other.kind)
    }
  }

  /// The merge of this value and `other`.
  ///
  /// - Throws: ``CRDTError/kindMismatch(_:_:)`` when `other` is of another kind.
  public func merged(with other: CRDTValue) throws(CRDTError) -> CRDTValue {
    var result = self
    try result.merge(other)
    return result
  }

  /// The short human form: a number, `{a, b}`, a value or the text.
  public var description: String {
    switch self {
    case .gCounter(let value): value.description
    case .pnCounter(let value): value.description
    case .lwwRegister(let value): value.description
    case .mvRegister(let value): value.description
    case .gSet(let value): value.description
    case .twoPhaseSet(let value): value.description
    case .orSet(let value): value.description
    case .lwwMap(let value): value.description
    case .text(let value): value.description
    }
  }

  private static func merge<Value: ConvergentValue>(_ mine: inout Value, _ theirs: Value) -> Value {
    mine.merge(theirs)
    return mine
  }
}
