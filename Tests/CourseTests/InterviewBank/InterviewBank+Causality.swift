extension InterviewBank {
  /// Version vectors, siblings and CRDTs.
  static let causality: [BankQuestion] = [
    BankQuestion(
      id: "version-vectors",
      strong: [
        .strong(
          6,
          """
          A version vector is a little map from node id to a number, one slot for each replica.
          Whenever a node accepts a write it bumps its own slot. To compare two versions you look
          at each slot: if all of A's numbers are at most B's, then B already includes everything A
          knew, so B replaces A. If A is ahead in one slot and B is ahead in another, neither knew about the
          other and they're concurrent, a genuine conflict. When you combine them you take the
          larger number per slot. Nice property: no wall-clock time involved.
          """),
        .strong(
          6,
          """
          You keep a counter for each node. A node adds one to its own counter every time it takes
          a write. Then comparing: if one vector is <= the other in every position, it's older and
          can be dropped. If each one wins somewhere, they happened concurrently. Merging is
          pairwise max. And there's no physical time in it, so skewed clocks can't mess it up.
          """),
        .strong(
          6,
          """
          It's a list of per-leader sequence numbers; the accepting leader increments its entry on
          each update. Vector A dominates B when it's greater-or-equal in every component, then A
          supersedes B. If neither dominates, the updates were concurrent. Combining two vectors
          means the component-wise maximum. Unlike timestamps it doesn't rely on synchronized
          clocks.
          """),
        .strong(
          5,
          """
          Each replica has its own position in the vector and increments it when it accepts a
          write. Replica 1 sees [3,1] vs [2,1]: every position is bigger or equal, so [3,1] is
          newer and wins. [3,1] vs [2,2]: each is ahead somewhere, so they're concurrent and you
          have to keep both or merge. After syncing, each position becomes the bigger of the two.
          """),
        .strong(
          6,
          """
          Think of it as a tally per data center of how many writes from there a value includes.
          The DC that takes a write bumps its own tally. If one tally set is everywhere at least as
          large as the other, it's causally after it and supersedes it; if they cross, the writes
          are concurrent. Merge with the max of each tally. No clocks needed.
          """),
      ],
      weak: [
        .weak(0, "A version vector is like a version number in git."),
        .weak(0, "It's a timestamp from the leader's clock; the bigger timestamp wins."),
        .weak(
          0,
          """
          There is no counter per node, nobody increments anything, you never compare entries,
          concurrent writes cannot be detected and you take the minimum.
          """),
        .weak(0, "Vectors of versions."),
        .weak(0, "In linear algebra a vector has a direction and a magnitude."),
      ]),
    BankQuestion(
      id: "siblings",
      strong: [
        .strong(
          5,
          """
          When two writes race and the store can't tell which should win, it keeps all of them
          side by side; those are siblings. A read hands you every version and it's on your code
          to reconcile them, maybe merging, maybe asking the person. Then you save the reconciled
          value and include the vector clock you got when reading, so the store knows which
          versions you've replaced. Upside: nothing that was acknowledged disappears. Downside: if
          clients write without that metadata, siblings multiply without bound.
          """),
        .strong(
          5,
          """
          Siblings are what you get when the DB refuses to pick a winner between concurrent
          writes: it just holds on to both. Your app reads them back, combines them however makes
          sense, merging shopping cart contents, or show the user both and let them pick, and writes the
          result with the context token from the read. That way no confirmed write goes missing.
          But sloppy clients that drop the context create more and more siblings, which can blow
          up.
          """),
        .strong(
          5,
          """
          Multiple conflicting versions stored for one key. The application must resolve them,
          merge or let the user decide, and write the resolution back carrying the causal context
          so the old versions get superseded. You never silently lose an acknowledged update, but
          you risk a sibling explosion if writes use stale contexts.
          """),
        .strong(
          4,
          """
          Instead of throwing one update away, the database keeps each concurrent value. The app
          has to look at all the values and decide, for example merge them, then write back
          passing along the version info it read, otherwise the write itself becomes another
          sibling. Nothing the user was told succeeded is lost.
          """),
        .strong(
          5,
          """
          Concurrent versions of a value the store keeps together rather than choosing one. On
          read you get the set; your code or the end user resolves; you write back with the vclock
          so it replaces those versions. Guarantees no write you acked is lost; costs app
          complexity and piles of siblings if contexts are stale.
          """),
      ],
      weak: [
        .weak(0, "Siblings are nodes at the same level of a B-tree."),
        .weak(
          0,
          """
          Siblings are when LWW picks the newest value and drops the other one, the application
          doesn't have to do anything.
          """),
        .weak(
          0,
          "The application never merges, there is no causal context, writes are lost and siblings never explode."
        ),
        .weak(1, "Multiple values."),
        .weak(0, "They are related copies of data, and the app should handle them carefully."),
      ]),
    BankQuestion(
      id: "crdts",
      strong: [
        .strong(
          6,
          """
          It's a data structure built so that copies can be modified separately, with no locking
          or consensus, and then combined automatically. The combine function doesn't care about
          the order you apply things in, doesn't care how you group them, and applying the same
          state again changes nothing. So any two copies that got the same set of changes end up
          identical, no matter the delivery order or duplicates. That's exactly what you want when
          several leaders take writes on their own. The catch: each type hard-codes how conflicts
          resolve, e.g. an add beats a concurrent remove in an OR-Set.
          """),
        .strong(
          6,
          """
          CRDTs are types like counters and sets where every replica can update locally without
          talking to anyone, and when they exchange state the merge always works out. Merge is
          commutative, associative and idempotent, so order, batching and duplicate messages don't
          matter, which guarantees all replicas converge once they've seen the same updates. You
          do have to accept the type's built-in rule, like add-wins for sets.
          """),
        .strong(
          6,
          """
          They're replicated types that are conflict-free by construction. Replicas apply updates independently, and merging
          is guaranteed to commute, associate and be idempotent, so regardless of order or
          redelivery they reach the same state. Great for multi-leader because there's nothing to
          resolve. Limitation: you must fit your data into a type with fixed semantics, an
          add-wins set, a grow-only counter and so on.
          """),
        .strong(
          6,
          """
          A type whose merge is a join in a semilattice: order-insensitive, grouping-insensitive,
          and safe to repeat. Nodes can accept writes with zero coordination and still all end up
          the same. Each CRDT bakes in one conflict policy.
          """),
        .strong(
          5,
          """
          Data types for replication where each leader updates its copy alone and they sync later
          with a merge that can't conflict: you can merge in any order, merge twice, and everyone
          ends up with the same value. Examples: G-Counter, PN-Counter, OR-Set with add-wins.
          """),
      ],
      weak: [
        .weak(0, "A CRDT is a kind of database from the 90s."),
        .weak(0, "CRDTs use a central coordinator to order updates, so replicas never diverge."),
        .weak(
          0, "The merge is not commutative, not associative, not idempotent, and replicas never converge."),
        .weak(0, "Conflict-free data types."),
        .weak(0, "CRDTs are good because they make replication easier and more reliable."),
      ]),
  ]
}
