import ReplicationModel

/// An item a client removed that a merge brought back: no write was lost, but the removal was.
///
/// A union merge and an OR-set keep every write, yet neither can keep a removal against a
/// concurrent write that still holds the item: the union cannot tell "removed" from "never
/// there", and the OR-set lets a concurrent add win (Shapiro et al., INRIA RR-7506, OR-Set:
/// "the add takes precedence"; Dynamo, SOSP 2007: "deleted items can resurface").
public struct UndoneRemoval: Hashable, Sendable {
  /// The key.
  public let key: String
  /// The item that came back.
  public let item: String
  /// The write that removed it.
  public let removedBy: WriteID
  /// The concurrent writes, merged in, that still held or added it.
  public let restoredBy: [WriteID]
  /// Why the merge kept the item: `add wins` for an OR-set, `union` for a union merge.
  public let rule: String

  /// Creates a record of an undone removal.
  public init(key: String, item: String, removedBy: WriteID, restoredBy: [WriteID], rule: String) {
    self.key = key
    self.item = item
    self.removedBy = removedBy
    self.restoredBy = restoredBy
    self.rule = rule
  }
}

extension UndoneRemoval {
  /// The removals every replica has undone, in write order: each removal whose write every
  /// replica still holds, of an item the replicas' value holds again.
  ///
  /// Only a key on which the replicas agree and hold one version is judged: a union-merged
  /// value (a removal is an item its write's predecessor listed and it does not) or an OR-set
  /// (a removal is a `remove` operation).
  static func find(in nodes: [ReplicaNode], history: WriteHistory) -> [UndoneRemoval] {
    var found: [UndoneRemoval] = []
    // Each key's agreed version, looked up once: a report is made after every explored schedule.
    var agreed: [String: Version?] = [:]
    for record in history.inOrder where record.isAcknowledged && mayRemove(record) {
      guard let removal = record.version else { continue }
      if agreed[record.key] == nil { agreed[record.key] = .some(agreedVersion(of: record.key, in: nodes)) }
      guard let final = agreed[record.key] ?? nil, final.contributors.contains(record.write) else { continue }
      let rule: String
      let removed: [String]
      switch (record.payload, final.payload) {
      case (.crdtOperation(.remove(let item)), .crdt(.orSet(let set))):
        rule = "add wins"
        removed = set.contains(item) ? [item] : []
      case (.value(let text), .value(let merged)) where !final.mergedFrom.isEmpty:
        rule = "union"
        let now = Set(items(text))
        let before = Set(record.replaces.compactMap { history[$0]?.payload.text }.flatMap(items))
        removed = before.subtracting(now).filter { items(merged).contains($0) }.sorted()
      default: continue
      }
      for item in removed {
        let restoring = final.contributors.compactMap { history[$0] }.filter { other in
          guard let version = other.version, version.order(relativeTo: removal) == .concurrent else {
            return false
          }
          switch other.payload {
          case .crdtOperation(.add(let added)): return added == item
          case .value(let text): return items(text).contains(item)
          default: return false
          }
        }
        guard !restoring.isEmpty else { continue }
        found.append(
          UndoneRemoval(
            key: record.key, item: item, removedBy: record.write, restoredBy: restoring.map(\.write),
            rule: rule))
      }
    }
    return found
  }

  /// Whether a write can remove an item: an OR-set `remove`, or a plain value that replaced one.
  private static func mayRemove(_ record: WriteRecord) -> Bool {
    switch record.payload {
    case .crdtOperation(.remove): true
    case .value: !record.replaces.isEmpty
    default: false
    }
  }

  /// The one version every replica holds for a key, or nil when they differ or keep siblings.
  private static func agreedVersion(of key: String, in nodes: [ReplicaNode]) -> Version? {
    guard let first = nodes.first?.store[key].held, first.count == 1 else { return nil }
    for node in nodes.dropFirst() where node.store[key].held != first { return nil }
    return first[0]
  }

  /// The comma-separated items of a value, as a union merge reads them.
  private static func items(_ text: String) -> [String] {
    text.split(separator: ",").map { String($0.drop { $0 == " " }) }.filter { !$0.isEmpty }
  }
}
