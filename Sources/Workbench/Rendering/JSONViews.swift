import ReplicationModel
import ReplicationSimulation
import TerminalUI

/// Machine-readable views for `--json`.
package enum JSONViews {
  package static func version(_ version: Version, layout: ClusterLayout) -> JSONValue {
    var members = [
      JSONMember("value", value(of: version.payload)),
      JSONMember("deleted", .bool(version.payload == .tombstone)),
      JSONMember("write", .string(version.writeID.description)),
      JSONMember("merged_from", .array(version.mergedFrom.map { .string($0.description) })),
      JSONMember("vector", .array((0..<layout.leaders.count).map { .int(Int(version.vector[$0])) })),
      JSONMember("timestamp", .string(version.timestamp.description)),
      JSONMember("origin", .string(layout.name(of: version.origin))),
    ]
    if case .crdt(let crdt) = version.payload {
      members.insert(JSONMember("type", .string(crdt.kind.rawValue)), at: 1)
    }
    return .object(members)
  }

  package static func read(_ result: ReadResult, world: Simulation) -> JSONValue {
    var members = [
      JSONMember("node", .string(world.layout.name(of: result.node))),
      JSONMember("key", .string(result.key)),
      JSONMember("versions", .array(result.versions.map { version($0, layout: world.layout) })),
      JSONMember("context", .string(result.context.text(width: world.layout.leaders.count))),
    ]
    if world.layout.policy(for: result.key).namesWinningRevision,
      let winner = RevisionWinner.winner(of: result.versions)
    {
      members.append(JSONMember("winner", .string(winner.writeID.description)))
      members.append(JSONMember("winning_revision", .string(RevisionWinner.revision(of: winner))))
    }
    return .object(members)
  }

  package static func state(world: Simulation, key: String?) -> JSONValue {
    let layout = world.layout
    let nodes = layout.nodes.map { node -> JSONValue in
      let keys = world.nodes[node.id.index].store.keys
      let names = (key.map { [$0] } ?? keys.keys.sorted()).filter { keys[$0]?.held.isEmpty == false }
      return .object([
        JSONMember("node", .string(node.name)),
        JSONMember("region", .string(layout.name(of: node.region))),
        JSONMember("role", .string(node.leaderSlot == nil ? "follower" : "leader")),
        JSONMember("down", .bool(world.isNodeDown(node.id))),
        JSONMember(
          "keys",
          .array(
            names.map { name in
              .object([
                JSONMember("key", .string(name)),
                JSONMember("versions", .array((keys[name]?.held ?? []).map { version($0, layout: layout) })),
              ])
            })
        ),
      ])
    }
    return .object([JSONMember("time", .string(world.now.description)), JSONMember("nodes", .array(nodes))])
  }

  package static func conflicts(_ conflicts: [UnresolvedConflict]) -> JSONValue {
    .array(
      conflicts.map { conflict in
        .object([
          JSONMember("key", .string(conflict.key)),
          JSONMember("writes", .array(conflict.writes.map { .string($0.description) })),
        ])
      })
  }

  package static func report(_ report: ConvergenceReport, world: Simulation) -> JSONValue {
    .object([
      JSONMember("converged", .bool(report.converged)),
      JSONMember("divergent_keys", .array(report.divergentKeys.map(JSONValue.string))),
      JSONMember("acknowledged_writes", .int(report.acknowledgedWrites)),
      JSONMember(
        "lost_writes",
        .array(
          report.lostWrites.map { record in
            .object(
              [
                JSONMember("write", .string(record.write.description)),
                JSONMember("key", .string(record.key)),
                JSONMember("value", value(of: record.payload)),
                JSONMember("node", .string(world.layout.name(of: record.node))),
                JSONMember(
                  "kept_instead", record.firstDiscard?.keptInstead.map { .string($0.description) } ?? .null),
              ] + operationMember(of: record.payload))
          })
      ),
      JSONMember(
        "undone_removals",
        .array(
          report.undoneRemovals.map { undone in
            .object([
              JSONMember("key", .string(undone.key)),
              JSONMember("item", .string(undone.item)),
              JSONMember("removed_by", .string(undone.removedBy.description)),
              JSONMember("restored_by", .array(undone.restoredBy.map { .string($0.description) })),
              JSONMember("rule", .string(undone.rule)),
            ])
          })
      ),
      JSONMember(
        "updates_of_missing_rows",
        .array(
          world.history.missingRowDiscards.map { discard in
            .object([
              JSONMember("write", .string(discard.write.description)),
              JSONMember("key", .string(discard.key)),
              JSONMember("node", .string(world.layout.name(of: discard.node))),
              JSONMember("time", .string(discard.time.description)),
            ])
          })
      ),
      JSONMember("unresolved_conflicts", conflicts(report.unresolvedConflicts)),
      JSONMember("messages_in_flight", .int(report.messagesInFlight)),
      JSONMember("messages_waiting", .int(report.messagesHeld)),
      JSONMember("time", .string(world.now.description)),
    ])
  }
}
