import BenchmarkSupport
import Glibc

// Start-up and script benchmarks for the `multileader` executable (issue 3).
//
// Start-up: `multileader --version` and the REPL reaching its first prompt on a pseudo-terminal,
// each against a Swift hello-world that imports Foundation, alternating in the same run.
// Script: a 200-command script run with `multileader run FILE`, end to end (process included).
// Diagram: drawing the space-time diagram of a trace of about 10,000 events (issue 5).
// Experiment: a 20-point sweep of 5 runs of 10,000 writes, plotted (issue 5).

let options: ShellBenchmarkOptions
do {
  options = try ShellBenchmarkOptions(CommandLine.arguments.dropFirst())
} catch {
  print("ShellBenchmarks: \(error)\n\(ShellBenchmarkOptions.usage)")
  exit(2)
}

do {
  let scratch = try TemporaryFolder()
  defer { scratch.remove() }
  let environment = [
    "TERM=xterm-256color", "NO_COLOR=1", "COLUMNS=80", "HOME=\(scratch.path)",
    "XDG_STATE_HOME=\(scratch.path)/state",
  ]
  print("multileader: \(options.binary)")
  print("hello:       \(options.hello)\n")
  if options.phases.contains("startup") {
    try StartupPhase(options: options, environment: environment).run()
  }
  if options.phases.contains("script") {
    try ScriptPhase(options: options, environment: environment, folder: scratch).run()
  }
  if options.phases.contains("diagram") {
    try DiagramPhase(options: options, environment: environment, folder: scratch).run()
  }
  if options.phases.contains("experiment") {
    try ExperimentPhase(options: options, environment: environment, folder: scratch).run()
  }
  if options.phases.contains("quiz") {
    try QuizPhase(options: options, environment: environment).run()
  }
} catch {
  print("ShellBenchmarks failed: \(error)")
  exit(1)
}
