import ReplicationModel
import ReplicationSimulation
import TerminalUI

/// Maps the simulation's trace onto a generic ``SpaceTimeDiagram``: a lane per node, a row per event.
///
/// A delivery and the apply it causes at the same instant share one row (the arrow, with the apply's
/// outcome beside it); sends of one message by one node at one instant share a row too.
package struct DiagramBuilder {
  package let layout: ClusterLayout
  package let formatter: EventFormatter
  /// Whether followers get lanes; without them, events that involve a follower are left out.
  package let followers: Bool

  package init(layout: ClusterLayout, styler: Styler, followers: Bool) {
    self.layout = layout
    self.formatter = EventFormatter(layout: layout, styler: styler)
    self.followers = followers
  }

  /// The nodes with a lane, left to right: each region's leader, then (optionally) its followers.
  package var laneNodes: [NodeID] {
    layout.regionNames.indices.flatMap { region in
      layout.nodes.filter { $0.region.index == region && ($0.leaderSlot != nil || followers) }
        .sorted { ($0.leaderSlot == nil ? 1 : 0, $0.id) < ($1.leaderSlot == nil ? 1 : 0, $1.id) }
        .map(\.id)
    }
  }

  /// The events with something to draw: those that involve only nodes with a lane.
  package func drawable(_ events: some Sequence<TraceEvent>) -> [TraceEvent] {
    let nodes = Set(laneNodes)
    return events.filter { TraceNodes.of($0.kind).allSatisfy(nodes.contains) }
  }

  /// The diagram of `events`; notes in plain ASCII when `ascii` is set.
  package func diagram(of events: [TraceEvent], ascii: Bool = false) -> SpaceTimeDiagram {
    let nodes = laneNodes
    var laneOf: [NodeID: Int] = [:]
    for (index, node) in nodes.enumerated() { laneOf[node] = index }
    let lanes = nodes.map { node in
      SpaceTimeDiagram.Lane(
        name: layout.name(of: node), colour: layout.region(of: node).index,
        foldsInto: layout.info(node).leaderSlot == nil ? laneOf[layout.leader(of: node)] : nil)
    }
    let shown = events.filter { TraceNodes.of($0.kind).allSatisfy { laneOf[$0] != nil } }
    var rows: [SpaceTimeDiagram.Row] = []
    // The row where each message was last sent, so arrows can start there.
    var sendRow: [MessageID: Int] = [:]
    var index = 0
    while index < shown.count {
      let event = shown[index]
      let time = TimeColumn.text(event.time)
      switch event.kind {
      case .sent(let envelope, _):
        var receivers = [envelope.to]
        sendRow[envelope.id] = rows.count
        while index + 1 < shown.count, case .sent(let next, _) = shown[index + 1].kind,
          shown[index + 1].time == event.time, next.from == envelope.from,
          Self.sameContent(next.message, envelope.message)
        {
          receivers.append(next.to)
          sendRow[next.id] = rows.count
          index += 1
        }
        let note =
          receivers.count == 1
          ? formatter.describe(event.kind)
          : "\(formatter.name(envelope.from)) → \(receivers.map(formatter.name).joined(separator: ", ")): \(formatter.message(envelope.message))"
        rows.append(.init(time: time, item: .mark(lane: laneOf[envelope.from]!, .send), note: note))
      case .delivered(let envelope):
        let sent = " (from \(layout.name(of: envelope.from)), sent \(TimeColumn.text(envelope.sentAt)))"
        if index + 1 < shown.count, shown[index + 1].time == event.time,
          case .applied(let node, let version, let outcome) = shown[index + 1].kind,
          node == envelope.to, Self.carries(envelope.message, version)
        {
          index += 1
          rows.append(
            .init(
              time: time,
              item: .arrow(
                from: laneOf[envelope.from]!, to: laneOf[envelope.to]!,
                Self.isConflict(outcome) ? .conflict : .delivered),
              note: formatter.describe(shown[index].kind) + sent, sentRow: sendRow[envelope.id]))
        } else {
          rows.append(
            .init(
              time: time, item: .arrow(from: laneOf[envelope.from]!, to: laneOf[envelope.to]!, .delivered),
              note: formatter.describe(event.kind) + sent, sentRow: sendRow[envelope.id]))
        }
      case .lost(let envelope, _):
        rows.append(
          .init(
            time: time, item: .arrow(from: laneOf[envelope.from]!, to: laneOf[envelope.to]!, .lost),
            note: formatter.describe(event.kind), sentRow: sendRow[envelope.id]))
      case .partitioned, .healed:
        rows.append(
          .init(
            time: time, item: .span(event.kind == .healed ? .heal : .cut),
            note: formatter.describe(event.kind)))
      default:
        guard let (node, mark) = Self.mark(for: event.kind) else { break }
        if case .released(let envelope, _) = event.kind { sendRow[envelope.id] = rows.count }
        rows.append(.init(time: time, item: .mark(lane: laneOf[node]!, mark), note: note(for: event)))
      }
      index += 1
    }
    if ascii {
      for index in rows.indices {
        rows[index].note = rows[index].note.replacing("→", with: "->").replacing("←", with: "<-")
      }
    }
    return SpaceTimeDiagram(lanes: lanes, rows: rows)
  }

  private func note(for event: TraceEvent) -> String {
    let text = formatter.describe(event.kind)
    // Beside a write's first apply, its timestamp: what last-writer-wins compares.
    if case .applied(let node, let version, _) = event.kind, version.origin == node {
      return text + " (timestamp \(version.timestamp))"
    }
    return text
  }

  /// The node and symbol for a local event.
  package static func mark(for kind: TraceKind) -> (NodeID, SpaceTimeDiagram.Mark)? {
    switch kind {
    case .clientRequest(_, _, let node): (node, .write)
    case .clientReply(let reply, let node, _):
      if case .accepted = reply.result { (node, .accepted) } else { (node, .rejected) }
    case .duplicated(let envelope, _), .released(let envelope, _): (envelope.from, .send)
    case .held(let envelope, _): (envelope.from, .held)
    case .applied(let node, _, let outcome):
      (node, isConflict(outcome) ? .conflict : outcome == .stored || isReplace(outcome) ? .store : .other)
    case .quorum(let node, let step):
      switch step {
      case .committed: (node, .store)
      case .aborted: (node, .rejected)
      default: (node, .other)
      }
    case .timerFired(let node, _): (node, .other)
    case .crashed(let node): (node, .crash)
    case .recovered(let node): (node, .recover)
    case .sent, .delivered, .lost, .partitioned, .healed: nil
    }
  }

  private static func isConflict(_ outcome: ApplyOutcome) -> Bool {
    switch outcome {
    // pgactive calls an UPDATE that overtook its INSERT an INSERT/UPDATE conflict.
    case .conflict, .causalityViolated, .updateOfMissingRow: true
    default: false
    }
  }

  private static func isReplace(_ outcome: ApplyOutcome) -> Bool {
    if case .replaced = outcome { return true }
    return false
  }

  private static func carries(_ message: ReplicationMessage, _ version: Version) -> Bool {
    switch message {
    case .replicate(let carried, _), .commit(let carried): carried.writeID == version.writeID
    default: false
    }
  }

  private static func sameContent(_ a: ReplicationMessage, _ b: ReplicationMessage) -> Bool {
    switch (a, b) {
    case (.replicate(let x, _), .replicate(let y, _)): x == y
    default: a == b
    }
  }
}

/// The nodes a trace event involves.
package enum TraceNodes {
  package static func of(_ kind: TraceKind) -> [NodeID] {
    switch kind {
    case .clientRequest(_, _, let node), .clientReply(_, let node, _), .applied(let node, _, _),
      .quorum(let node, _), .timerFired(let node, _), .crashed(let node), .recovered(let node):
      [node]
    case .sent(let envelope, _), .delivered(let envelope), .lost(let envelope, _),
      .duplicated(let envelope, _), .held(let envelope, _), .released(let envelope, _):
      [envelope.from, envelope.to]
    case .partitioned, .healed: []
    }
  }
}
