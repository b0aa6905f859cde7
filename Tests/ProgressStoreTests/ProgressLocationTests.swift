import Testing

@testable import ProgressStore

/// Where progress is kept: `--data`, then `$XDG_DATA_HOME/multileader`, then `~/.local/share`.
@Suite struct ProgressLocationTests {
  @Test func theDataFolderChoices() throws {
    #expect(try ProgressLocation.folder(data: "/d", environment: ["HOME": "/h"]).get() == "/d")
    #expect(
      try ProgressLocation.folder(data: nil, environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]).get()
        == "/x/multileader")
    #expect(
      try ProgressLocation.folder(data: nil, environment: ["XDG_DATA_HOME": "rel", "HOME": "/h"]).get()
        == "/h/.local/share/multileader")
  }
}
