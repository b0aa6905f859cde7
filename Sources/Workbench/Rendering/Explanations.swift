import ReplicationModel
import TerminalUI

/// Plain-words descriptions of the policies and timestamp sources, for `explain`.
package enum Explanations {
  /// Topics `explain` knows, by name: the policies, the timestamp sources and the presets.
  package static let topics: [(names: [String], title: String, text: String)] =
    policyTopics + presetTopics + crdtTopics

  /// One topic per CRDT type, from the model's own descriptions.
  private static let crdtTopics: [(names: [String], title: String, text: String)] = CRDTKind.allCases.map {
    kind in
    (
      [kind.rawValue, "crdt \(kind.rawValue)"], "CRDT \(kind.rawValue): policy crdt \(kind.rawValue)",
      "\(kind.summary)\n\nOperations: \(kind.operations.joined(separator: ", ")). Make a key one with policy crdt \(kind.rawValue) --key KEY."
    )
  }

  /// One topic per real-system preset, from the model's own descriptions.
  private static let presetTopics: [(names: [String], title: String, text: String)] = SystemPreset.allCases
    .map {
      preset in
      (
        [preset.name, "preset \(preset.name)"], "\(preset.systemName): policy preset \(preset.name)",
        "\(preset.summary)\n\nSource: \(preset.source)."
      )
    }

  private static let policyTopics: [(names: [String], title: String, text: String)] = [
    (
      ["lww", "last-write-wins"], "Last write wins (lww)",
      """
      Every write carries the UTC timestamp of the leader that accepted it. When two versions of a key meet, \
      the one with the larger timestamp stays and the other is thrown away, on every replica alike. Equal \
      timestamps go to the region with the higher priority (US first by default), then to the later write id, \
      so all replicas pick the same winner.

      Good: simple, fast, and every replica converges without anyone's help.
      Risk: it silently drops writes. If a leader's clock runs fast, its writes win even against writes made \
      after them; the client of the losing write was told "accepted" all the same. Try: clock asia +2m, write \
      to both leaders a minute apart, run, report.
      """
    ),
    (
      ["priority", "region-priority"], "Region priority (priority)",
      """
      When two writes conflict (neither has seen the other), the one accepted in the higher-priority region \
      wins: with the order us,asia, writes from the US always beat concurrent writes from Asia. A write that \
      has seen an earlier one still replaces it, whatever the regions.

      Good: predictable, and it needs no clocks at all.
      Risk: the lower-priority region's conflicting writes are always lost, however important.
      """
    ),
    (
      ["merge", "merge union", "merge concat"], "Merge (merge union, merge concat)",
      """
      Concurrent values are combined by a merge function instead of one winning. union keeps every item of \
      comma-separated lists (pepperoni and mushroom give mushroom,pepperoni); concat joins the values in \
      alphabetical order with a slash (B and C give B/C). A write that has seen the merged value replaces it.

      Good: no write is lost; well suited to sets such as toppings or a shopping cart.
      Risk: the merge must make sense for the data; a removed item can come back when a concurrent write still \
      had it. CRDTs (policy crdt TYPE --key KEY) make merging exact for the types they cover.
      """
    ),
    (
      ["quorum"], "Quorum (synchronous majority)",
      """
      A leader that receives a write asks every leader to hold the key for it and commits only when a strict \
      majority agree (2 of 2, 2 of 3, 3 of 5). A leader already holding the key for another write answers by \
      region priority (then the older write): a higher-ranked write waits there until the holder commits or is \
      given up, and a lower-ranked one gets a no. So "asia holds the key for w2, so w1 waits" means w1 comes \
      from a region ranked above asia. Two conflicting writes can never both commit, because any two majorities \
      share a leader. A write that cannot gather a majority is rejected and the client is told.

      Good: conflicting writes are serialised; nothing acknowledged is ever discarded.
      Limit: reads. A read at one leader can still be stale; it is up to date only if reads \
      also use a quorum (w + r > n, so every read meets every write) or go to the leader that decided.
      Cost: every write waits for a round trip to other regions, and a region cut off from the majority cannot \
      write at all. With two leaders the majority is both, so any partition stops writes everywhere.
      """
    ),
    (
      ["manual"], "Manual intervention",
      """
      Concurrent versions are all kept and listed as a conflict until a person decides. Reads return every \
      version; resolve KEY VALUE reads them and writes a value with the read's context, which replaces all \
      of them. A write whose client read nothing carries no context and is queued as one more conflict.

      Good: nothing is decided wrongly by a rule; right for critical data such as money.
      Cost: somebody has to act, and until then readers see several values.
      """
    ),
    (
      ["siblings", "version-vectors", "version vectors"], "Version vectors with siblings",
      """
      Each version carries a vector with one counter per leader: how many of each leader's writes it has seen. \
      If one vector is at least the other everywhere, that version has seen the other and replaces it ([1,1] \
      replaces [1,0]). If neither is, the writes were concurrent and both are kept as siblings. A read returns \
      the siblings and a context; writing back with that context replaces them. The context is what the \
      client read, never what the leader holds: each client keeps the context of its last read or write of \
      a key and sends it with its next write, and a client that never read the key sends none, so its write \
      becomes one more sibling (Riak KV docs, "Conflict Resolution"; Kleppmann, DDIA ch. 5). write --as NAME \
      names a client; --context none sends no context.

      Good: causality is exact; nothing concurrent is lost and nothing is called a conflict that is not one.
      Cost: vectors grow with the number of leaders, and the application must merge siblings.
      """
    ),
    (
      ["physical", "utc"], "Physical UTC timestamps",
      """
      Each leader stamps writes with its own clock. Clocks drift and can be set wrong, so a timestamp says when \
      the leader thought it was, not when the write happened.
      """
    ),
    (
      ["lamport"], "Lamport timestamps",
      """
      A counter per leader: it counts up for each write and jumps past any timestamp it receives. If one write \
      caused another, the second always has the larger timestamp; the numbers say nothing about real time.
      """
    ),
    (
      ["hybrid", "hlc"], "Hybrid logical clocks (HLC)",
      """
      Physical time that never runs behind any timestamp the leader has seen, plus a counter for events within \
      one clock reading. A write made after seeing another always gets the larger timestamp even when clocks \
      are skewed, so last-write-wins stops dropping causally later writes; truly concurrent writes are still \
      decided by clock readings.
      """
    ),
  ]

  package static func render(_ topic: String, width: Int, styler: Styler) throws(ShellError) -> String {
    guard let entry = topics.first(where: { $0.names.contains(topic) }) else {
      let names = topics.map { $0.names[0] }
      throw ShellError(
        "There is no explanation of '\(TerminalText.sanitized(topic))'.",
        hint: "Try one of: \(names.joined(separator: ", ")).")
    }
    let paragraphs = entry.text.split(separator: "\n", omittingEmptySubsequences: false)
    var lines = [styler.paint(entry.title, .heading)]
    for paragraph in paragraphs {
      lines += paragraph.isEmpty ? [""] : TerminalText.wrap(String(paragraph), width: width)
    }
    return lines.joined(separator: "\n")
  }
}
