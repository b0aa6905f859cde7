extension InterviewBank {
  /// CRDT kinds, OT, schema changes, leaderless replication, where conflicts are resolved,
  /// tombstones and geo-routing.
  static let coverageCRDTsAndOperations: [BankQuestion] = [
    BankQuestion(
      id: "crdt-state-op-delta",
      strong: [
        .strong(
          5,
          """
          State-based ones ship the full state and join it, and the join has to commute, be
          associative and be idempotent, so duplicated or reordered messages are fine. Op-based ones
          ship operations, which must commute when concurrent, and they need exactly once delivery
          in causal order. Delta CRDTs ship a small fragment of state and join it like a full
          state, so you get small messages with the state-based guarantees.
          """),
        .strong(
          5,
          """
          CvRDT: send the whole state, merge is a least upper bound, tolerates duplicates. CmRDT:
          send each operation, concurrent ops must commute, needs causal broadcast exactly once.
          Delta-state: send only the changed part and merge with the same join.
          """),
      ],
      weak: [
        .weak(0, "They are all the same, CRDTs never need anything from the network."),
        .weak(0, "Op-based CRDTs are idempotent so you can resend operations freely."),
      ]),
    BankQuestion(
      id: "ot-vs-crdts",
      strong: [
        .strong(
          5,
          """
          OT works with positions, insert at index 5, and rewrites an incoming edit against
          concurrent ones, shifting indexes; in practice there is a central server ordering it all,
          like Google Docs. A text CRDT assigns each character its own unique identifier, so edits
          converge without a server and work offline or peer-to-peer. The cost is metadata: an id
          on each character plus tombstones where text was deleted.
          """),
        .strong(
          5,
          """
          OT transforms operations by offset and needs a single server to order them. CRDTs tag
          each character with an id, need no coordinator, suit offline editing, but carry metadata
          overhead and tombstones.
          """),
      ],
      weak: [
        .weak(0, "OT is just a newer name for CRDTs."),
        .weak(0, "Both need a lock on the whole document while someone types."),
      ]),
    BankQuestion(
      id: "schema-changes",
      strong: [
        .strong(
          6,
          """
          The nodes have different schemas for a while, so a row with the new column may fail to
          apply on a node without it and replication halts, and old code still running somewhere
          can overwrite the row and lose the new field. By default pgactive skips DDL replication;
          if you switch it on, it grabs a global DDL lock that aborts concurrent writes. The safe
          way is expand and contract: first put the column on all nodes before writing it, then
          migrate, and drop the old one only once nothing reads it.
          """),
        .strong(
          5,
          """
          Schema mismatch between nodes breaks replication of the new rows. DDL is not replicated
          by default in pgactive, you apply it node by node by hand. Expand first, add the column
          everywhere before writing it, and contract last, drop only after you stop using the old
          column.
          """),
      ],
      weak: [
        .weak(0, "Just run ALTER TABLE on one node; replication copies it everywhere instantly."),
        .weak(0, "Schemas never matter in multi-leader setups."),
      ]),
    BankQuestion(
      id: "multi-leader-vs-leaderless",
      strong: [
        .strong(
          5,
          """
          Multi-leader has a leader per region taking writes and shipping them asynchronously to
          the others. Leaderless has no leader: the client sends each write to every replica and
          needs w of them to ack, and reads query r replicas, with w plus r greater than n so they
          overlap. Stale replicas get fixed by read repair plus background anti-entropy; Dynamo
          also adds sloppy quorums. Both still need a conflict resolution rule for concurrent writes.
          """),
        .strong(
          4,
          """
          In leaderless systems there's no leader; you write to all replicas and wait for a
          quorum, and read repair fixes stragglers. In multi-leader a few leaders accept writes and
          replicate asynchronously. Either way concurrent writes conflict.
          """),
      ],
      weak: [
        .weak(0, "Leaderless means nobody can write."),
        .weak(0, "They are identical, leaderless is marketing."),
      ]),
    BankQuestion(
      id: "detect-on-write-or-read",
      strong: [
        .strong(
          5,
          """
          On write, a handler fires immediately when the replicated change conflicts, in the
          background, so it has to be automatic and deterministic since nobody is there to prompt.
          Resolving at read time means keeping all the versions as siblings and handing them back;
          the application resolves them, maybe prompting a person, and writes back. Downside of on read: every reader
          has to handle multiple versions, and siblings accumulate until someone resolves them.
          """),
        .strong(
          4,
          """
          Resolve on write: immediate and invisible to readers, but deterministic code only, you
          can't ask a person. Resolve on read: keep both versions and let the app or the user pick,
          at the cost of complexity for every reader.
          """),
      ],
      weak: [
        .weak(0, "It makes no difference when the resolution happens."),
        .weak(1, "On read the user resolves it."),
      ]),
    BankQuestion(
      id: "tombstone-gc",
      strong: [
        .strong(
          5,
          """
          The tombstone is a marker saying the key was deleted, so a node lacking the delete
          doesn't copy the old value back. You can only purge it once all replicas have got it,
          which is usually approximated by a grace period plus running repair regularly. Purge too
          early and the removed row gets resurrected from a node that never saw the delete, so a
          server offline for more than the grace period has to be rebuilt before it rejoins.
          """),
        .strong(
          4,
          """
          Tombstones stop deleted data coming back from nodes lacking the delete. They can
          be garbage collected once all replicas have seen them, in practice after a grace period
          with repair. Remove them too soon and zombies reappear.
          """),
      ],
      weak: [
        .weak(0, "Tombstones can be removed right after the delete returns."),
        .weak(0, "Deleting a key just erases it everywhere, no markers needed."),
      ]),
    BankQuestion(
      id: "geo-routing",
      strong: [
        .strong(
          6,
          """
          Give each user a home region, the closest one using geo-DNS, and send all their
          writes through that home leader so their data never conflicts. When the region fails
          over or the user is re-homed, writes can hit two leaders, so conflicts come back and a
          resolution rule stays necessary. Fence the old region or drain it and let replication catch
          up before switching. Users far from home pay a round trip for each write.
          """),
        .strong(
          5,
          """
          Pin each user to the nearest region and route all their writes to that single leader,
          which avoids conflicts. Failover breaks this, so keep a conflict resolution policy and
          drain the old home first. Remote users get higher latency.
          """),
      ],
      weak: [
        .weak(0, "Send each write to a random region for load balancing."),
        .weak(0, "Routing has nothing to do with conflicts."),
      ]),
  ]
}
