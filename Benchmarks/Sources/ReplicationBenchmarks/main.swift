import BenchmarkSupport

// The model benchmark: 1,000,000 client writes over 1,000 keys across 2 leaders with 2 followers
// each, last-writer-wins with version vectors, trace off, against a floor of plain dictionary
// updates to 6 replicas. Times are medians of in-process runs (monotonic clock); peak memory is
// measured in a fresh child process per phase. See README.md for the method.
//
//   swift run -c release                                  the full benchmark (make bench)
//   swift run -c release ReplicationBenchmarks --repeats 3 --writes 10000,100000
//   ReplicationBenchmarks --memory-phase model --writes N (internal: one phase's peak RSS)

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Command-line options.
struct Options {
  var sizes = [10_000, 100_000, 1_000_000]
  var repeats = 5
  var memoryPhase: Phase?

  init(_ arguments: [String]) throws {
    var rest = arguments[...]
    while let option = rest.popFirst() {
      guard let value = rest.popFirst() else { throw BenchmarkFailure("\(option) needs a value") }
      switch option {
      case "--writes":
        sizes = try value.split(separator: ",").map {
          guard let size = Int($0), size > 0 else { throw BenchmarkFailure("bad --writes \(value)") }
          return size
        }
      case "--repeats":
        guard let count = Int(value), count > 0 else { throw BenchmarkFailure("bad --repeats \(value)") }
        repeats = count
      case "--memory-phase":
        guard let phase = Phase(rawValue: value) else {
          throw BenchmarkFailure("bad --memory-phase \(value)")
        }
        memoryPhase = phase
      default:
        throw BenchmarkFailure("unknown option \(option)")
      }
    }
  }
}

/// One phase's memory, as a child process measured it.
struct MemoryFigures {
  /// Resident size just before the phase (runtime, binary, workload).
  let beforeKiB: Int
  /// Peak resident size during the phase.
  let peakKiB: Int
  /// Whether the peak was reset before the phase (otherwise it includes generating the workload).
  let wasReset: Bool

  /// What the phase added on top of what was resident before it.
  var growthKiB: Int { peakKiB - beforeKiB }
}

/// Child mode: runs one phase once in this fresh process and prints its memory figures.
func measureMemoryInThisProcess(_ phase: Phase, writes: Int) throws {
  let workload = Workload(count: writes)
  let wasReset = ProcessMemory.resetPeak()
  guard let before = ProcessMemory.residentKiB else { throw BenchmarkFailure("no /proc/self/status") }
  let peak: Int
  switch phase {
  case .floor:
    let replicas = Floor.run(workload)
    peak = ProcessMemory.peakKiB ?? 0
    let expected = workload.finalValues
    guard replicas.allSatisfy({ $0 == expected }) else {
      throw BenchmarkFailure("floor is wrong")
    }
  case .model:
    let simulation = try ModelRun.run(workload)
    peak = ProcessMemory.peakKiB ?? 0
    try ModelRun.verify(simulation, against: Floor.run(workload))
  }
  print("memory before=\(before) peak=\(peak) reset=\(wasReset ? 1 : 0)")
}

/// Parent mode: asks a child process for one phase's memory figures.
func memoryFigures(_ phase: Phase, writes: Int) throws -> MemoryFigures {
  let output = try ChildProcess.run(["--memory-phase", phase.rawValue, "--writes", String(writes)])
  var fields: [Substring: Int] = [:]
  for line in output.split(separator: "\n") where line.hasPrefix("memory ") {
    for pair in line.split(separator: " ").dropFirst() {
      let parts = pair.split(separator: "=")
      if parts.count == 2 { fields[parts[0]] = Int(parts[1]) }
    }
  }
  guard let before = fields["before"], let peak = fields["peak"], let reset = fields["reset"] else {
    throw BenchmarkFailure("unexpected child output: \(output)")
  }
  return MemoryFigures(beforeKiB: before, peakKiB: peak, wasReset: reset == 1)
}

/// The figures of one workload size.
struct SizeResult {
  let writes: Int
  let floorSeconds: Double
  let modelSeconds: Double
  let events: Int
  let floorMemory: MemoryFigures
  let modelMemory: MemoryFigures
}

/// Times floor and model `repeats` times each, interleaved, verifying every run; then measures
/// each phase's peak memory in a child process.
func benchmark(writes: Int, repeats: Int) throws -> SizeResult {
  let workload = Workload(count: writes)
  let expected = workload.finalValues
  var floorTimes: [Double] = []
  var modelTimes: [Double] = []
  var events = 0
  for _ in 0..<repeats {
    let floor = measure { Floor.run(workload) }
    guard floor.result.allSatisfy({ $0 == expected }) else { throw BenchmarkFailure("floor is wrong") }
    let model = try measure { try ModelRun.run(workload) }
    try ModelRun.verify(model.result, against: floor.result)
    floorTimes.append(floor.seconds)
    modelTimes.append(model.seconds)
    events = model.result.eventsProcessed
  }
  return SizeResult(
    writes: writes, floorSeconds: median(floorTimes), modelSeconds: median(modelTimes), events: events,
    floorMemory: try memoryFigures(.floor, writes: writes),
    modelMemory: try memoryFigures(.model, writes: writes))
}

/// `model 1,000,000 writes: 1.234 s (1.234 us/write)`.
func timeLine(_ name: String, writes: Int, seconds: Double) -> String {
  let perWrite = Format.fixed(seconds / Double(writes) * 1e6, 3)
  return "\(name) \(Format.grouped(writes)) writes: \(Format.fixed(seconds, 4)) s (\(perWrite) us/write)"
}

/// `peak RSS 20.1 MiB (+1.2 MiB during the phase)`.
func memoryText(_ figures: MemoryFigures) -> String {
  "peak RSS \(Format.mebibytes(figures.peakKiB)) (+\(Format.mebibytes(figures.growthKiB)) during the phase)"
}

/// Runs every size and prints the figures, ending with the ratio lines for the largest size.
func runBenchmarks(_ options: Options) throws {
  print("multileader model benchmark (release build; medians of \(options.repeats) in-process runs)")
  print(
    "cluster: us + asia leaders, 2 followers each (6 replicas), all-to-all, LWW with physical timestamps "
      + "and version vectors, Recording.none, 1 ms intra-region / 75 ms cross-region")
  print(
    "workload: keys k0..k999 and leader us/asia drawn from SplitMix64(seed 0x5EED2024), values v<n>; "
      + "one write per 1 ms of simulated time, fed in batches of \(ModelRun.batchSize) with run(until:), "
      + "then runUntilQuiet()")
  print("floor: the same (key, value) writes as plain updates to 6 [String: String] dictionaries")
  print("memory: peak RSS (VmHWM) of a fresh child process per phase, reset via /proc/self/clear_refs after")
  print("        generating the workload; every run is checked: 6 replicas converged and equal to the floor")
  print("")
  var results: [SizeResult] = []
  for writes in options.sizes {
    let result = try benchmark(writes: writes, repeats: options.repeats)
    results.append(result)
    print(
      "\(timeLine("floor", writes: writes, seconds: result.floorSeconds)), \(memoryText(result.floorMemory))")
    print(
      "\(timeLine("model", writes: writes, seconds: result.modelSeconds)), \(memoryText(result.modelMemory))")
    let perSecond = Double(result.events) / result.modelSeconds
    print(
      "model \(Format.grouped(writes)) writes: \(Format.grouped(result.events)) events "
        + "(\(Format.fixed(Double(result.events) / Double(writes), 1)) per write), "
        + "\(Format.grouped(Int(perSecond.rounded()))) events/s")
    if !result.floorMemory.wasReset || !result.modelMemory.wasReset {
      print("note: /proc/self/clear_refs refused the reset; peaks include generating the workload")
    }
    print("")
  }
  if let first = results.first, results.count > 1 {
    let base = first.modelSeconds / Double(first.writes)
    let scaling = results.map { result in
      let perWrite = result.modelSeconds / Double(result.writes)
      return "\(Format.grouped(result.writes)): \(Format.fixed(perWrite * 1e6, 3)) us "
        + "(x\(Format.fixed(perWrite / base, 2)))"
    }
    print("model time per write: " + scaling.joined(separator: ", "))
  }
  guard let largest = results.max(by: { $0.writes < $1.writes }) else { return }
  let ratio = largest.modelSeconds / largest.floorSeconds
  let memory = Double(largest.modelMemory.peakKiB) / Double(largest.floorMemory.peakKiB)
  print("at \(Format.grouped(largest.writes)) writes:")
  print("model-vs-floor ratio=\(Format.fixed(ratio, 2))")
  print("model-vs-floor memory=\(Format.fixed(memory, 2))")
  let modelGrowth = largest.modelMemory.growthKiB
  let floorGrowth = largest.floorMemory.growthKiB
  let growth = Double(modelGrowth) / Double(max(floorGrowth, 1))
  print(
    "(growth during the phase alone: model +\(Format.mebibytes(modelGrowth)), "
      + "floor +\(Format.mebibytes(floorGrowth)), \(Format.fixed(growth, 2))x; before it, both processes "
      + "held about \(Format.mebibytes(largest.floorMemory.beforeKiB)) of runtime and workload)")
  print(
    "targets: ratio <= 3 \(ratio <= 3 ? "met" : "NOT met"), memory <= 2 \(memory <= 2 ? "met" : "NOT met")")
}

do {
  let options = try Options(Array(CommandLine.arguments.dropFirst()))
  if let phase = options.memoryPhase {
    try measureMemoryInThisProcess(phase, writes: options.sizes.last ?? 1_000_000)
  } else {
    try runBenchmarks(options)
  }
} catch {
  print("benchmark failed: \(error)")
  exit(1)
}
