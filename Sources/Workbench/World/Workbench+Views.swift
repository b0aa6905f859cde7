import ReplicationModel
import ReplicationSimulation
import TerminalUI

extension Workbench {
  package func stateView(key: String?, json: Bool) -> String {
    if json { return JSONViews.state(world: world, key: key).rendered() }
    let layout = world.layout
    var rows: [[String]] = []
    for node in layout.nodes {
      let role = node.leaderSlot != nil ? "leader" : "follower"
      let status = world.isNodeDown(node.id) ? " (down)" : ""
      let keys = world.nodes[node.id.index].store.keys
      let names = (key.map { [$0] } ?? keys.keys.sorted()).filter { keys[$0]?.held.isEmpty == false }
      if names.isEmpty {
        rows.append([node.name + status, role, "", styler.paint("(empty)", .dim), "", "", ""])
      }
      for (index, name) in names.enumerated() {
        let held = keys[name]?.held ?? []
        for (position, version) in held.enumerated() {
          let first = index == 0 && position == 0
          rows.append([
            first ? node.name + status : "", first ? role : "",
            position == 0 ? TerminalText.sanitized(name) : "",
            valueText(version) + (held.count > 1 ? styler.paint(" (sibling)", .warning) : ""),
            EventFormatter.history(of: version, layout: layout), version.timestamp.description,
            creditedWrites(of: version).map(\.description).joined(separator: "+"),
          ])
        }
      }
    }
    let table = Table(
      columns: [
        Table.Column("node"), Table.Column("role"), Table.Column("key"), Table.Column("value"),
        Table.Column("version"),
        Table.Column("timestamp"), Table.Column("write"),
      ], rows: rows)
    return table.render(width: options.width, styler: styler) + "\n" + styler.paint("at \(world.now)", .dim)
  }

  package func conflictsView(json: Bool) -> String {
    let conflicts = world.unresolvedConflicts()
    if json { return JSONViews.conflicts(conflicts).rendered() }
    guard !conflicts.isEmpty else {
      return "No unresolved conflicts: no key holds siblings."
    }
    var lines = ["Keys with siblings (concurrent versions that wait to be resolved):"]
    for conflict in conflicts {
      let values = conflict.writes.compactMap { world.history[$0] }.map {
        "\($0.write) \(TerminalText.sanitized($0.payload.description))"
      }
      lines.append("  \(TerminalText.sanitized(conflict.key)): \(values.joined(separator: " | "))")
    }
    lines.append("Settle one with: resolve KEY VALUE")
    return lines.joined(separator: "\n")
  }

  package func traceView(key: String?, last: Int?, followers: FollowerLines) -> String {
    let formatter = EventFormatter(layout: world.layout, styler: styler)
    var events = Array(world.trace)
    if let key { events = events.filter { TraceFilter.concerns($0.kind, key: key) } }
    if let last, events.count > last { events = Array(events.suffix(last)) }
    guard !events.isEmpty else { return "The trace is empty: nothing has happened yet." }
    let lines =
      followers == .each
      ? events.map(formatter.line(for:)) : FollowerGrouping.lines(for: events, formatter: formatter)
    guard let note = droppedNote else { return lines.joined(separator: "\n") }
    return ([styler.paint(note, .dim)] + lines).joined(separator: "\n")
  }

  /// A line saying that the oldest events are gone, once the trace has dropped any.
  package var droppedNote: String? {
    let trace = world.trace
    guard trace.dropped > 0 else { return nil }
    return
      "(The trace keeps the last \(counted(trace.limit, "event")); the \(counted(trace.dropped, "oldest event")) "
      + "\(trace.dropped == 1 ? "is" : "are") no longer kept.)"
  }

  /// The most lost writes `report` lists (the newest); `report --json` lists every one.
  package static let lostWritesShown = 20

  package func reportView(json: Bool) -> String {
    let report = world.report()
    if json { return JSONViews.report(report, world: world).rendered() }
    var lines: [String] = []
    if report.converged {
      lines.append(
        styler.paint("Converged:", .success) + " every replica holds the same versions of every key.")
    } else {
      lines.append(
        styler.paint("Not converged:", .warning)
          + " replicas differ on \(report.divergentKeys.map { TerminalText.sanitized($0) }.joined(separator: ", "))."
      )
      for key in report.divergentKeys { lines.append(contentsOf: missingRowDivergence(of: key)) }
    }
    if !report.isSettled {
      lines.append(
        "  \(counted(report.messagesInFlight, "message")) in flight and \(report.messagesHeld) waiting; run (and heal/recover) before judging."
      )
    }
    lines.append("Acknowledged writes: \(report.acknowledgedWrites). Lost: \(report.lostWrites.count).")
    // A long session can lose thousands of writes; the newest are the ones being looked at.
    let shown = report.lostWrites.suffix(Self.lostWritesShown)
    if shown.count < report.lostWrites.count {
      lines.append(
        styler.paint(
          styler.symbols("  …")
            + " \(counted(report.lostWrites.count - shown.count, "earlier lost write")) (report --json lists every one)",
          .dim))
    }
    for record in shown {
      var line =
        "  " + styler.paint("lost", .failure)
        + " \(record.write) \(TerminalText.sanitized(record.key))=\(TerminalText.sanitized(record.payload.description)) (accepted by \(world.layout.name(of: record.node)))"
      if let discard = record.firstDiscard {
        let kept = discard.keptInstead.map { " in favour of \($0)" } ?? ""
        let why: String
        switch discard.outcome {
        case .causalityViolated(let winner, _):
          // A late request can be stamped at the same instant as the write it follows; then the
          // tie-break, not a skewed clock, decided.
          let stamp = record.version?.timestamp
          why =
            stamp != nil && stamp == world.history[winner]?.version?.timestamp
            ? ": it happened later, but its timestamp was the same and the tie went to \(winner)"
            : ": it happened later, but its timestamp was older (clock skew)"
        case .updateOfMissingRow:
          why = ": an UPDATE that arrived before the INSERT of its row (pgactive discards it)"
        case .conflict(let settlement):
          if case .winner(_, _, let rule) = settlement.result {
            why = " (\(EventFormatter.describe(rule)))"
          } else {
            why = ""
          }
        default: why = ""
        }
        line += ", discarded by \(world.layout.name(of: discard.node)) at \(discard.time)\(kept)\(why)"
      }
      lines.append(line)
    }
    if !report.undoneRemovals.isEmpty {
      lines.append(
        "Removals undone: \(report.undoneRemovals.count) (no write was lost, but a client's removal was):")
      for undone in report.undoneRemovals {
        let merged = undone.restoredBy.map(\.description).joined(separator: ", ")
        lines.append(
          "  " + styler.paint("undone", .warning)
            + " \(TerminalText.sanitized(undone.key)): \(TerminalText.sanitized(undone.item)) removed by"
            + " \(undone.removedBy), back after merging \(merged) (\(undone.rule))")
      }
    }
    if report.unresolvedConflicts.isEmpty {
      lines.append("Unresolved conflicts: none.")
    } else {
      lines.append(
        "Unresolved conflicts: \(report.unresolvedConflicts.map { TerminalText.sanitized($0.key) }.joined(separator: ", ")) (see conflicts)."
      )
    }
    return lines.joined(separator: "\n")
  }

  package func statusView() -> String {
    let layout = world.layout
    let leaders = layout.leaders.map { layout.name(of: $0) }
    let followers = layout.nodes.filter { $0.leaderSlot == nil }.map(\.name)
    let down = layout.nodes.filter { world.isNodeDown($0.id) }.map(\.name)
    var cuts: [String] = []
    for a in layout.nodes {
      for b in layout.nodes where a.id < b.id && !world.canReach(a.id, b.id) {
        cuts.append("\(a.name)-\(b.name)")
      }
    }
    return [
      "time       \(world.now) UTC (seed \(seed))",
      "regions    \(layout.regionNames.joined(separator: ", "))",
      "leaders    \(leaders.joined(separator: ", ")) (\(layout.leaders.count > 1 ? layout.topology.rawValue : "single leader"))",
      "followers  \(followers.isEmpty ? "none" : followers.joined(separator: ", "))",
      "policy     \(layout.defaultPolicy.name)\(layout.keyPolicies.isEmpty ? "" : " (\(layout.keyPolicies.count) key\(layout.keyPolicies.count == 1 ? "" : "s") with their own)"); timestamps \(layout.timestampSource.rawValue)",
      "pending    \(world.nextEventTime.map { "next event at \($0)" } ?? "nothing"); \(counted(world.held.count, "message")) waiting",
      "partition  \(cuts.isEmpty ? "none" : "\(counted(cuts.count, "link")) cut")",
      "down       \(down.isEmpty ? "none" : down.joined(separator: ", "))",
    ].joined(separator: "\n")
  }

  package func latencyTable() -> String {
    let layout = world.layout
    var rows: [[String]] = []
    for a in layout.regionNames.indices {
      for b in layout.regionNames.indices where a <= b {
        let latency = world.network.latency(from: RegionID(a), to: RegionID(b))
        rows.append([
          layout.regionNames[a], layout.regionNames[b], latency.description, (latency + latency).description,
        ])
      }
    }
    let table = Table(
      columns: [
        Table.Column("from"), Table.Column("to"), Table.Column("one way", alignment: .right),
        Table.Column("round trip", alignment: .right),
      ], rows: rows)
    return table.render(width: options.width, styler: styler)
  }

  package func clockTable() -> String {
    let rows = world.layout.nodes.map { node -> [String] in
      let clock = world.clock(of: node.id)
      return [node.name, describe(clock), SimTime(microseconds: clock.reading(at: world.now)).description]
    }
    let table = Table(
      columns: [Table.Column("node"), Table.Column("clock"), Table.Column("reads now")], rows: rows)
    return table.render(width: options.width, styler: styler) + "\n"
      + styler.paint("true time \(world.now); timestamps: \(world.layout.timestampSource.rawValue)", .dim)
  }

  package func policySummary() -> String {
    let layout = world.layout
    var lines = [
      "Default policy: \(layout.defaultPolicy.name). Region priority: \(layout.priorityOrder.joined(separator: ", ")). Quorum timeout: \(layout.quorumTimeout)."
    ]
    for key in layout.keyPolicies.keys.sorted() {
      lines.append("  key \(TerminalText.sanitized(key)): \(layout.keyPolicies[key]!.name)")
    }
    lines.append("explain NAME describes a policy; policy NAME sets it.")
    return lines.joined(separator: "\n")
  }

  package func networkSummary() -> String {
    let network = world.network
    let loss = network.lossProbability == 0 ? "off" : "\(network.lossProbability)"
    let duplicate = network.duplicationProbability == 0 ? "off" : "\(network.duplicationProbability)"
    return
      "Network: loss \(loss), duplicate \(duplicate), jitter \(network.jitter), reorder \(network.allowsReordering ? "on" : "off"), retransmit after \(network.retransmitAfter). The latency command shows the latencies."
  }
}

/// Which trace events concern a key.
package enum TraceFilter {
  package static func concerns(_ kind: TraceKind, key: String) -> Bool {
    switch kind {
    case .clientRequest(let write, _, _): write.key == key
    case .clientReply: false
    case .sent(let envelope, _), .delivered(let envelope), .lost(let envelope, _),
      .duplicated(let envelope, _),
      .held(let envelope, _), .released(let envelope, _):
      envelope.message.key == key
    case .applied(_, let version, _): version.key == key
    case .quorum(_, .proposed(_, let k)): k == key
    case .quorum, .timerFired: false
    case .partitioned, .healed, .crashed, .recovered: true
    }
  }
}
