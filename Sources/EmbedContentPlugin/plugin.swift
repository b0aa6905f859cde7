import Foundation
import PackagePlugin

/// Embeds the top-level Content folder into the target that uses this plugin.
///
/// The target holds a symlink `Content -> ../../Content`, so SwiftPM counts the content files as
/// the target's own: adding, editing or removing one re-runs the embedder (a plain input list
/// outside the target would go stale; see shared/reference/swift-notes.md §4).
@main
struct EmbedContentPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let contentFolder = context.package.directoryURL.appending(path: "Content")
    let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedContent.swift")
    let inputs = (target.sourceModule?.sourceFiles.map(\.url) ?? []).filter {
      $0.path().contains("/Content/")
    }
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) Content files",
        executable: try context.tool(named: "ContentEmbedder").url,
        arguments: [contentFolder.path(), output.path()],
        inputFiles: inputs,
        outputFiles: [output])
    ]
  }
}
