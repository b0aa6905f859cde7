/// The scripts of the script benchmark: a learner's session, written out, 200 commands long, and
/// the same session 10,000 commands long, to see whether a command costs more late in a session.
///
/// It builds a three-region cluster, then repeats rounds of writes from every region, reads from
/// followers, partitions that are healed, and the looking commands (`state`, `conflicts`,
/// `report`, `status`), so the mix matches what lessons and scenarios run. The keys cycle (12
/// toppings, 24 orders), so a longer script has a longer history, not a bigger world.
enum BenchmarkScript {
  /// The number of commands in the short script.
  static let commandCount = 200
  /// The number of commands in the long script.
  static let longCommandCount = 10_000

  /// The short script's lines: exactly ``commandCount`` commands.
  static var lines: [String] { lines(count: commandCount) }

  /// The script's first `count` lines: commands only, no comments or blank lines.
  static func lines(count commandCount: Int) -> [String] {
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
          "partition us asia,eu", "write us order\(round % 24)=large", "write eu order\(round % 24)=small",
          "heal",
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
