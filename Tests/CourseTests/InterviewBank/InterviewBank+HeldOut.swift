extension InterviewBank {
  /// Answers written after the key points were reworded, and never used to reword them: three
  /// strong and three weak answers to four questions, three of them outside the main bank. They
  /// measure how the grader does on answers its phrasings were not fitted to.
  static let heldOut: [BankQuestion] = [
    BankQuestion(
      id: "single-vs-multi-leader",
      strong: [
        .strong(
          6,
          """
          With one primary everything is serialized through a single machine, so two writes can
          never fight over a key and it's easy to think about. But users on the other side of the
          planet wait for a trip to that machine on every write, and if its data center drops off
          the network nobody can write until you promote a replacement. With a primary per region,
          writes land nearby, so they're quick and survive a regional outage. In exchange you have
          to settle conflicting updates somehow, and the regions only converge eventually.
          """),
        .strong(
          6,
          """
          Single-leader: simple, one ordering of writes, no write conflicts. Downsides: far-away
          clients get cross-region latency, and the leader is a single point of failure until
          failover. Multi-leader: local, fast writes that keep working when regions are cut off,
          but you need a conflict resolution strategy and you give up strong consistency, replicas
          are only eventually consistent.
          """),
        .strong(
          6,
          """
          If you only have one leader, all writes queue up in one place and get a single order,
          which makes consistency easy. The price is latency for remote users and downtime if that
          region dies. Several leaders let every region accept writes locally with low latency
          even during partitions, but concurrent writes to the same record clash and need
          resolving, and reads may be stale for a while.
          """),
      ],
      weak: [
        .weak(0, "Single leader is always better because it's newer technology."),
        .weak(
          0,
          "Multi-leader has no conflicts and is strongly consistent, single leader is the one that loses data."
        ),
        .weak(0, "They are different numbers of leaders."),
      ]),
    BankQuestion(
      id: "concurrent-or-ordered",
      strong: [
        .strong(
          5,
          """
          It's not about wall time at all, it's about whether the node that took the second write
          already knew about the first. If it did, the second one simply supersedes the first and
          there's nothing to resolve. If neither knew about the other, they're concurrent and
          that's the only case that's a real conflict, so you need a rule: keep both versions,
          merge, or pick one. Version vectors tell you which case you're in; timestamps can't,
          since they'll order any two writes.
          """),
        .strong(
          5,
          """
          Two writes are ordered if one causally depends on the other, e.g. the client read A
          before writing B. Then B overwrites A. If there's no causal link they're concurrent, even
          if they happened minutes apart, and only those count as conflicts that need siblings or
          merging. You detect it by comparing version vectors, not clocks.
          """),
        .strong(
          5,
          """
          Concurrency means neither update had seen the other when it was accepted. Ordered
          updates just replace their predecessor. Concurrent ones conflict and need a resolution
          policy. Vector clocks are how you tell them apart.
          """),
      ],
      weak: [
        .weak(0, "Concurrent writes are writes that happen at the exact same millisecond on the clock."),
        .weak(0, "Whichever write has the later timestamp came second, so just compare timestamps."),
        .weak(0, "It depends."),
      ]),
    BankQuestion(
      id: "deletes-and-tombstones",
      strong: [
        .strong(
          5,
          """
          If you just erase the row, a replica that never heard about the erase still has it, and
          during the next sync it hands the row back to everyone, so the deleted data comes back to
          life. Instead you write a deletion marker, a tombstone, that replicates like any other
          write. You can't keep those markers forever, so they get garbage-collected after some
          grace period, which means a node that was down longer than that, or one rebuilt from an
          old backup, can still resurrect stuff. And with last write wins, a node whose clock is
          ahead can stamp an old value later than the delete.
          """),
        .strong(
          5,
          """
          The classic problem is zombie data: deletes that don't propagate to every node get undone
          by anti-entropy. Use tombstones, expire them after a configurable window like Cassandra's
          gc_grace_seconds, and make sure no replica is down longer than that window or restored
          from stale snapshots. Clock skew can also make an older write outrank the tombstone.
          """),
        .strong(
          5,
          """
          Deleted items reappear because some replica missed the delete and syncs its copy back.
          Fix with tombstones that are purged after a grace period, keep nodes from being offline
          longer than that, and keep clocks in sync so a fast clock can't beat the delete.
          """),
      ],
      weak: [
        .weak(0, "Deleting data is permanent, so nothing can come back."),
        .weak(0, "Just run DELETE on every node and it works."),
        .weak(0, "Tombstones are for graveyards."),
      ]),
    BankQuestion(
      id: "read-your-writes",
      strong: [
        .strong(
          6,
          """
          The reload landed on a copy that hadn't caught up with the write yet, since changes
          propagate in the background. Fixes: send reads of things the user just changed to the
          same primary that took the write; or have the client remember the version of its last
          write and only accept a read from a node that has reached it; or stick each user to one
          region. If the user has a phone and a laptop, that version needs to be shared across
          them.
          """),
        .strong(
          6,
          """
          Replication lag. The read went to another replica that was behind. Guarantee
          read-after-write by routing the user's reads to the leader they wrote to for a while,
          tracking a write timestamp and waiting for the replica to catch up, or session
          stickiness. Watch out for users on multiple devices.
          """),
        .strong(
          6,
          """
          Their profile read was served from a lagging follower because replication is async. Read
          your own profile from the leader, pin sessions to a region, and carry the last-write
          version in the session so any device can wait for it.
          """),
      ],
      weak: [
        .weak(0, "The cache was probably full."),
        .weak(0, "The write was lost because of last write wins."),
        .weak(0, "Refresh again."),
      ]),
  ]
}
