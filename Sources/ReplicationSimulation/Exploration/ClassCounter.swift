/// Counts the classes of equivalent orders in an explored graph: orders that differ only by
/// swapping adjacent steps at different nodes end alike and count as one class.
///
/// A walk with sleep sets visits exactly one order of each class; this counts those walks,
/// remembering the count for each state and sleep set.
struct ClassCounter {
  /// For each state, its steps and the states they lead to.
  let successors: [[(ExplorationStep, Int)]]
  /// The most (state, sleep set) pairs remembered before counting gives up.
  static let memoryLimit = 500_000

  private final class Memo {
    var counts: [Entry: Double] = [:]
    var exhausted = false
  }

  private struct Entry: Hashable {
    let state: Int
    let sleep: Set<ExplorationStep>
  }

  /// The number of classes of complete orders from `root`, or `nil` when too many states and
  /// sleep sets would have to be remembered.
  func count(from root: Int) -> Double? {
    let memo = Memo()
    let total = count(root, sleep: [], memo: memo)
    return memo.exhausted ? nil : total
  }

  private func count(_ state: Int, sleep: Set<ExplorationStep>, memo: Memo) -> Double {
    let steps = successors[state]
    if steps.isEmpty { return 1 }
    let entry = Entry(state: state, sleep: sleep)
    if let known = memo.counts[entry] { return known }
    if memo.exhausted || memo.counts.count >= Self.memoryLimit {
      memo.exhausted = true
      return 0
    }
    var total = 0.0
    var asleep = sleep
    for (step, target) in steps where !asleep.contains(step) {
      total += count(target, sleep: asleep.filter { $0.isIndependent(of: step) }, memo: memo)
      asleep.insert(step)
    }
    memo.counts[entry] = total
    return total
  }
}
