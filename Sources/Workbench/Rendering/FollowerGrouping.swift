import ReplicationModel
import ReplicationSimulation
import TerminalUI

/// How event lists show a region's followers: one line for the followers that did the same thing,
/// or a line for each follower.
public enum FollowerLines: String, Hashable, Sendable, CaseIterable {
  /// Followers of one region that did the same thing share a line: `us-f1, us-f2 applied w1 …`.
  case grouped
  /// Every follower's event on a line of its own.
  case each
}

/// Folds the events of a region's followers into shared lines.
///
/// The rule: an event about a follower (it applied a write, or a message to it was sent, delivered,
/// lost, held or released) joins the line of an earlier event about another follower of the same
/// region when the two lines would read the same but for the follower's name (same write, same
/// message, same outcome, same arrival time) and it happened at most ``window`` after that line's
/// first event. The shared line stands where its first event stood and carries that event's time.
/// Leaders' events, and anything a follower did differently, keep lines of their own.
package enum FollowerGrouping {
  /// How much later than a shared line's first event another follower's event may be to join it.
  package static let window = SimDuration.milliseconds(5)

  /// The lines for `events`, grouped as the rule says.
  package static func lines(for events: [TraceEvent], formatter: EventFormatter) -> [String] {
    var entries: [(first: TraceEvent, followers: [NodeID])] = []
    var open: [String: Int] = [:]
    let layout = formatter.layout
    for event in events {
      guard let follower = subject(of: event.kind, in: layout) else {
        entries.append((event, []))
        continue
      }
      var blank = formatter
      blank.standIns = [follower: "\u{1}"]
      let signature = "\(layout.region(of: follower).index)|" + blank.describe(event.kind)
      if let index = open[signature], event.time - entries[index].first.time <= window,
        !entries[index].followers.contains(follower)
      {
        entries[index].followers.append(follower)
        continue
      }
      open[signature] = entries.count
      entries.append((event, [follower]))
    }
    return entries.map { entry in
      guard entry.followers.count > 1, let first = entry.followers.first else {
        return formatter.line(for: entry.first)
      }
      var shared = formatter
      shared.standIns = [first: entry.followers.map { layout.name(of: $0) }.joined(separator: ", ")]
      return shared.line(for: entry.first)
    }
  }

  /// The follower an event is about, if it is about one.
  private static func subject(of kind: TraceKind, in layout: ClusterLayout) -> NodeID? {
    let node: NodeID
    switch kind {
    case .applied(let at, _, _): node = at
    case .sent(let envelope, _), .delivered(let envelope), .lost(let envelope, _),
      .held(let envelope, _), .released(let envelope, _), .duplicated(let envelope, _):
      node = envelope.to
    default: return nil
    }
    guard case .follower = layout.info(node).role else { return nil }
    return node
  }
}
