import ReplicationModel
import ReplicationSimulation
import TerminalUI

/// Two worlds side by side: what every replica holds for each key, and what each run lost.
package struct WhatIfComparison {
  /// The line above the table.
  package let heading: String
  /// The original world's column heading.
  package let before: String
  /// The alternative world's column heading.
  package let after: String
  /// The styler.
  package let styler: Styler
  /// The terminal width.
  package let width: Int

  /// Creates a comparison.
  package init(heading: String, before: String, after: String, styler: Styler, width: Int) {
    self.heading = heading
    self.before = before
    self.after = after
    self.styler = styler
    self.width = width
  }

  /// The comparison of `original` with `changed`, then `footer` dimmed.
  package func render(_ original: Simulation, _ changed: Simulation, footer: String) -> String {
    var table = Table(columns: [Table.Column("key"), Table.Column(before), Table.Column(after)])
    let keys = Set(original.keyNames + changed.keyNames).sorted()
    for key in keys {
      table.append([
        TerminalText.sanitized(key), outcome(of: key, in: original), outcome(of: key, in: changed),
      ])
    }
    return [
      styler.paint(styler.symbols(heading), .heading),
      keys.isEmpty ? "No replica holds any key in either world." : table.render(width: width, styler: styler),
      "",
      "\(before): " + lossSummary(original.report()),
      "\(after): " + lossSummary(changed.report()),
      styler.paint(footer, .dim),
    ].joined(separator: "\n")
  }

  /// What the replicas hold for `key`: one value list when they agree, else each node's.
  private func outcome(of key: String, in world: Simulation) -> String {
    var byNode: [(String, String)] = []
    for node in world.layout.nodes {
      let held = world.nodes[node.id.index].store[key].held
      let values = held.map { TerminalText.sanitized($0.payload.description) }.joined(separator: " | ")
      byNode.append((node.name, values.isEmpty ? "(none)" : values))
    }
    let distinct = Set(byNode.map(\.1))
    if distinct.count == 1, let only = distinct.first { return only }
    return byNode.map { "\($0.0)=\($0.1)" }.joined(separator: ", ")
  }

  private func lossSummary(_ report: ConvergenceReport) -> String {
    let converged = report.converged ? "converged" : "not converged"
    guard !report.lostWrites.isEmpty else { return "\(converged), no acknowledged write lost." }
    let lost = report.lostWrites.map {
      "\($0.write) \(TerminalText.sanitized($0.key))=\(TerminalText.sanitized($0.payload.description))"
    }
    return "\(converged), lost \(lost.joined(separator: ", "))."
  }
}

extension Simulation {
  /// Every key any replica holds, sorted.
  package var keyNames: [String] {
    Array(Set(nodes.flatMap { $0.store.keys.keys })).sorted()
  }
}
