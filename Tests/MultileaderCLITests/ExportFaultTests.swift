import Foundation
import Testing

/// `export` when the write fails half-way: the old file is kept byte for byte, no temporary file is
/// left behind, and the message is true.
@Suite("export faults")
struct ExportFaultTests {
  private static let setup =
    "write us topping=pepperoni at 12:00:00\nwrite asia topping=mushroom at 12:00:00.010\nrun\n"

  /// The names in `folder`, sorted.
  private func names(in folder: ScriptFolder) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
  }

  /// Runs `script` with a file-size limit of 3 KiB and SIGXFSZ ignored (inherited through exec),
  /// so a write past the limit fails with EFBIG.
  private func runUnderFileSizeLimit(_ script: String) throws -> BuiltBinary.Output {
    try BuiltBinary.run(
      [
        "-c", "trap '' XFSZ; ulimit -f 3; exec \"$0\" --no-color run \"$1\"",
        try BuiltBinary.locate().path, script,
      ],
      executable: URL(fileURLWithPath: "/bin/bash"))
  }

  @Test("a write that fails half-way (file-size limit) keeps the old file and leaves no temporary file")
  func failedWriteKeepsTheOldFile() throws {
    let folder = try ScriptFolder()
    let file = try folder.write("pizza.svg", "mine\n")
    // The SVG is about 4 KiB; the limit is 3 KiB, above the script's own output (under 2 KiB). With
    // SIGXFSZ ignored (inherited through exec), a write past the limit fails with EFBIG.
    let script = try folder.write("s.txt", Self.setup + "export diagram \(file) --force\n")
    let before = try names(in: folder)
    let run = try runUnderFileSizeLimit(script)
    #expect(run.exitCode == 1)
    #expect(
      run.standardError
        == "\(script):4: Cannot write \(file): the file is larger than the system's file-size limit "
        + "(File too large). Nothing was written.\n")
    #expect(!run.standardOutput.contains("Wrote"))
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "mine\n", "the old file is untouched")
    #expect(try names(in: folder) == before, "no temporary file is left")
  }

  @Test("a new file that cannot be written whole is not left half-written")
  func failedWriteLeavesNoNewFile() throws {
    let folder = try ScriptFolder()
    let file = folder.url.appendingPathComponent("new.svg").path
    let script = try folder.write("s.txt", Self.setup + "export diagram \(file)\n")
    let before = try names(in: folder)
    let run = try runUnderFileSizeLimit(script)
    #expect(run.exitCode == 1)
    #expect(run.standardError.hasSuffix("(File too large). Nothing was written.\n"), "\(run.standardError)")
    #expect(try names(in: folder) == before, "neither the file nor a temporary file is left")
  }

  @Test(
    "a full disk (a full tmpfs) keeps the old file and leaves no temporary file",
    .enabled(if: DataFolderFaultTests.namespacesWork, "needs `unshare -r -m` and tmpfs mounts"))
  func fullDiskKeepsTheOldFile() throws {
    let folder = try ScratchFolder()
    defer { folder.remove() }
    let file = folder.mount + "/pizza.svg"
    try (Self.setup + "export diagram \(file) --force\n").write(
      toFile: folder.file("s.txt"), atomically: true, encoding: .utf8)
    let run = try Namespaced.run(
      [
        "mount -t tmpfs -o size=64k tmpfs \"$MOUNT\"",
        "printf 'mine\\n' > \"$MOUNT/pizza.svg\"",
        "head -c 1M /dev/zero > \"$MOUNT/filler\" 2> /dev/null || true",
        "if \"$BINARY\" --no-color run \"$OUT/s.txt\" > \"$OUT/out\" 2> \"$OUT/err\"; then echo 0; else echo $?; fi > \"$OUT/code\"",
        "cat \"$MOUNT/pizza.svg\" > \"$OUT/after\"",
        "ls -A \"$MOUNT\" > \"$OUT/names\"",
      ], folder: folder)
    #expect(run.exitCode == 0, "\(run.standardError)")
    #expect(try folder.read("code") == "1\n")
    #expect(
      try folder.read("err")
        == "\(folder.file("s.txt")):4: Cannot write \(file): the disk is full. Nothing was written.\n")
    #expect(try folder.read("after") == "mine\n", "the old file is untouched")
    #expect(try folder.read("names") == "filler\npizza.svg\n", "no temporary file is left")
  }
}
