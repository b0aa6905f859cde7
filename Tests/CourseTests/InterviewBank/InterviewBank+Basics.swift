extension InterviewBank {
  /// What multi-leader is, what makes it hard, and the ways to resolve a conflict.
  static let basics: [BankQuestion] = [
    BankQuestion(
      id: "what-is-multi-leader",
      strong: [
        .strong(
          6,
          """
          Basically you've got several primaries instead of just one, usually one per data center.
          A user talks to whichever primary is closest, that primary commits the change right away
          and ships it to the other primaries in the background. Why bother? Users far from the
          main site get quick responses because they don't wait on a trip across the globe, and if
          the network between sites breaks, each site can still take updates. The downside is you
          can get two sites changing the same record at once, and those clash.
          """),
        .strong(
          6,
          """
          It's a setup where every datacenter has its own node that can accept updates, not a
          single master. Clients send updates to the master in their own location, and it forwards
          them to its peers later, not synchronously. The big wins are speed, since a customer in
          Tokyo doesn't wait for a server in Virginia, and resilience: if a whole site goes offline
          the others carry on taking writes. You pay for it with conflicting updates that someone
          has to reconcile.
          """),
        .strong(
          6,
          """
          So instead of one leader you run a few, like one in Europe and one in the US. Each one
          takes writes from the users near it and says OK immediately, then copies them over to the
          others after the fact. Teams pick it for two things: writes feel fast for everyone,
          wherever they are, and you survive a region dying or the link getting cut because the
          rest keep going. Catch is, two leaders may change the same thing concurrently and you
          have to sort out who wins.
          """),
        .strong(
          6,
          """
          Multi-master: more than a single node is allowed to take writes. Each geographic
          location gets its own writable copy that serves local clients, and the copies sync up
          with each other without blocking the client. That cuts the delay for users who live far
          from your main data center, and keeps each location writable even when inter-region
          networking is down. The trade-off is write-write collisions between locations.
          """),
        .strong(
          6,
          """
          You let each region have a primary that accepts writes. A client writes locally, gets an
          acknowledgement without any cross-ocean hop, and the update propagates to the other
          primaries asynchronously. So: low latency for geographically spread users, and the
          system stays writable during a partition or if a data center is lost. The price:
          concurrent edits of the same key on different primaries conflict, so you need a
          resolution strategy.
          """),
      ],
      weak: [
        .weak(
          0, "It's when you replicate your database so you have backups, and it makes things more reliable."),
        .weak(
          0,
          """
          Multi-leader means one leader handles all the writes and the other nodes just read from
          it, so there are never any conflicts.
          """),
        .weak(
          0,
          """
          Leaders should communicate clearly with their team and delegate tasks so that several
          people can make decisions.
          """),
        .weak(1, "Many leaders."),
        .weak(
          0,
          """
          It does not reduce latency, it is not available during a partition, and writes are
          replicated synchronously so there are no conflicts.
          """),
      ]),
    BankQuestion(
      id: "challenges",
      strong: [
        .strong(
          6,
          """
          The first headache is that two primaries can both take an update to the same record
          before they've heard from each other, and now you have to pick a winner. Some ways of
          picking just throw one update away without telling the user who was told it worked.
          Second, because sync between sites is lagging, a reader may see old data, and the copies
          only agree eventually. Third, messages can show up in a different sequence on each node,
          like an edit landing before the row it edits exists. You'd like to use wall-clock time to
          sort it out, but machine clocks drift apart, so you really need something like vector
          clocks to know which change came first causally.
          """),
        .strong(
          6,
          """
          Honestly it's mostly about collisions. Users in two regions edit the same thing
          simultaneously and both get a success. Whatever you do to reconcile, naive approaches
          like picking the newest just quietly drop someone's data. You also lose read-after-write
          guarantees: the nodes are out of sync for a bit and only converge eventually. And
          ordering is a mess, since updates can overtake each other on the network, and you can't
          trust timestamps because server times aren't perfectly in sync. You end up tracking
          causality, e.g. with version vectors.
          """),
        .strong(
          6,
          """
          Concurrent modifications of one key at different leaders: that's the core issue, they
          clash. If you resolve by timestamp the loser vanishes even though it was acknowledged.
          Consistency is weaker, replicas diverge temporarily and you only get eventual
          consistency. Delivery order differs per leader, so an update can arrive before the insert
          that created its row. Physical time doesn't save you because of skew between servers; you need to
          capture happened-before relationships.
          """),
        .strong(
          6,
          """
          Two data centers accept different values for the same item at roughly the same time: a
          conflict. Depending on how you settle it, one user's acknowledged change can disappear
          with no error. Meanwhile the copies are inconsistent until replication catches up, so
          people read stale values. Updates also don't arrive in the same sequence everywhere. And
          you can't just sort by time because each server's clock drifts; proper causal ordering
          needs vector clocks or similar metadata.
          """),
        .strong(
          5,
          """
          Write conflicts when two sites change the same data at once; possible silent data loss
          depending on the resolution; stale reads since propagation is async; and out-of-order
          arrival of changes. Plus clocks can't be trusted to order things because they drift.
          """),
      ],
      weak: [
        .weak(0, "It's hard because you need more servers and that costs more money."),
        .weak(
          0,
          """
          The main challenge is that writes are slow because every write has to wait for all
          leaders to agree synchronously.
          """),
        .weak(
          0,
          """
          There are no conflicts because the clocks never skew, so the order is always the same
          and you never lose data.
          """),
        .weak(1, "Conflicts."),
        .weak(
          0, "Keeping everything in sync across the world is tricky and things can go wrong with the network."
        ),
      ]),
    BankQuestion(
      id: "resolving-conflicts",
      strong: [
        .strong(
          7,
          """
          Whatever you pick, every node must land on the same answer, so the rule can't depend on
          which node runs it. Options: take the write with the newest timestamp and discard the
          other; give one data center precedence over the rest; combine both values, like unioning
          two sets or adding counters; store both versions and hand them to the app or the end user
          to choose; use conflict-free replicated data types that combine automatically; or
          sidestep the problem by sending all writes for a given record to a single designated
          leader.
          """),
        .strong(
          7,
          """
          OK so, first, the simplest: newest timestamp wins, the older one just gets dropped. Or you
          rank the regions, and the higher-ranked one always wins. You can also combine the two
          values if the type allows it, say append both or take the union. Riak-style, you can keep
          both as sibling versions and make the application pick. CRDTs bake the merge into the
          data type. And the cheap trick is not to have conflicts at all: pin each user to a home
          region. Oh and whatever you do, it has to be deterministic or replicas end up different.
          """),
        .strong(
          7,
          """
          Last-writer-wins by wall-clock stamp (loses data), a static ranking of replicas by id,
          merging the two (set union, summing), returning both versions to the client to
          reconcile, CRDTs, and avoiding the situation by assigning each key a single owner leader.
          All replicas need to apply the same rule so they converge.
          """),
        .strong(
          6,
          """
          The database can pick a winner: most recent timestamp, throwing away the loser, or the
          write from the replica with the higher priority. It can combine both values instead. It
          can keep the conflicting versions side by side and let application code or a person
          resolve them later. Data types like counters and sets that are designed to merge (CRDTs)
          avoid the question. Finally, routing all writes of a record through one leader prevents
          conflicts in the first place.
          """),
        .strong(
          7,
          """
          Pick a winner deterministically so every copy agrees, either by latest clock value, which
          silently drops the other, or by a fixed region ordering. Or don't pick: merge them, or
          store both and ask the user. Or use conflict-free data types. Or avoid it altogether by
          having one leader own each record.
          """),
      ],
      weak: [
        .weak(0, "You resolve it by calling the DBA and restoring from backup."),
        .weak(0, "Just lock the row on both leaders before writing."),
        .weak(0, "Timestamps."),
        .weak(0, "You never merge, there is no priority, siblings are not allowed and CRDTs cannot help."),
        .weak(
          0,
          "Conflict resolution is about listening to both people and finding a compromise they both accept."),
      ]),
  ]
}
