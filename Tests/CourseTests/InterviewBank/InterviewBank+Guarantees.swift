extension InterviewBank {
  /// Read guarantees (monotonic reads, consistent prefix, causal consistency) and IDs and
  /// uniqueness across leaders: three strong and three weak answers to each of the six questions
  /// added with them, written before the grader was run on them. Each weak set has one answer that
  /// uses the topic's words to say the opposite.
  static let guarantees: [BankQuestion] = [
    BankQuestion(
      id: "monotonic-reads",
      strong: [
        .strong(
          5,
          """
          The load balancer sent the second request to a different follower, one that was further
          behind. So the comment was there, then gone: the user went back in time. What's missing
          is monotonic reads. Fix it by pinning each user to one replica, say by hashing their id,
          or by letting the client keep track of the version it last saw and only accepting
          answers from a replica that has caught up to it.
          """),
        .strong(
          5,
          """
          Replication lag differs per replica. Read one: a fresh server. Read two: a stale server.
          The user saw newer then older data, which breaks the monotonic read guarantee. Either
          use sticky sessions so the same node serves that user every time, or pass a timestamp
          of the last seen write and make the replica wait until it has applied it.
          """),
        .strong(
          5,
          """
          Two reads, two replicas, each lagging by its own amount, so the second looked older than
          the first and the comment seemed to vanish. Monotonic reads would forbid that: you can
          be stale, just never staler than last time. Route each user's reads to one follower, or
          track the last version they read and have the follower catch up first.
          """),
      ],
      weak: [
        .weak(0, "The comment was deleted by a moderator between the two loads."),
        .weak(0, "You need strong consistency everywhere, otherwise nothing works."),
        .weak(
          0,
          """
          Replicas never lag, the user never sees older data after newer, monotonic reads are not
          a thing, and you should never pin users to the same replica.
          """),
      ]),
    BankQuestion(
      id: "consistent-prefix",
      strong: [
        .strong(
          5,
          """
          The reply was accepted by a different region's leader after that person read the
          original. Each leader ships its own writes directly, and the link carrying the reply to
          Europe was faster, so it overtook the original. That breaks consistent prefix reads,
          where every reader sees history in a sequence that could really have occurred. Keep a conversation on one
          leader so it has a single ordered log, or record dependencies and delay a write at a
          replica until what it depends on has arrived.
          """),
        .strong(
          5,
          """
          Different paths between regions have different latency, so the answer arrived before
          the question. The question came through leader A, the answer through leader B from
          someone who'd read it. That's the consistent prefix guarantee. Solutions: a total order for
          related writes (same partition), or causal delivery, where a replica buffers the reply
          until the original it relies on shows up.
          """),
        .strong(
          4,
          """
          Messages took different routes and the reply got there first, maybe the direct link
          from the US was slow or partitioned. Readers should see a prefix of the real order of
          writes. Route a whole chat to one leader, or hold replies back until their parent
          message has been applied.
          """),
      ],
      weak: [
        .weak(0, "The user in Europe has a slow internet connection."),
        .weak(0, "Use last write wins so the newest message wins."),
        .weak(
          0,
          """
          Links never differ in speed, nothing can overtake anything, writes are never seen out of
          order, and there is no need to track dependencies or hold anything back.
          """),
      ]),
    BankQuestion(
      id: "causal-consistency",
      strong: [
        .strong(
          7,
          """
          If I read your post and then comment on it, my comment is causally after your post.
          Causal consistency says nobody can see my comment without your post, on any replica,
          even though they're different keys. Unrelated concurrent writes can show up in any
          order. Implementation: the client library keeps track of what I read and sends those
          dependencies with my write; a remote replica buffers the write and doesn't make it
          visible until the dependencies are visible there. COPS works like that. Writes still
          commit locally, no coordination between regions.
          """),
        .strong(
          6,
          """
          It orders only what happened-before: if write B was made by someone who had seen A, every
          replica exposes A before B. Concurrent writes have no required order. It spans multiple
          keys, which a per-key version vector can't capture. You attach metadata, a dependency
          list or vector, to each write, and a receiving replica holds the write until its
          dependencies are applied. Each region keeps taking writes locally.
          """),
        .strong(
          6,
          """
          Anything that could have influenced a write must be visible wherever the write is
          visible. Concurrent writes with no causal link may show up in a different sequence per region.
          Track dependencies in the client, ship them along with every write, and have replicas
          delay showing a write until its dependencies are there. Writes need no round trip
          between regions.
          """),
      ],
      weak: [
        .weak(0, "Causal consistency means all replicas are always identical at every instant."),
        .weak(0, "It's when the cause of a bug is consistent across runs."),
        .weak(
          0,
          """
          Nothing depends on anything, replicas never wait for dependencies, nobody tracks what a
          client read, and concurrent writes must appear in the same order everywhere.
          """),
      ]),
    BankQuestion(
      id: "id-generation",
      strong: [
        .strong(
          6,
          """
          A plain auto-increment sequence breaks, because both leaders will give out the same
          number. Give each region its own prefix or range of numbers, or use offsets: region one
          takes odd numbers and region two takes even. Or use random UUIDs, no coordination at
          all, but long and unordered. Or Snowflake: timestamp plus machine id plus sequence
          number, which is roughly time-sortable, but only as accurate as the clocks, skew can
          misorder them.
          """),
        .strong(
          6,
          """
          Local counters collide across regions, so you'd get duplicate order numbers. Options:
          a per-region block of IDs, odd/even interleaving, UUIDv4, or a time-based ID like
          Snowflake built from a timestamp, a worker number and a sequence. Time-based ones sort
          roughly by creation, but clock drift between machines means the order isn't exact.
          """),
        .strong(
          5,
          """
          Don't share one counter: two regions would collide on the same id. Prefix with the
          region code, or use GUIDs, which are random and need no coordination. For sortable IDs
          combine the time with a node id and a per-node sequence; just remember a node with a
          skewed clock can make a newer ID sort before an older one.
          """),
      ],
      weak: [
        .weak(0, "Just use the database's auto-increment, it is always unique."),
        .weak(0, "Use the customer's name as the order ID."),
        .weak(
          0,
          """
          A shared counter never produces duplicates, no prefix is needed, nobody uses UUIDs,
          and clocks have nothing to do with ordering.
          """),
      ]),
    BankQuestion(
      id: "uniqueness-across-leaders",
      strong: [
        .strong(
          6,
          """
          Both leaders check their local copy, see the name is free and confirm the signup. When
          replication catches up, last write wins throws one of them away, so one person was told
          yes and lost the name. You can't enforce uniqueness without coordinating before you
          acknowledge. Either route every signup of that name to a single home region, use a quorum or a
          consensus protocol like Raft so only one succeeds, or detect the duplicate afterwards
          and compensate by asking one user to rename.
          """),
        .strong(
          6,
          """
          Each region said yes because each only looked at its own data. On merge one account
          silently overwrites the other. Uniqueness needs coordination: hash the username to a
          single owner leader, or get a majority of leaders to agree before confirming, or accept
          both and detect the clash later, then fix it and apologize to the user.
          """),
        .strong(
          5,
          """
          Both users get told they own the name, then the conflict resolution drops one. Fix: send
          all writes for that username to the same leader, or go through consensus (Paxos), or
          detect duplicates afterwards and rename one account.
          """),
      ],
      weak: [
        .weak(0, "Add a unique index on the username column."),
        .weak(0, "The database will merge the two users into one account."),
        .weak(
          0,
          """
          Neither leader accepts anything, nothing is lost or overwritten, no coordination is
          needed, and there's never a reason for a quorum or consensus.
          """),
      ]),
    BankQuestion(
      id: "read-guarantees-by-topology",
      strong: [
        .strong(
          6,
          """
          Single leader: the primary is always current, but followers trail it, so a read from a
          replica might be out of date. You can miss your own update, or hit a fresher replica and
          then a staler one and watch data go backwards, so read-your-writes and monotonic reads
          fail there. Because every replica replays the same log in the same order, you never see
          effects before causes. Multi-leader: leaders themselves trail what other regions
          accepted, and each leader's writes travel independently, so replies can overtake their
          questions. Mitigate with sticky routing to a home region and session tokens, so a replica
          answers only once it is as fresh as the token.
          """),
        .strong(
          6,
          """
          With one primary the only problem is replication lag on followers: stale reads, not
          seeing your own write, and non-monotonic reads if you bounce between followers. The
          order is fine since there's one log. Add leaders and the leader in another region is
          behind too, plus writes arrive out of order across regions, breaking causality. Fix with
          pinning users to a region, version tokens, and tracking dependencies.
          """),
        .strong(
          5,
          """
          Async followers are behind, so you can get stale data and lose read-after-write
          and monotonic reads. Ordering is preserved because a single log orders everything. With
          multiple leaders, the other region's leader might not have your write yet, and an answer
          can show up before the question since messages take different routes.
          """),
      ],
      weak: [
        .weak(0, "There are no anomalies as long as you use SSDs."),
        .weak(0, "Single leader is strongly consistent everywhere, multi-leader is just faster."),
        .weak(
          0,
          """
          Followers never lag, nobody ever misses their own write, leaders are never behind, and
          writes never arrive out of order, so no sticky routing or tokens are needed.
          """),
      ]),
  ]
}
