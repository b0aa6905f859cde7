extension CRDTKind {
  /// The shell names of the operations this kind accepts.
  public var operations: [String] {
    switch self {
    case .gCounter: ["incr"]
    case .pnCounter: ["incr", "decr"]
    case .lwwRegister, .mvRegister: ["set"]
    case .gSet: ["add"]
    case .twoPhaseSet, .orSet: ["add", "remove"]
    case .lwwMap: ["put", "remove"]
    case .text: ["insert", "erase"]
    }
  }
}
