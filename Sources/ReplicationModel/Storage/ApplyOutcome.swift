/// What happened when a replica received a version of a key.
///
/// Outcomes are results, not errors: a write that loses a conflict is a normal, reportable
/// event. Switch over them exhaustively so a new case shows up everywhere it matters.
public enum ApplyOutcome: Hashable, Sendable {
  /// The key had no version here; the write is now held.
  case stored
  /// The write causally followed the versions held here and replaced them.
  case replaced(previous: [WriteID])
  /// The write was causally older than a version held here; nothing changed.
  case obsolete(heldBy: WriteID)
  /// The write had been received before; nothing changed.
  case duplicate
  /// The write met versions it was concurrent with: a conflict, settled as described.
  case conflict(ConflictSettlement)
  /// Last-write-wins went against causality: of two writes where one had seen the other, the
  /// one with the larger timestamp was kept, though it happened first (a skewed clock).
  case causalityViolated(kept: WriteID, discarded: WriteID)
  /// An update that arrived before the insert of its row (pgactive): the write had seen an
  /// earlier write of the key that this replica had not received, and the replica held nothing
  /// for the key, so it discarded the write. What arrives later is kept, so replicas can end up
  /// holding different data.
  case updateOfMissingRow(discarded: WriteID)

  /// The writes this outcome threw away without merging them in.
  public var discarded: [WriteID] {
    switch self {
    case .stored, .replaced, .obsolete, .duplicate: []
    case .conflict(let settlement): settlement.discarded
    case .causalityViolated(_, let discarded), .updateOfMissingRow(let discarded): [discarded]
    }
  }
}

/// How a replica settled a conflict between concurrent versions.
public struct ConflictSettlement: Hashable, Sendable {
  /// The write that arrived.
  public let incoming: WriteID
  /// The held writes it was concurrent with.
  public let rivals: [WriteID]
  /// What the policy decided.
  public let result: SettlementResult

  /// Creates a settlement record.
  public init(incoming: WriteID, rivals: [WriteID], result: SettlementResult) {
    self.incoming = incoming
    self.rivals = rivals
    self.result = result
  }

  /// The writes thrown away by this settlement.
  public var discarded: [WriteID] {
    switch result {
    case .winner(_, let discarded, _): discarded
    case .merged, .siblings: []
    }
  }
}

/// The decision a policy made for a conflict.
public enum SettlementResult: Hashable, Sendable {
  /// One write was kept and the others discarded, for the stated reason.
  case winner(WriteID, discarded: [WriteID], rule: WinningRule)
  /// The values were merged into one new value holding every write.
  case merged(Payload)
  /// Every concurrent version is kept as a sibling.
  case siblings([WriteID])
}

/// Why a write won a conflict.
public enum WinningRule: Hashable, Sendable {
  /// It had the larger timestamp.
  case newerTimestamp
  /// The timestamps were equal and its region has the higher priority.
  case regionPriorityTieBreak
  /// Timestamps and regions were equal; it has the larger write id.
  case writeIDTieBreak
  /// Its region has the higher priority (the priority policy).
  case regionPriority
  /// It is a deletion, and a deletion beats a concurrent update (Cosmos DB).
  case deletionAlwaysWins
  /// The timestamps were equal and it is a deletion (Cassandra).
  case deletionWinsTie
  /// The timestamps were equal and its value's bytes sort larger (Cassandra).
  case largerValueWinsTie
  /// The timestamps were equal and its origin node has the lower id (pgactive).
  case lowerNodeWinsTie
}
