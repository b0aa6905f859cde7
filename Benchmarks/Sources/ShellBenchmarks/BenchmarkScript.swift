/// The 200-command script of the script benchmark: a learner's session, written out.
///
/// It builds a three-region cluster, then repeats rounds of writes from every region, reads from
/// followers, partitions that are healed, and the looking commands (`state`, `conflicts`,
/// `report`, `status`), so the mix matches what lessons and scenarios run.
enum BenchmarkScript {
  /// The number of commands in the script.
  static let commandCount = 200

  /// The script's lines: exactly ``commandCount`` commands, no comments or blank lines.
  static var lines: [String] {
    var lines = [
      "cluster us asia eu --followers 2",
      "latency us asia 75ms",
      "latency us eu 40ms",
      "latency asia eu 90ms",
      "policy lww",
      "clock asia +50ms",
    ]
    var round = 0
    while lines.count < commandCount {
      let key = "topping\(round % 12)"
      var block = [
        "write us \(key)=pepperoni\(round)",
        "write asia \(key)=mushroom\(round)",
        "read eu-f1 \(key)",
        "state \(key)",
      ]
      if round.isMultiple(of: 3) {
        block += [
          "partition us asia,eu", "write us order\(round)=large", "write eu order\(round)=small", "heal",
          "run",
          "conflicts",
        ]
      }
      if round.isMultiple(of: 4) { block += ["state", "report", "status"] }
      lines += block
      round += 1
    }
    return Array(lines.prefix(commandCount))
  }
}
