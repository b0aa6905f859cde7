import ReplicationModel

/// An lww-map keeps one write per map key: a put or removal overwritten by a larger stamp has no
/// effect left, although the merged version still lists it among its contributors. These helpers
/// let the report count such a write as lost, unless every write that overwrote it had seen it.
extension ConvergenceReport {
  /// The writes whose effect `version` still shows: its contributors, less the lww-map writes
  /// whose entries a larger stamp has overwritten.
  ///
  /// The report counts a write as kept by these; `state` and `read` credit a version with them, so
  /// the views and the report tell the same story.
  public static func writesShowing(in version: Version, history: WriteHistory) -> [WriteID] {
    guard case .crdt(let value) = version.payload, value.kind == .lwwMap else { return version.contributors }
    return version.contributors.filter { write in
      guard let record = history[write], let accepted = record.version,
        case .crdtOperation(let operation) = record.payload
      else { return true }
      return value.retains(operation, by: accepted.origin, at: accepted.timestamp)
    }
  }

  /// The map key an accepted lww-map write put or removed, or `nil` for any other write.
  static func mapEntry(of record: WriteRecord) -> String? {
    guard case .crdt(let value)? = record.version?.payload, value.kind == .lwwMap,
      case .crdtOperation(let operation) = record.payload
    else { return nil }
    switch operation {
    case .put(let key, _), .remove(let key): return key
    default: return nil
    }
  }

  /// The lww-map writes that no write silently overwrote: every write to the same map key with a
  /// larger stamp saw it (in its version or its client's read context), so it was replaced on
  /// purpose. A write that a larger stamp overwrote without seeing it was dropped by
  /// last-writer-wins, as a register's write is, whatever happened to its entry afterwards.
  static func mapWritesReplacedOnPurpose(_ history: WriteHistory) -> Set<WriteID> {
    var byEntry: [MapEntryKey: [(record: WriteRecord, version: Version)]] = [:]
    for record in history.records.values {
      guard let entry = mapEntry(of: record), let version = record.version else { continue }
      byEntry[MapEntryKey(key: record.key, entry: entry), default: []].append((record, version))
    }
    var replaced = Set<WriteID>()
    for writes in byEntry.values {
      for (record, version) in writes {
        let stamp = LWWStamp(timestamp: version.timestamp, replica: version.origin)
        let overwrittenUnseen = writes.contains { rival in
          rival.record.write != record.write
            && stamp < LWWStamp(timestamp: rival.version.timestamp, replica: rival.version.origin)
            && !version.isIncluded(in: rival.version.vector)
            && rival.record.context.map(version.isIncluded(in:)) != true
        }
        if !overwrittenUnseen { replaced.insert(record.write) }
      }
    }
    return replaced
  }
}

/// One entry of one lww-map key: the stored key and the map key inside it.
private struct MapEntryKey: Hashable {
  let key: String
  let entry: String
}
