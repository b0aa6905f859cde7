import ReplicationModel
import ReplicationSimulation
import TerminalUI

extension Workbench {
  package mutating func write(_ request: WriteRequest) throws(ShellError) -> String {
    let node = try nodeID(request.node)
    let client = try request.from.map { name throws(ShellError) in try regionID(name) }
    let valueHasControls = TerminalText.containsControlCharacters(request.payload.description)
    if TerminalText.containsControlCharacters(request.key) || valueHasControls {
      throw ShellError("Keys and values must be printable text.")
    }
    // The client keeps the context of its last read or write of the key (see WritingClient).
    let writer = WritingClient(
      name: request.client ?? world.layout.name(of: client ?? world.layout.region(of: node)),
      sendsLastContext: !request.sendsNoContext)
    let issued = try checked { () throws(ModelError) in
      try world.write(
        key: request.key, request.payload, to: node, from: client, context: request.context, as: writer,
        at: request.at)
    }
    let verb = Self.describeRequest(key: request.key, payload: request.payload)
    if let at = request.at {
      let region = world.layout.name(of: client ?? world.layout.region(of: node))
      return
        "\(issued.write) scheduled: a client in \(region) sends \(TerminalText.sanitized(verb)) to \(request.node) at \(at). Use run to carry it out."
    }
    let before = world.trace.endIndex
    var budget = options.limits.events
    while world.history[issued.write]?.result == nil && budget > 0 && world.step() {
      budget -= 1
      if budget % Simulation.checkInterval == 0
        && watch.shouldStop("write: \(counted(options.limits.events - budget, "event")) so far")
      {
        return styler.paint(
          "Interrupted while \(issued.write) waited for its answer, after \(counted(options.limits.events - budget, "event")): "
            + "the world stands at \(world.now); run goes on from here.", .warning)
      }
    }
    var lines = [writeResultLine(issued.write)]
    let others = world.trace.events(since: before).filter { EventFormatter.isNotable($0.kind) }.count - 2
    if others > 0 {
      lines.append(
        styler.paint("  (\(others) more event\(others == 1 ? "" : "s") meanwhile; trace shows them)", .dim))
    }
    return lines.joined(separator: "\n")
  }

  /// A request in words: `topping=olive`, `delete of topping`, `incr likes 2`.
  package static func describeRequest(key: String, payload: Payload) -> String {
    switch payload {
    case .tombstone: "delete of \(key)"
    case .crdtOperation(let operation): "\(operation.name) \(key)" + operationArguments(operation)
    case .value, .crdt: "\(key)=\(payload)"
    }
  }

  private static func operationArguments(_ operation: CRDTOperation) -> String {
    let full = operation.description
    guard let space = full.firstIndex(of: " ") else { return "" }
    return String(full[space...])
  }

  /// One line on what became of a write.
  package func writeResultLine(_ write: WriteID) -> String {
    guard let record = world.history[write] else { return "\(write): no record." }
    var what = Self.describeRequest(key: record.key, payload: record.payload)
    if case .accepted(let version)? = record.result, case .crdt(let value) = version.payload {
      what += ", now \(record.key) = \(value)"
    }
    let node = world.layout.name(of: record.node)
    let waited = record.latency.map { " (the client waited \($0))" } ?? ""
    // Under the policies that take contexts from clients, the context the write carried.
    if world.layout.policy(for: record.key).takesContextFromClient {
      what += ", context " + (record.context.map { $0.text(width: world.layout.leaders.count) } ?? "none")
    }
    switch record.result {
    case .accepted(let version)?:
      return styler.paint("\(write) accepted", .success)
        + " by \(node): \(TerminalText.sanitized(what)), version \(EventFormatter.history(of: version, layout: world.layout)), timestamp \(version.timestamp)\(waited)."
    case .rejected(let reason)?:
      return styler.paint("\(write) rejected", .failure)
        + " by \(node): \(EventFormatter.describe(reason, layout: world.layout))\(waited)."
    case nil:
      return "\(write) is still waiting for an answer; run lets time pass."
    }
  }

  package mutating func read(node name: String, key: String, json: Bool, client: String? = nil)
    throws(ShellError)
    -> String
  {
    let node = try nodeID(name)
    let reader = client ?? world.layout.name(of: world.layout.region(of: node))
    let result = try checked { () throws(ModelError) in try world.read(key, at: node, by: reader) }
    if json || options.json { return JSONViews.read(result, world: world).rendered() }
    let width = world.layout.leaders.count
    let label = "\(name) \(TerminalText.sanitized(key))"
    switch result.versions.count {
    case 0:
      return "\(label): no value (never written here yet)."
    case 1:
      return
        "\(label) = \(valueText(result.versions[0]))   \(styler.paint(versionDetail(result.versions[0]), .dim))\ncontext: \(result.context.text(width: width))"
    default:
      var lines = ["\(label) has \(result.versions.count) siblings (concurrent versions):"]
      let values = result.versions.map { valueText($0) }
      let column = values.map { TerminalText.displayWidth($0) }.max() ?? 0
      for (version, value) in zip(result.versions, values) {
        let padded = TerminalText.pad(value, to: column)
        lines.append("  \(padded)   \(styler.paint(versionDetail(version), .dim))")
      }
      lines.append(
        "context: \(result.context.text(width: width))  (write with --context \(result.context.text(width: width)) to replace them all)"
      )
      if world.layout.policy(for: key).namesWinningRevision,
        let winner = RevisionWinner.winner(of: result.versions)
      {
        // CouchDB lists losing leaves that are deletions apart, in _deleted_conflicts (docs:
        // replication/conflicts; api/document/common, ?deleted_conflicts=true).
        let losers = result.versions.filter { $0.writeID != winner.writeID }
        func listed(_ versions: [Version]) -> String {
          versions.map { "\(RevisionWinner.revision(of: $0)) (\($0.writeID))" }.joined(separator: ", ")
        }
        let live = losers.filter { $0.payload != .tombstone }
        let deleted = losers.filter { $0.payload == .tombstone }
        let lists =
          (live.isEmpty ? [] : ["_conflicts: \(listed(live))"])
          + (deleted.isEmpty ? [] : ["_deleted_conflicts: \(listed(deleted))"])
        lines.append(
          "CouchDB shows \(valueText(winner)), revision \(RevisionWinner.revision(of: winner)) (\(winner.writeID)); "
            + "\(lists.joined(separator: "; ")).")
      }
      return lines.joined(separator: "\n")
    }
  }

  package func valueText(_ version: Version) -> String {
    version.payload == .tombstone
      ? styler.paint("(deleted)", .dim) : TerminalText.sanitized(version.payload.description)
  }

  /// The writes `state` and `read` credit a version with: the write itself, or the merged writes
  /// whose effect it still shows (an lww-map entry a larger stamp overwrote is not one of them), as
  /// `report` counts them kept.
  package func creditedWrites(of version: Version) -> [WriteID] {
    guard !version.mergedFrom.isEmpty else { return [version.writeID] }
    let showing = ConvergenceReport.writesShowing(in: version, history: world.history)
    return showing.isEmpty ? version.mergedFrom : showing
  }

  package func versionDetail(_ version: Version) -> String {
    let credited = creditedWrites(of: version)
    let writes =
      credited.count == 1 ? "\(credited[0])" : "merged " + credited.map(\.description).joined(separator: "+")
    return
      "\(writes), \(EventFormatter.history(of: version, layout: world.layout)), \(version.timestamp), from \(world.layout.name(of: version.origin))"
  }

  package mutating func step(_ count: Int) -> String {
    let before = world.trace.endIndex
    var stepped = 0
    while stepped < count && world.step() { stepped += 1 }
    guard stepped > 0 else {
      return "Nothing is pending: every message has arrived. Write something, or heal/recover."
    }
    var text = eventLines(since: before, notableOnly: false)
    if !world.hasPendingEvents { text += "\n" + styler.paint("Nothing more is pending.", .dim) }
    return text
  }

  package mutating func run(_ length: RunLength) throws(ShellError) -> String {
    let before = world.trace.endIndex
    let start = world.now
    let end: SimTime?
    switch length {
    case .untilQuiet: end = nil
    case .duration(let duration):
      guard world.now + duration <= SimTime.latest else {
        throw ShellError(
          "run \(duration) would take the simulation past its limit of \(SimTime.latestDay) days of simulated time "
            + "(\(SimTime.latest)); \(SimTime.latest - world.now) are left.",
          hint: "Run for less, or reset to start a new world at 12:00:00.")
      }
      end = world.now + duration
    case .until(let time):
      guard time >= world.now else {
        throw ShellError("\(time) has passed already; it is \(world.now). Give a later time.")
      }
      end = time
    }
    let watch = self.watch
    let outcome = world.run(until: end, eventLimit: options.limits.events) { processed in
      watch.shouldStop("run: \(counted(processed, "event")) so far")
    }
    var note = ""
    var lines: [String] = []
    switch outcome {
    case .reached: break
    case .eventLimit(let events):
      note = "Stopped after \(events) events; run again to continue."
    case .interrupted(let events):
      // The events so far are in the trace; listing them all would only delay the prompt.
      let summary =
        "Interrupted after \(counted(events, "event")): the world stands at \(world.now) (\(world.now - start) "
        + "later), with what those events did; trace shows them, and run goes on from here."
      return styler.paint(summary, .warning)
    }
    let events = eventLines(since: before, notableOnly: true)
    if !events.isEmpty { lines.append(events) }
    var summary = "Now \(world.now) (\(world.now - start) later)."
    if !world.hasPendingEvents {
      summary +=
        world.held.isEmpty
        ? " Nothing is pending."
        : " \(world.held.count) message\(world.held.count == 1 ? " waits" : "s wait") for a heal or a recovery."
    }
    lines.append(styler.paint(summary, .dim))
    if !note.isEmpty { lines.append(note) }
    return lines.joined(separator: "\n")
  }

  package mutating func resolve(key: String, value: String, at name: String?) throws(ShellError) -> String {
    let node = try name.map { n throws(ShellError) in try nodeID(n) } ?? firstLeaderHoldingSiblings(of: key)
    guard world.layout.info(node).leaderSlot != nil else {
      throw ShellError("\(world.layout.name(of: node)) is a follower; resolve through a leader.")
    }
    let reader = world.layout.name(of: world.layout.region(of: node))
    let read = try checked { () throws(ModelError) in try world.read(key, at: node, by: reader) }
    guard !read.versions.isEmpty else {
      throw ShellError(
        "\(TerminalText.sanitized(key)) has no value at \(world.layout.name(of: node)); nothing to resolve.")
    }
    let request = WriteRequest(
      node: world.layout.name(of: node), key: key, payload: .value(value), at: nil, from: nil,
      context: read.context)
    let replaced = read.versions.map(\.writeID.description).joined(separator: ", ")
    return try write(request) + "\nIt replaces \(replaced) wherever it arrives; run to let it replicate."
  }

  private func firstLeaderHoldingSiblings(of key: String) -> NodeID {
    world.layout.leaders.first {
      (try? world.read(key, at: $0))?.versions.count ?? 0 > 1 && !world.isNodeDown($0)
    }
      ?? world.layout.leaders.first { !world.isNodeDown($0) } ?? world.layout.leaders[0]
  }

  /// Event lines for the trace recorded since index `start`.
  package func eventLines(since start: Int, notableOnly: Bool) -> String {
    let formatter = EventFormatter(layout: world.layout, styler: styler)
    let events = world.trace.events(since: start).filter { event in
      !notableOnly || EventFormatter.isNotable(event.kind)
    }
    guard options.followerLines == .grouped else {
      return events.map(formatter.line(for:)).joined(separator: "\n")
    }
    return FollowerGrouping.lines(for: events, formatter: formatter).joined(separator: "\n")
  }
}
