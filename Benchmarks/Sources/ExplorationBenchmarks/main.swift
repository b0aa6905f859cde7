// Exhaustive exploration (issues 8 and 21): states per second and the reduction factor (orders
// covered per state visited) on two scenarios, each with client requests that may be late
// (`explore --late-clients`, whose outcomes are `OutcomeDetail.contents`) and on time (the shell's
// default, `OutcomeDetail.everything`), with partial-order reduction on and off. The late-request
// search is also run recording everything (overtakes too), which is larger than the bound.
//
//   swift run -c release ExplorationBenchmarks [--repeats N] [--max-states N]
//
// A scenario larger than the bound (200,000 states by default) is reported as partial, with the
// rate it reached; that misses the time target. Only a disagreement between reduction on and off
// (on a complete search) fails the run.

import BenchmarkSupport
import Glibc
import ReplicationModel
import ReplicationSimulation

/// One benchmark scenario: a cluster with client writes scheduled, nothing run yet.
struct Scenario {
  let name: String
  var target: Double
  let world: Simulation
  let writesPerLeader: Int
  /// Whether client requests reach their nodes on time (``ExplorationOptions/clientsOnTime``).
  var clientsOnTime = false
  /// What an outcome records: `explore` records everything with requests on time, and contents
  /// with late requests.
  var detail = OutcomeDetail.contents
}

func scenario(name: String, regions: [String], followers: Int, writesPerLeader: Int, target: Double) throws
  -> Scenario
{
  let configuration = ClusterConfiguration(regions: regions, followersPerRegion: followers)
  var world = try Simulation(configuration: configuration, seed: 1, recording: .history)
  var number = 0
  for round in 0..<writesPerLeader {
    for leader in world.layout.leaders {
      number += 1
      try world.write(
        key: "topping", .value("v\(number)"), to: leader, at: .start + .milliseconds(Int64(10 * round)))
    }
  }
  return Scenario(name: name, target: target, world: world, writesPerLeader: writesPerLeader)
}

var repeats = 1
var bound = 200_000
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
  if argument == "--repeats", let value = arguments.next().flatMap(Int.init), value > 0 { repeats = value }
  if argument == "--max-states", let value = arguments.next().flatMap(Int.init), value > 0 { bound = value }
}

let a = try scenario(
  name: "(a) 3 leaders x 2 writes, all-to-all, no followers", regions: ["us", "asia", "eu"], followers: 0,
  writesPerLeader: 2, target: 10)
let b = try scenario(
  name: "(b) 2 leaders + 2 followers each x 3 writes", regions: ["us", "asia"], followers: 2,
  writesPerLeader: 3, target: 10)
var aEverything = a
aEverything.detail = .everything
var aOnTime = a
aOnTime.clientsOnTime = true
aOnTime.detail = .everything
aOnTime.target = 1
var bOnTime = b
bOnTime.clientsOnTime = true
bOnTime.detail = .everything
let scenarios = [a, aEverything, aOnTime, b, bOnTime]

print(
  "Exploration benchmark: median of \(repeats) run(s), release build, at most \(Format.grouped(bound)) states."
)
var failed = false
for scenario in scenarios {
  let requests = scenario.clientsOnTime ? "client requests on time" : "client requests may be late"
  print(
    "\n\(scenario.name), \(requests), outcomes: \(scenario.detail.rawValue) (target < \(Format.fixed(scenario.target, 0)) s)"
  )
  var outcomeSets: [Set<ExplorationOutcome>] = []
  var partial = false
  for reduction in [true, false] {
    var times: [Double] = []
    var last: ExplorationResult?
    for _ in 0..<repeats {
      var options = ExplorationOptions(
        reduction: reduction, clientsOnTime: scenario.clientsOnTime, detail: scenario.detail)
      options.maxStates = bound
      let (seconds, result) = measure { Explorer.explore(scenario.world, options: options) }
      times.append(seconds)
      last = result
    }
    let result = last!
    let time = median(times)
    outcomeSets.append(Set(result.outcomes.map(\.outcome)))
    partial = partial || result.isPartial
    let classes = result.classes.map { Format.grouped(Int($0)) } ?? "not counted"
    print(
      "  reduction \(reduction ? "on " : "off"): \(Format.fixed(time, 3)) s, \(Format.grouped(result.statesVisited)) states (\(Format.grouped(Int(Double(result.statesVisited) / time))) states/s), \(Format.grouped(result.transitionsComputed)) steps computed, \(Format.grouped(result.transitionsCommuted)) commuted"
    )
    print(
      "    \(result.outcomes.count) outcomes, \(Format.fixed(result.orders, 0)) orders, \(classes) classes; reduction factor (orders / states) \(Format.fixed(result.reductionFactor, 1))"
    )
    if result.isPartial {
      print("    PARTIAL: the bound stopped the search; the time target is missed")
    } else if reduction {
      print(
        "    target \(time < scenario.target ? "met" : "MISSED"): \(Format.fixed(time, 3)) s against \(Format.fixed(scenario.target, 0)) s"
      )
    }
    if reduction && !scenario.clientsOnTime && scenario.writesPerLeader == 2 {
      // The one-line figure issue 21 asks for.
      print(
        "  explore 3x2 late-clients (\(scenario.detail.rawValue)): \(result.isPartial ? "partial" : "complete"), \(Format.fixed(time, 2)) s, \(Format.grouped(result.statesVisited)) states, \(Format.grouped(Int(Double(result.statesVisited) / time))) states/s, reduction factor \(Format.fixed(result.reductionFactor, 1))"
      )
    }
  }
  if outcomeSets[0] != outcomeSets[1] && !partial {
    print("  FAILED: reduction on and off found different outcomes")
    failed = true
  }
}
if failed {
  print("FAILED: reduction on and off disagree")
  exit(1)
}
