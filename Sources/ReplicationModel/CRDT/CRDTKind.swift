/// The CRDT types the model offers, with the names the shell uses for them.
public enum CRDTKind: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
  /// ``GCounter``: a counter that only grows.
  case gCounter = "g-counter"
  /// ``PNCounter``: a counter that can go up and down.
  case pnCounter = "pn-counter"
  /// ``LWWRegister``: one value; the latest timestamp wins.
  case lwwRegister = "lww-register"
  /// ``MVRegister``: one value, but concurrent writes are all kept.
  case mvRegister = "mv-register"
  /// ``GSet``: a set you can only add to.
  case gSet = "g-set"
  /// ``TwoPhaseSet``: a set where a removal is final.
  case twoPhaseSet = "2p-set"
  /// ``ORSet``: a set where a concurrent add beats a removal.
  case orSet = "or-set"
  /// ``LWWMap``: a map whose entries each follow last-writer-wins.
  case lwwMap = "lww-map"
  /// ``ReplicatedText``: a sequence of characters for collaborative editing.
  case text = "text"

  /// Finds a kind by its shell name (`g-counter`, `or-set`, `text`, …).
  ///
  /// - Throws: ``CRDTError/unknownKind(_:)`` for any other name.
  public static func named(_ name: String) throws(CRDTError) -> CRDTKind {
    guard let kind = CRDTKind(rawValue: name) else { throw .unknownKind(name) }
    return kind
  }

  /// The shell name, for example `or-set`.
  public var description: String { rawValue }

  /// The one-paragraph explanation of the type, for the shell and the lessons.
  public var summary: String {
    switch self {
    case .gCounter: GCounter.summary
    case .pnCounter: PNCounter.summary
    case .lwwRegister: LWWRegister<String>.summary
    case .mvRegister: MVRegister<String>.summary
    case .gSet: GSet<String>.summary
    case .twoPhaseSet: TwoPhaseSet<String>.summary
    case .orSet: ORSet<String>.summary
    case .lwwMap: LWWMap<String>.summary
    case .text: ReplicatedText.summary
    }
  }
}
