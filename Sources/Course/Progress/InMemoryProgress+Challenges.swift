extension InMemoryProgress {
  /// The challenges solved, sorted by id.
  public func challengeRecords() -> [ChallengeRecord] {
    solvedChallenges.withLock { $0.values.sorted { $0.id < $1.id } }
  }

  /// Records a solution, keeping the fewest commands.
  @discardableResult
  public func recordChallenge(_ id: String, commands: Int, at time: Moment) -> ChallengeRecord {
    solvedChallenges.withLock { records in
      let record =
        records[id]?.solvedAgain(in: commands)
        ?? ChallengeRecord(id: id, bestCommands: commands, timesSolved: 1, firstSolved: time)
      records[id] = record
      return record
    }
  }
}
