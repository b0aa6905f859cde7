extension CRDTValue {
  /// Whether this state still shows the effect of `operation`, made at `replica` with `timestamp`.
  ///
  /// Only an lww-map drops an operation once merged in: a put or removal survives while its map
  /// key's entry is the one it wrote, and is gone once a larger stamp overwrites that entry. Every
  /// other kind answers `true`: counters, sets, the text and the multi-value register keep an
  /// effect of every operation (a count, an element, a tombstone, a character, a sibling), and an
  /// lww-register's winner is tracked by its version's contributors instead.
  public func retains(_ operation: CRDTOperation, by replica: NodeID, at timestamp: Timestamp) -> Bool {
    guard case .lwwMap(let map) = self else { return true }
    let stamp = LWWStamp(timestamp: timestamp, replica: replica)
    switch operation {
    case .put(let key, let value): return map.entries[key] == LWWMap.Entry(value: value, stamp: stamp)
    case .remove(let key): return map.entries[key] == LWWMap.Entry(value: nil, stamp: stamp)
    default: return true
    }
  }
}
