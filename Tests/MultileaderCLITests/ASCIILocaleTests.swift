import Foundation
import Testing

/// Under `LC_ALL=C` the binary prints only ASCII, event lines included, except the learner's text.
@Suite("LC_ALL=C output")
struct ASCIILocaleTests {
  @Test("a script's event lines, tables and help are ASCII under LC_ALL=C; a value keeps its é")
  func asciiUnderTheCLocale() throws {
    let script =
      "write us topping=pepperoni\ntrace\nstate\nreport\nhelp write\nwrite asia dish=crème\nstate dish\n"
    let output = try BuiltBinary.run(
      ["--no-color", "run", "-"], input: Data(script.utf8), environment: ["LC_ALL": "C"])
    #expect(output.exitCode == 0, "\(output.standardError)")
    #expect(output.standardOutput.contains("client in us -> us: w1 topping=pepperoni"))
    let nonASCII = output.standardOutput.split(separator: "\n").filter { $0.utf8.contains { $0 >= 0x80 } }
    #expect(!nonASCII.isEmpty && nonASCII.allSatisfy { $0.contains("crème") }, "\(nonASCII)")
  }
}
