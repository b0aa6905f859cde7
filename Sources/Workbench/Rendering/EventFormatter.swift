import ReplicationModel
import ReplicationSimulation
import TerminalUI

/// Turns trace events into one-line descriptions: `12:00:00.075  asia  ← us  replicate w1 …`.
package struct EventFormatter {
  package let layout: ClusterLayout
  package let styler: Styler
  /// Names that stand in for nodes' own: a grouped line names several followers as one.
  package var standIns: [NodeID: String] = [:]

  /// Creates a formatter for events of a cluster with `layout`.
  package init(layout: ClusterLayout, styler: Styler) {
    self.layout = layout
    self.styler = styler
  }

  /// Whether an event is worth showing when time passes (`run`), rather than only in `trace`.
  package static func isNotable(_ kind: TraceKind) -> Bool {
    switch kind {
    case .clientRequest, .clientReply, .lost, .held, .released, .partitioned, .healed, .crashed, .recovered:
      return true
    case .applied(_, _, let outcome):
      return outcome != .duplicate
    case .quorum(_, let step):
      switch step {
      case .committed, .aborted, .queued: return true
      case .proposed, .voted: return false
      }
    case .sent, .delivered, .duplicated, .timerFired:
      return false
    }
  }

  /// The line for one event.
  package func line(for event: TraceEvent) -> String {
    let time = styler.paint(TimeColumn.text(event.time), .dim)
    return "\(time)  \(describe(event.kind))"
  }

  /// A node's name, painted in its region's colour.
  package func name(_ node: NodeID) -> String {
    let text = standIns[node] ?? layout.name(of: node)
    return styler.paint(text, .region(layout.region(of: node).index))
  }

  /// The arrow from a sender to a receiver: `→`, or `->` in the ASCII charset.
  private var to: String { styler.symbols("→") }
  /// The arrow to a receiver from a sender: `←`, or `<-` in the ASCII charset.
  private var from: String { styler.symbols("←") }

  /// The event's description without the time: `asia ← us: replicate w1 topping=pepperoni`.
  package func describe(_ kind: TraceKind) -> String {
    switch kind {
    case .clientRequest(let write, let client, let node):
      let what = clean(Workbench.describeRequest(key: write.key, payload: write.payload))
      // The context a client sends matters only where the leader takes it from the client.
      guard layout.policy(for: write.key).takesContextFromClient else {
        return "client in \(layout.name(of: client)) \(to) \(name(node)): \(write.write) \(what)"
      }
      let context = write.context.map { "context \($0.text(width: layout.leaders.count))" } ?? "no context"
      return "client in \(layout.name(of: client)) \(to) \(name(node)): \(write.write) \(what) (\(context))"
    case .clientReply(let reply, let node, let latency):
      switch reply.result {
      case .accepted:
        return
          "\(name(node)) \(to) client: \(styler.paint("\(reply.write) accepted", .success)) (waited \(latency))"
      case .rejected(let reason):
        return
          "\(name(node)) \(to) client: \(styler.paint("\(reply.write) rejected", .failure)), \(Self.describe(reason, layout: layout)) (waited \(latency))"
      }
    case .sent(let envelope, let deliverAt):
      let arrival = deliverAt.map { "arrives \(TimeColumn.text($0))" } ?? "waits"
      return "\(name(envelope.from)) \(to) \(name(envelope.to)): \(message(envelope.message)) (\(arrival))"
    case .delivered(let envelope):
      return "\(name(envelope.to)) \(from) \(name(envelope.from)): \(message(envelope.message))"
    case .lost(let envelope, let retryAt) where retryAt == .start:
      // An explored drop: lost for good, never re-sent.
      return
        "\(name(envelope.from)) \(to) \(name(envelope.to)): \(message(envelope.message)) \(styler.paint("lost for good", .warning))"
    case .lost(let envelope, let retryAt):
      return
        "\(name(envelope.from)) \(to) \(name(envelope.to)): \(message(envelope.message)) \(styler.paint("lost", .warning)); re-sent, arrives \(TimeColumn.text(retryAt))"
    case .duplicated(let envelope, let deliverAt):
      return
        "\(name(envelope.from)) \(to) \(name(envelope.to)): \(message(envelope.message)) duplicated by the network (copy arrives \(TimeColumn.text(deliverAt)))"
    case .held(let envelope, let reason):
      let why = reason == .partition ? "the link is cut" : "\(layout.name(of: envelope.to)) is down"
      return
        "\(name(envelope.from)) \(to) \(name(envelope.to)): \(message(envelope.message)) \(styler.paint("waits", .warning)): \(why)"
    case .released(let envelope, let deliverAt):
      return
        "\(name(envelope.from)) \(to) \(name(envelope.to)): \(message(envelope.message)) sent again, arrives \(TimeColumn.text(deliverAt))"
    case .applied(let node, let version, let outcome):
      return "\(name(node)) \(applied(version)): \(self.outcome(outcome))"
    case .quorum(let node, let step):
      return "\(name(node)) \(quorum(step))"
    case .timerFired(let node, .quorumDeadline(let write)):
      return "\(name(node)) quorum deadline for \(write) passed"
    case .partitioned(let a, let b):
      return styler.paint("network cut", .warning)
        + " between \(a.map(name).joined(separator: ",")) and \(b.map(name).joined(separator: ","))"
    case .healed:
      return styler.paint("network healed", .success)
    case .crashed(let node):
      return "\(name(node)) " + styler.paint("crashed", .failure)
    case .recovered(let node):
      return "\(name(node)) " + styler.paint("recovered", .success)
    }
  }

  private func clean(_ text: String) -> String { TerminalText.sanitized(text) }

  private func applied(_ version: Version) -> String {
    let value = version.payload == .tombstone ? "delete" : clean(version.payload.description)
    return
      "applied \(version.writeID) \(clean(version.key))=\(value) \(Self.history(of: version, layout: layout))"
  }

  /// A message's content: `replicate w1 topping=pepperoni`.
  package func message(_ message: ReplicationMessage) -> String {
    switch message {
    case .replicate(let version, _):
      let value = version.payload == .tombstone ? "delete" : clean(version.payload.description)
      return "replicate \(version.writeID) \(clean(version.key))=\(value)"
    case .prepare(let prepare): return "prepare \(prepare.write) (hold \(clean(prepare.key)))"
    case .vote(let vote): return "vote \(vote.granted ? "yes" : "no") on \(vote.write)"
    case .commit(let version): return "commit \(version.writeID)"
    case .abort(_, let write): return "abort \(write)"
    }
  }

  private func outcome(_ outcome: ApplyOutcome) -> String {
    switch outcome {
    case .stored: return "stored"
    case .replaced(let previous): return "replaced \(list(previous))"
    case .obsolete(let heldBy): return "ignored, already superseded by \(heldBy)"
    case .duplicate: return "duplicate, ignored"
    case .causalityViolated(let kept, let discarded):
      return styler.paint(
        "kept \(kept) by timestamp although \(discarded) happened later; \(discarded) discarded", .failure)
    case .updateOfMissingRow(let discarded):
      return styler.paint(
        "\(discarded) discarded: an UPDATE of a row not here yet (pgactive discards it)", .failure)
    case .conflict(let settlement):
      if case .merged(.crdt(let value)) = settlement.result {
        // A CRDT has no conflicts to settle: concurrent states simply merge.
        return "concurrent with \(list(settlement.rivals)), merged: \(clean(value.description))"
      }
      let head = styler.paint("CONFLICT", .warning) + " with \(list(settlement.rivals))"
      switch settlement.result {
      case .winner(let winner, let discarded, let rule):
        return
          "\(head): kept \(winner) (\(Self.describe(rule))), \(styler.paint("discarded \(list(discarded))", .failure))"
      case .merged(let payload):
        return "\(head): merged into \(clean(payload.description))"
      case .siblings(let writes):
        return "\(head): kept \(list(writes)) as siblings"
      }
    }
  }

  private func quorum(_ step: QuorumStep) -> String {
    switch step {
    case .proposed(let write, let key): return "asks every leader to hold \(clean(key)) for \(write)"
    case .voted(let write, let granted, let coordinator):
      return "votes \(granted ? "yes" : "no") on \(write) from \(name(coordinator))"
    case .queued(let write, let behind):
      return "holds the key for \(behind), so \(write) waits here until \(behind) commits or is given up"
    case .committed(let write, let count):
      return styler.paint("committed \(write)", .success) + " (\(count) leaders acknowledged)"
    case .aborted(let write, let reason):
      return styler.paint("gave up \(write)", .failure) + ": \(Self.describe(reason, layout: layout))"
    }
  }

  private func list(_ writes: [WriteID]) -> String { writes.map(\.description).joined(separator: ", ") }

  /// Why a rule picked a winner, in words.
  package static func describe(_ rule: WinningRule) -> String {
    switch rule {
    case .newerTimestamp: "newer timestamp"
    case .regionPriorityTieBreak: "equal timestamps, higher-priority region"
    case .writeIDTieBreak: "equal timestamps, later write id"
    case .regionPriority: "higher-priority region"
    case .deletionAlwaysWins: "a deletion beats a concurrent update"
    case .deletionWinsTie: "equal timestamps, a deletion beats a value"
    case .largerValueWinsTie: "equal timestamps, the larger value wins"
    case .lowerNodeWinsTie: "equal timestamps, the lower node id wins"
    }
  }

  /// A version's causal history as text: its vector, then its own dot when it stays apart (a
  /// write whose context had not seen every earlier write of its leader): `[2,0]+us:4`.
  package static func history(of version: Version, layout: ClusterLayout) -> String {
    let vector = version.vector.text(width: layout.leaders.count)
    let dot = version.dot
    guard !version.vector.contains(dot), dot.slot < layout.leaders.count else { return vector }
    return "\(vector)+\(layout.name(of: layout.leaders[dot.slot])):\(dot.counter)"
  }

  /// Why a write was rejected, in words.
  package static func describe(_ reason: RejectionReason, layout: ClusterLayout) -> String {
    switch reason {
    case .notALeader(let leader):
      "it is a follower; only leaders take writes (try \(layout.name(of: leader)))"
    case .nodeDown: "the node is down"
    case .unreachable: "the client cannot reach the node across the partition"
    case .quorumConflict(let with):
      "a conflicting write\(with.map { " (\($0))" } ?? "") holds the key on too many leaders for a majority"
    case .quorumTimeout(let acknowledged, let needed):
      "only \(acknowledged) of the \(needed) leaders needed acknowledged before the timeout"
    case .coordinatorRestarted: "the leader restarted before a majority answered"
    case .contextCountsUnknownWrites(let counted, let accepted):
      "its context counts \(counted) writes by this leader to the key, which has accepted \(accepted); "
        + "a context comes from a read of the same key (as in Riak and Dynamo)"
    case .revisionConflict(let current):
      "409 Conflict: the document changed since you read it (it shows \(current)); read it and write again"
    case .invalidOperation(let message):
      TerminalText.sanitized(message.hasSuffix(".") ? String(message.dropLast()) : message)
    }
  }
}

/// Times as the trace shows them.
package enum TimeColumn {
  /// `12:00:00.075`, with microseconds only when present.
  package static func text(_ time: SimTime) -> String { time.description }
}
