import ReplicationModel
import ReplicationSimulation
import TerminalUI

/// Words for what an exploration found: outcomes, steps and counts.
package struct ExplorationText {
  package let layout: ClusterLayout
  package let styler: Styler
  /// The explored world's client writes, by id.
  package let writes: [WriteID: WriteRecord]

  package init(layout: ClusterLayout, styler: Styler, writes: [WriteRecord]) {
    self.layout = layout
    self.styler = styler
    self.writes = Dictionary(uniqueKeysWithValues: writes.map { ($0.write, $0) })
  }

  /// The lines describing an outcome: what the replicas hold, then what became of the writes.
  package func lines(for outcome: ExplorationOutcome) -> [String] {
    var lines = holdings(outcome.replicas)
    if !outcome.lostWrites.isEmpty {
      lines.append(styler.paint("lost: " + outcome.lostWrites.map(write).joined(separator: ", "), .failure))
    }
    if !outcome.rejectedWrites.isEmpty {
      lines.append("rejected: " + outcome.rejectedWrites.map(write).joined(separator: ", "))
    }
    for pair in outcome.concurrentCommits {
      lines.append(
        styler.paint(
          "\(pair.map(\.description).joined(separator: " and ")) both acknowledged, neither saw the other",
          .failure))
    }
    for overtake in outcome.overtakes {
      lines.append(
        styler.paint(
          "\(layout.name(of: overtake.node)) got \(overtake.write) before a write it depends on", .warning))
    }
    return lines
  }

  /// What the replicas hold: one line when they agree, else a line per group of replicas.
  package func holdings(_ replicas: [ReplicaContent]) -> [String] {
    var groups: [(names: [String], content: [KeyContent])] = []
    for replica in replicas {
      let name = layout.name(of: replica.node)
      if let index = groups.firstIndex(where: { $0.content == replica.keys }) {
        groups[index].names.append(name)
      } else {
        groups.append(([name], replica.keys))
      }
    }
    if groups.count == 1 { return ["every replica: " + contents(groups[0].content)] }
    return [styler.paint("replicas disagree:", .warning)]
      + groups.map { "\($0.names.joined(separator: ", ")): " + contents($0.content) }
  }

  private func contents(_ keys: [KeyContent]) -> String {
    guard !keys.isEmpty else { return "no data" }
    return keys.map { key in
      let name = TerminalText.sanitized(key.key)
      let values = key.values.map { TerminalText.sanitized($0) }
      return values.count == 1
        ? "\(name)=\(values[0])" : "\(name)={\(values.joined(separator: ", "))} (siblings)"
    }.joined(separator: ", ")
  }

  /// `w1 (topping=pepperoni)`.
  package func write(_ id: WriteID) -> String {
    guard let record = writes[id] else { return id.description }
    let what = Workbench.describeRequest(key: record.key, payload: record.payload)
    return "\(id) (\(TerminalText.sanitized(what)))"
  }

  /// One step of an explored order, in words.
  package func describe(_ step: ExplorationStep) -> String {
    let formatter = EventFormatter(layout: layout, styler: styler)
    switch step {
    case .event(let identity): return describe(identity, formatter: formatter)
    case .drop(let identity):
      return styler.paint("the network loses ", .warning) + describe(identity, formatter: formatter)
    case .crash(let node): return styler.paint("\(layout.name(of: node)) crashes", .failure)
    case .recover(let node): return "\(layout.name(of: node)) recovers"
    case .partition(let a, let b):
      return styler.paint("the network is cut: \(names(a)) | \(names(b))", .warning)
    case .heal: return "the network heals"
    }
  }

  private func describe(_ identity: EventIdentity, formatter: EventFormatter) -> String {
    switch identity.what {
    case .delivery(let from, let to, let message):
      return
        "\(formatter.name(to)) \(styler.symbols("←")) \(formatter.name(from)): \(formatter.message(message))"
    case .clientArrival(let request, let node):
      let record = writes.values.first { $0.request == request }
      return "\(record.map { write($0.write) } ?? request.description) reaches \(formatter.name(node))"
    case .timer(let node, .quorumDeadline(let write), _):
      return "\(formatter.name(node)): the quorum deadline of \(write) passes"
    case .clientSend(let request): return "client sends \(request)"
    case .clientAnswer(let request, _): return "client gets the answer to \(request)"
    }
  }

  private func names(_ bits: UInt64) -> String {
    layout.nodes.filter { bits & (1 << UInt64($0.id.index)) != 0 }.map(\.name).joined(separator: ", ")
  }

  /// A count of orders: exact up to 10^15, then in powers of ten.
  package static func count(_ value: Double) -> String {
    guard value < 1e15 else {
      var exponent = 0
      var mantissa = value
      while mantissa >= 10 {
        mantissa /= 10
        exponent += 1
      }
      return "about \(Int(mantissa.rounded()))×10^\(exponent)"
    }
    let digits = String(Int64(value.rounded()))
    var grouped = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
      grouped.append(digit)
    }
    return grouped
  }
}
