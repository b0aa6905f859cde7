import BenchmarkSupport
import Glibc

// Concurrent text editing (issue 4): two replicas each make N single-character inserts at random
// positions of their own copy, then merge both ways. Against Yrs (pycrdt) and a plain array.
//
// usage: TextBenchmarks [--sizes 10000,50000,200000] [--yrs-size 50000] [--python python3] [--no-yrs]

var sizes = [10_000, 50_000, 200_000]
var yrsSize = 50_000
var python = "python3"
var runYrs = true
var arguments = CommandLine.arguments.dropFirst()
while let flag = arguments.popFirst() {
  switch flag {
  case "--no-yrs": runYrs = false
  case "--sizes": sizes = (arguments.popFirst() ?? "").split(separator: ",").compactMap { Int($0) }
  case "--yrs-size": yrsSize = Int(arguments.popFirst() ?? "") ?? yrsSize
  case "--python": python = arguments.popFirst() ?? python
  default:
    print("usage: TextBenchmarks [--sizes N,N,…] [--yrs-size N] [--python PATH] [--no-yrs]")
    exit(2)
  }
}
guard !sizes.isEmpty, sizes.allSatisfy({ $0 > 0 && $0 <= 5_000_000 }) else {
  print("TextBenchmarks: --sizes takes positive numbers up to 5,000,000")
  exit(2)
}

do {
  var perInsert: [(Int, Double)] = []
  var atYrsSize: (crdt: Double, array: Double)?
  for size in Set(sizes + [yrsSize]).sorted() {
    let first = TextWorkload(seed: 1, count: size)
    let second = TextWorkload(seed: 2, count: size)
    var crdtTimes: [Double] = []
    var editTimes: [Double] = []
    var mergeTimes: [Double] = []
    var arrayTimes: [Double] = []
    var last: TextPhases.CRDTRun?
    for _ in 0..<3 {
      let run = try TextPhases.crdt(first, second)
      crdtTimes.append(run.editSeconds + run.mergeSeconds)
      editTimes.append(run.editSeconds)
      mergeTimes.append(run.mergeSeconds)
      arrayTimes.append(TextPhases.array(first, second).seconds)
      last = run
    }
    let crdt = median(crdtTimes)
    let array = median(arrayTimes)
    let inserts = 2 * size
    print(
      "\(Format.grouped(size)) inserts per replica: text CRDT \(Format.fixed(crdt, 4)) s "
        + "(merge both ways \(Format.fixed(median(mergeTimes), 4)) s), array \(Format.fixed(array, 4)) s, "
        + "\(Format.fixed(median(editTimes) / Double(inserts) * 1e6, 3)) us per insert (inserts alone), "
        + "\(Format.fixed(median(mergeTimes) / Double(2 * inserts) * 1e6, 3)) us per element merged")
    if let run = last {
      print(
        "  memory: \(Format.mebibytes(run.heapBytes / 1_024)) of heap for \(Format.grouped(run.elements)) elements "
          + "in two merged replicas, \(Format.fixed(Double(run.heapBytes) / Double(max(run.elements, 1)), 1)) bytes per element"
      )
    }
    if sizes.contains(size) { perInsert.append((size, median(editTimes) / Double(inserts) * 1e6)) }
    if size == yrsSize { atYrsSize = (crdt, array) }
  }
  if let base = perInsert.first {
    let growth = perInsert.map {
      "\(Format.grouped($0.0)): \(Format.fixed($0.1, 3)) us (x\(Format.fixed($0.1 / base.1, 2)))"
    }
    print("per insert (inserts alone): " + growth.joined(separator: ", "))
  }
  if let atYrsSize {
    print(
      "text-crdt-vs-array ratio=\(Format.fixed(atYrsSize.crdt / atYrsSize.array, 3))  (at \(Format.grouped(yrsSize)) inserts per replica; target <= 3)"
    )
    if runYrs {
      let yrs = try YrsRun.run(python: python, script: "yrs/text_edits.py", count: yrsSize)
      guard yrs.length == 2 * yrsSize else {
        throw BenchmarkFailure("Yrs ended with \(yrs.length) characters")
      }
      print(
        "yrs (pycrdt) \(Format.grouped(yrsSize)) inserts per replica: edits \(Format.fixed(yrs.editSeconds, 3)) s, merge \(Format.fixed(yrs.mergeSeconds, 3)) s"
      )
      print("text-crdt-vs-yrs ratio=\(Format.fixed(atYrsSize.crdt / yrs.total, 4))  (target <= 0.1)")
    } else {
      print("text-crdt-vs-yrs: not measured (--no-yrs)")
    }
  }
} catch {
  print("TextBenchmarks failed: \(error)")
  exit(1)
}
