extension InterviewBank {
  /// Timestamps, why last write wins loses data, and a clock that runs fast.
  static let clocks: [BankQuestion] = [
    BankQuestion(
      id: "timestamps",
      strong: [
        .strong(
          7,
          """
          When a node accepts a write it tags it with its local wall-clock time. On conflict
          everyone keeps the value with the biggest time value and ignores the rest, that's LWW,
          and since every node applies that same comparison, they all end up agreeing. Problems:
          server clocks are never perfectly in sync, so if one node's time is ahead, its stale write
          can beat a genuinely newer one. Two writes can carry identical times, so you need a
          tie-breaker like node id. The losing write is thrown away with no error to the user. And
          a timestamp can't tell you if the two updates were concurrent or causally related.
          """),
        .strong(
          7,
          """
          Each write gets the accepting server's current time attached. Newest time wins when two
          writes collide, everybody picks the same one so the copies converge. What goes wrong:
          drift. If asia's clock is five seconds ahead, it beats a us write that actually happened
          later. Ties happen too, and you need a fixed rule to break them. Plus the loser just
          disappears quietly. And timestamps don't capture whether one write knew about the other,
          for that you'd need vector clocks.
          """),
        .strong(
          7,
          """
          Timestamps give you an ordering for last-writer-wins: the accepting leader records its
          clock reading on the write, and the larger reading wins everywhere, which is
          deterministic so all replicas converge. But physical clocks disagree between machines,
          so an earlier write can win; equal readings must be broken by something like region
          order; the discarded write is lost silently; and you can't detect concurrency from a
          single number.
          """),
        .strong(
          7,
          """
          The leader writes its own time on each update. Replicas keep the latest one, and because
          everyone uses the same comparison they converge. Danger: a node whose clock runs fast
          wins conflicts it shouldn't, and the other client's acknowledged update silently
          vanishes. You also need a tie rule for identical timestamps. And a plain timestamp can't
          say whether the two writes were concurrent.
          """),
        .strong(
          7,
          """
          Used as the version for last write wins: write carries the time from the origin node's
          clock, highest value survives on all nodes, so they agree. What breaks: clock drift lets
          old data overwrite new, same-millisecond writes need a tiebreak, the overwritten write is
          gone without notice, and there's no concurrency detection.
          """),
      ],
      weak: [
        .weak(0, "Timestamps tell you when something happened, so you can sort the log."),
        .weak(
          0, "Timestamps are perfect because NTP keeps every clock exactly in sync, so nothing can go wrong."),
        .weak(
          0, "The lowest timestamp wins, clocks never skew, ties are impossible and no write is ever lost."),
        .weak(1, "Last write wins."),
        .weak(0, "A timestamp is a string like 2024-01-01 that you store in a column of type datetime."),
      ]),
    BankQuestion(
      id: "lww-data-loss",
      strong: [
        .strong(
          5,
          """
          Agreeing on a value doesn't mean you kept the data. When two updates race, LWW keeps one and
          throws the other away without any error, even though both clients got a success
          response. It's especially bad when clients read a value, change it and save it back: two
          people each add an item to a list, and one of the additions just disappears. And 'last'
          is decided by server clocks, which drift, so it might not even be the actual latest.
          It's fine for data that's written once and never updated, or where losing an update
          doesn't matter, like a cache.
          """),
        .strong(
          5,
          """
          Because it drops data on the floor. Two concurrent writes, both got an OK back, and one
          gets quietly overwritten. Think two users appending to the same shopping list: read,
          modify, write back, and one change evaporates. The winner depends on machine time, which
          can be off. I'd only use it for immutable records with unique keys, or stuff like a
          last-login timestamp where losing an update is harmless.
          """),
        .strong(
          5,
          """
          LWW guarantees agreement but not durability of acknowledged writes: of two simultaneous
          updates, one silently vanishes despite having been confirmed. Read-update-write cycles
          on a shared object lose one user's edit. The choice of winner rests on clocks that can be
          skewed. Use it only for insert-only data or when dropping a concurrent update is OK.
          """),
        .strong(
          5,
          """
          Both writers were told their write succeeded, yet LWW discards one of them without a
          trace. If two clients each load a document, tweak different fields and save, one tweak
          is gone. A node with a fast clock wins every time. Acceptable for write-once keys,
          caches, things like that.
          """),
        .strong(
          5,
          """
          You lose acknowledged writes silently whenever updates are concurrent, and since the
          winner is picked by wall clock, clock drift can even make a stale update win.
          Read-modify-write patterns are the classic victim. It's OK when keys are never updated
          after creation.
          """),
      ],
      weak: [
        .weak(0, "It's dangerous because it's slow."),
        .weak(
          0,
          "LWW never loses writes; it just picks the newest one, and the older one is kept as a backup."),
        .weak(
          0,
          "Nothing is discarded, nobody is told the write succeeded, clocks are irrelevant and it is never acceptable."
        ),
        .weak(1, "Data loss."),
        .weak(0, "People call it dangerous because distributed systems are hard and things break."),
      ]),
    BankQuestion(
      id: "clock-skew",
      strong: [
        .strong(
          6,
          """
          Every update asia takes is stamped two minutes ahead of reality, so when someone in the
          US changes the same key shortly after, the US write looks older and gets thrown away
          everywhere, with nobody told. To defend: watch the offset of every node's time sync
          daemon and alarm, or stop accepting writes, when it drifts. Have nodes refuse or cap
          timestamps that are too far ahead of their own time. Switch to hybrid logical clocks so
          causality is respected. Or stop relying on time altogether: vector clocks plus siblings,
          or CRDTs.
          """),
        .strong(
          6,
          """
          Asia basically wins every conflict for two minutes, because its writes look like they're
          from the future. A US user who writes after them in real life loses their update and
          doesn't find out. Fixes: alert on NTP offset; have receivers reject or clamp crazy
          timestamps; use HLCs; or go with version vectors or CRDTs so wall time doesn't matter.
          """),
        .strong(
          6,
          """
          Asia's updates carry times from two minutes ahead and beat any genuinely newer write
          from the US for that window; the US change silently disappears. Mitigations: track clock
          synchronization and page someone when drift exceeds a threshold; bound accepted
          timestamps relative to the receiving node's clock; hybrid logical clocks; or spot
          concurrent writes using version vectors instead of trusting time.
          """),
        .strong(
          6,
          """
          The skewed node's writes always look newest, so a real later update from another region
          is overwritten and lost without any error. You'd monitor clock skew, refuse writes whose
          timestamp is far off from the local clock, maybe use an HLC, or move to causality
          tracking with vector clocks.
          """),
        .strong(
          5,
          """
          Writes from asia win conflicts they shouldn't; the newer write made in us is dropped
          quietly. Keep clocks in sync with NTP or PTP and check them, clamp timestamps that are
          too far in the future, and consider CRDTs.
          """),
      ],
      weak: [
        .weak(0, "Two minutes isn't a big deal, nothing really happens."),
        .weak(0, "The asia writes would lose because they look older, so just restart the server."),
        .weak(
          0,
          "Nothing is lost, NTP monitoring is useless, never reject timestamps and hybrid logical clocks do not help."
        ),
        .weak(1, "Use NTP."),
        .weak(0, "Time zones are tricky; you should store everything in UTC."),
      ]),
  ]
}
