import Testing

/// Whole sessions compared line for line with reviewed transcripts in `Golden/`.
///
/// Set `UPDATE_GOLDEN=1` to rewrite the files (see ``Golden``).
@Suite struct GoldenSessionTests {
  @Test func lastWriterWinsPizzaConflict() throws {
    try Golden.check(
      "lww-pizza",
      [
        "write us topping=pepperoni at 12:00:00",
        "write asia topping=mushroom at 12:00:00.010",
        "run",
        "read us-f1 topping",
        "read asia topping",
        "report",
      ])
  }

  @Test func realSystemPresetsDecideTheSameTieDifferently() throws {
    try Golden.check(
      "presets",
      [
        "write us topping=mushroom at 12:00:00",
        "write asia topping=pepperoni at 12:00:00",
        "run",
        "read us topping",
        "reset",
        "policy preset cassandra",
        "write us topping=mushroom at 12:00:00",
        "write asia topping=pepperoni at 12:00:00",
        "run",
        "read us topping",
        "reset",
        "policy preset couchdb",
        "write us topping=mushroom at 12:00:00",
        "write asia topping=pepperoni at 12:00:00",
        "run",
        "read us topping",
        "reset",
        "policy preset dynamodb-strong",
        "cluster us asia eu",
        "policy preset dynamodb-strong",
        "write us topping=mushroom at 12:00:00",
        "write asia topping=pepperoni at 12:00:00",
        "run",
        "report",
        "explain cosmos",
      ])
  }

  @Test func crdtKeysMergeInsteadOfPickingAWinner() throws {
    try Golden.check(
      "crdt-keys",
      [
        "policy crdt or-set --key toppings",
        "add us toppings pepperoni at 12:00:00",
        "add asia toppings mushroom at 12:00:00",
        "run",
        "remove asia toppings pepperoni",
        "add us toppings pepperoni at 12:00:00.100",
        "run",
        "state toppings",
        "policy crdt text --key note",
        "insert us note 0 \"Ready at noon.\"",
        "run",
        "insert us note 14 \" Extra basil!\" at 12:00:01",
        "insert asia note 14 \" No olives!\" at 12:00:01",
        "run",
        "read us note",
        "read asia-f2 note",
        "policy crdt g-counter --key likes",
        "decr us likes",
        "write us likes=5",
        "report",
      ])
  }

  @Test func clockSkewLosesTheLaterWrite() throws {
    try Golden.check(
      "clock-skew",
      [
        "clock asia +2m",
        "write asia topping=mushroom",
        "run 1m",
        "write us topping=pepperoni",
        "run",
        "state topping",
        "report",
      ])
  }

  @Test func siblingsReadAndResolve() throws {
    try Golden.check(
      "siblings-resolve",
      [
        "policy siblings",
        "write us topping=pepperoni at 12:00:00",
        "write asia topping=mushroom at 12:00:00",
        "run",
        "read us topping",
        "conflicts",
        "resolve topping pepperoni,mushroom",
        "run",
        "read asia-f2 topping",
        "conflicts",
        "report",
      ])
  }

  @Test func quorumRejectsTheConflictingAsiaWrite() throws {
    try Golden.check(
      "quorum-conflict",
      [
        "policy quorum",
        "write us topping=pepperoni at 12:00:00",
        "write asia topping=mushroom at 12:00:00",
        "run",
        "state topping",
        "report",
      ])
  }

  @Test func quorumWriteTimesOutAcrossAPartition() throws {
    try Golden.check(
      "quorum-partition",
      [
        "policy quorum --timeout 500ms",
        "partition us asia",
        "write us topping=pepperoni",
        "run",
        "heal",
        "run",
        "report",
      ])
  }

  @Test func partitionHoldsMessagesUntilHeal() throws {
    try Golden.check(
      "partition-heal",
      [
        "partition us asia",
        "write us topping=pepperoni",
        "write asia topping=mushroom",
        "run",
        "status",
        "read us topping",
        "read asia topping",
        "heal",
        "run",
        "state topping",
        "report",
      ])
  }

  @Test func crashAndRecover() throws {
    try Golden.check(
      "crash-recover",
      [
        "crash asia-f1",
        "write us topping=pepperoni",
        "run",
        "read asia-f1 topping",
        "read asia-f2 topping",
        "crash asia-f1",
        "recover asia-f1",
        "run",
        "read asia-f1 topping",
        "crash asia",
        "write asia topping=olive",
        "write us topping=olive",
        "run",
        "recover asia",
        "run",
        "state topping",
        "report",
      ])
  }

  @Test func singleLeaderMakesAsiaClientsWait() throws {
    try Golden.check(
      "single-leader",
      [
        "cluster us asia --single-leader us",
        "write us topping=pepperoni --from asia",
        "write asia-f1 topping=mushroom",
        "write asia topping=mushroom",
        "write us topping=olive",
        "run",
        "state topping",
      ])
  }

  @Test func helpAndErrorMessages() throws {
    try Golden.check(
      "help-and-errors",
      [
        "help",
        "help all",
        "help write",
        "wrte us topping=pepperoni",
        "write us",
        "write us topping=pepperoni --form asia",
        "run 2x",
        "policy merge average",
        "write mars topping=pepperoni",
        "write us topping=\u{1B}[2J",
        "run until 11:00",
        "   # a comment",
      ])
  }
}

/// Challenges, solved and not yet solved, line for line.
@Suite struct ChallengeGoldenTests {
  @Test func aChallengeSolved() throws {
    try Golden.check(
      "challenge-solved",
      [
        "challenge small-skew-lost-write",
        "solution",
        "hint",
        "clock us -3ms",
        "state topping",
        "check",
        "write us topping=mushroom at 12:00:00.002",
        "run",
        "challenges",
      ])
  }

  @Test func aChallengeNotYetSolved() throws {
    try Golden.check(
      "challenge-failed",
      [
        "challenge quorum-three-regions",
        "crash asia",
        "write us topping=pepperoni",
        "run",
        "check",
        "policy quorum --timeout 1s",
        "partition us eu",
        "solution",
      ])
  }
}
