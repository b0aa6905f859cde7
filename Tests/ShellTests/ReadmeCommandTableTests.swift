import Foundation
import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// The README's table of commands lists every command of the catalog with its `help` summary.
@Suite struct ReadmeCommandTableTests {
  private var readme: String {
    get throws {
      let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // ShellTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the repository
        .appendingPathComponent("README.md")
      return try String(contentsOf: url, encoding: .utf8)
    }
  }

  @Test func everyCommandHasItsRowWithItsSummary() throws {
    let text = try readme
    for spec in CommandCatalog.all {
      let row = "| `\(spec.name)` | \(spec.summary) |"
      let listed = text.contains(row)
      #expect(listed, "README.md's command table needs the row ending: \(row)")
    }
  }

  @Test func theTableNamesNoCommandThatDoesNotExist() throws {
    let lines = try readme.split(separator: "\n", omittingEmptySubsequences: false)
    let header = try #require(lines.firstIndex(of: "| Topic | Command | What it does |"))
    let rows = lines[(header + 2)...].prefix { $0.hasPrefix("| ") }
    #expect(rows.count >= CommandCatalog.all.count)
    for row in rows {
      let cells = row.split(separator: "|", omittingEmptySubsequences: false)
      let name = cells.count > 2 ? cells[2].trimmingCharacters(in: CharacterSet(charactersIn: " `")) : ""
      #expect(CommandCatalog.spec(named: name) != nil, "README.md lists '\(name)', which is not a command")
    }
  }
}
