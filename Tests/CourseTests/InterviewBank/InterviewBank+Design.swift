extension InterviewBank {
  /// A quorum of two leaders, conflict avoidance, and a bank balance.
  static let design: [BankQuestion] = [
    BankQuestion(
      id: "quorum-two-leaders",
      strong: [
        .strong(
          5,
          """
          With two leaders a majority means both of them, so every write needs a yes from each.
          Once the link goes down, neither region can get its second vote and all writes stall on
          both sides. Even when things are healthy each write waits for a reply from the far
          region. The fix is an odd count: add a third region, or a lightweight tie-breaker node.
          But notice you've thrown away what multi-leader was for: local, always-available writes.
          """),
        .strong(
          5,
          """
          Majority of 2 is 2. So you need both. Link dies, nobody can write, you're down in both
          regions. And every single write is a transatlantic hop anyway. Use three voters, or a
          witness. Honestly at that point you've given up the availability you wanted from
          multi-leader.
          """),
        .strong(
          5,
          """
          They need both acknowledgements since more than half of two is two. A partition blocks
          writes everywhere; every write also incurs inter-region latency. Three replicas, or two
          plus an arbitrator, would allow one side to continue. Quorum trades away local writes
          and availability.
          """),
        .strong(
          5,
          """
          Both leaders have to confirm each write, so during the outage no write can succeed in
          either us or asia, and you're less available than with a single leader. Writes are also
          slower because of the cross-region hop. Add a third voting member.
          """),
        .strong(
          4,
          """
          Deadlock of sorts: each side has one vote out of two, not a majority, so both refuse
          writes until the link is back. Latency goes up too since each write waits for the other
          ocean. Better: three leaders or a witness node.
          """),
      ],
      weak: [
        .weak(0, "Each side keeps writing locally and they merge later."),
        .weak(0, "The leader with the most votes wins."),
        .weak(
          0, "Both sides can write, there is no round trip, and you don't need a witness or three nodes."),
        .weak(1, "It blocks."),
        .weak(0, "Quorums are about voting so it depends on the votes."),
      ]),
    BankQuestion(
      id: "conflict-avoidance",
      strong: [
        .strong(
          6,
          """
          The idea is to make sure a given record is only ever written through one leader. You
          assign every customer to a primary data center, usually the nearest, and send all their
          updates there. Users still get fast local writes and you don't need any merge logic. It
          falls apart when that assignment has to move: the customer relocates, or their data
          center goes down and you fail over, and for a while two leaders may take writes for the
          same record. It also can't help with data that many regions update together, like a
          global like counter. So you still want a backup conflict strategy.
          """),
        .strong(
          6,
          """
          Basically: give everything an owner. User 42 lives in Europe, all of user 42's writes go
          to the Europe leader. No two leaders touch the same row, so no conflicts, and it's still
          quick for the user. Where it breaks: user flies to Japan, or Europe is down and you
          redirect, and now two leaders might be writing the same stuff. And shared stuff, like a
          doc edited by people on three continents, can't have one owner. You still need some
          resolution as a safety net.
          """),
        .strong(
          6,
          """
          Partition ownership so each key has a designated home leader that all its writes are
          routed to. It preserves low latency for users near their home and removes the need for a
          conflict resolution rule. It fails during re-homing (migration, failover) when two
          leaders briefly both accept writes, and for globally shared data written concurrently
          from everywhere. Keep a fallback policy anyway.
          """),
        .strong(
          6,
          """
          You avoid conflicts by pinning each tenant to one region; writes for that tenant only go
          to that region's leader. It keeps latency low for most people and there's nothing to
          resolve. Downsides: if the region dies and you switch the tenant elsewhere, conflicts can
          come back, and data touched by lots of regions at once doesn't fit, so you'd keep a
          secondary resolution policy for those edge cases.
          """),
        .strong(
          5,
          """
          Send every write for the same entity to the same primary, say based on the user's home
          region. Cheap and keeps writes local. Breaks when the home moves or fails over, and for
          data that's naturally multi-region like a shared counter.
          """),
      ],
      weak: [
        .weak(0, "Conflict avoidance means the team agrees not to argue in meetings."),
        .weak(0, "You avoid conflicts by using last write wins, which always works."),
        .weak(
          0,
          "There is no home region, writes are never routed to one leader, it never fails and needs no fallback."
        ),
        .weak(1, "Home regions."),
        .weak(0, "It's when you design the system so there are fewer problems."),
      ]),
    BankQuestion(
      id: "design-bank-balance",
      strong: [
        .strong(
          6,
          """
          I wouldn't let withdrawals go through independent leaders. 'You can't go overdrawn' is a
          rule that spans writes, and two regions could each OK a withdrawal of the whole balance
          before syncing, so the customer takes the money twice. I'd model the account as an
          immutable log of transactions that just gets appended to and merged by union. Deposits
          anywhere; anything that must check the balance goes through the account's home region or
          a consensus protocol, paying the latency. Balance reads from the local replica could be
          slightly out of date, so label them. Another option: split the balance into per-region
          allowances each region can spend alone.
          """),
        .strong(
          6,
          """
          No way for withdrawals. Two leaders can both approve taking out 100 dollars from a
          100-dollar account, a double spend. Balance >= 0 is a constraint you can't check without
          coordination. Keep an append-only journal of entries, route debits through one owner leader
          or Paxos or Raft, and accept that the displayed balance may be a bit stale. Or give each
          region a budget slice, escrow-style.
          """),
        .strong(
          6,
          """
          The non-negativity constraint can't be guaranteed when leaders accept writes
          independently: both may authorize a withdrawal. Store transactions as an append-only
          journal with unique ids; send withdrawals through a single leader per account or a
          majority quorum; local reads might lag; optionally pre-allocate part of the balance to
          each region.
          """),
        .strong(
          5,
          """
          Not with plain multi-master. The problem is the rule that you can't go below zero, and
          nothing enforces that across leaders: two sites could each let the customer withdraw
          everything. I'd keep deposits multi-region but withdrawals on a strongly consistent
          path, e.g. consensus across three regions, and keep a ledger rather than a single
          number. Reads of the balance in a far region might be behind, which is fine if you show
          when it was computed.
          """),
        .strong(
          6,
          """
          Balances must not go negative, and multi-leader can't enforce that because each leader
          decides alone; two could approve withdrawals at the same time. So: ledger of
          transactions, append-only; withdrawals through a home leader; reads can be stale; escrow
          splits the money between regions.
          """),
      ],
      weak: [
        .weak(0, "Yes, multi-leader is perfect for banks because it's fast everywhere."),
        .weak(0, "Use last write wins on the balance field so every region converges."),
        .weak(
          0,
          "No invariant matters, a ledger is pointless, never use a home leader or consensus, and reads are never stale."
        ),
        .weak(1, "Use a ledger."),
        .weak(0, "Banks need security and encryption, so use strong passwords."),
      ]),
  ]
}
