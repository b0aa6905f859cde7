import Foundation
import Testing

/// The shell completion scripts swift-argument-parser generates for `multileader`.
@Suite("completion scripts")
struct CompletionScriptTests {
  @Test(
    "each script is generated and names the command, `run` and its options",
    arguments: ["bash", "zsh", "fish"])
  func generated(shell: String) throws {
    let output = try BuiltBinary.run(["--generate-completion-script", shell])
    #expect(output.exitCode == 0)
    #expect(output.standardError.isEmpty)
    for word in ["multileader", "run", "keep-going", "json", "width"] {
      #expect(output.standardOutput.contains(word), "the \(shell) script does not mention \(word)")
    }
  }

  @Test("the bash script completes subcommands and options in a real bash")
  func bashCompletes() throws {
    let bash = "/bin/bash"
    guard FileManager.default.isExecutableFile(atPath: bash) else {
      Issue.record("bash is not installed; the bash completion script was not exercised")
      return
    }
    let folder = try ScriptFolder()
    let script = try BuiltBinary.run(["--generate-completion-script", "bash"]).standardOutput
    let scriptPath = try folder.write("multileader.bash", script)
    // Simulate what bash does on Tab: fill COMP_* and call the completion function.
    let driver = """
      source "$1"
      complete_line() {
        COMP_LINE="$1"; COMP_POINT=${#COMP_LINE}; read -ra COMP_WORDS <<< "$1"
        [[ "$1" == *" " ]] && COMP_WORDS+=("")
        COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
        _multileader multileader "${COMP_WORDS[-1]}" "${COMP_WORDS[-2]}"
        echo "${COMPREPLY[*]}"
      }
      complete_line "multileader r"
      complete_line "multileader run --k"
      complete_line "multileader --w"
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: bash)
    process.arguments = ["-c", driver, "driver", scriptPath]
    var environment = ProcessInfo.processInfo.environment
    let binaryFolder = try BuiltBinary.locate().deletingLastPathComponent().path
    environment["PATH"] = binaryFolder + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
    process.environment = environment
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(process.terminationStatus == 0)
    #expect(lines.prefix(3) == ["run", "--keep-going", "--width"])
  }
}
