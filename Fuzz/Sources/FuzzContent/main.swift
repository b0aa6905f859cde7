import Course
import CourseContent
import FuzzDriver

/// Where a fuzzed file goes, picked by the input's first byte: each path reaches one parser.
let paths = [
  "lessons/10-fuzz.md", "scenarios/fuzz.scenario", "quizzes/fuzz.md", "interview/fuzz.md", "mnemonic.md",
]

/// One input: the first byte picks the kind of content file, the rest is its text. Loading
/// collects problems and never throws; every problem must name a line in the file.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data, size > 0 else { return 0 }
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let path = paths[Int(bytes[0]) % paths.count]
  let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
  let loaded = ContentLoader.load([ContentFile(path: path, text: text)])
  for problem in loaded.problems where problem.line < 1 || problem.message.isEmpty {
    fatalError("problem without a line or message: \(problem)")
  }
  return 0
}

_ = fuzz_run(CommandLine.argc, CommandLine.unsafeArgv, fuzzOne)
