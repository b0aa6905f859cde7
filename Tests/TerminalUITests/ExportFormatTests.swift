import Testing

@testable import TerminalUI

#if canImport(FoundationXML)
  import FoundationXML
#else
  import Foundation
#endif

/// The exported formats: SVG parsed back as XML, Mermaid and DOT read line by line.
@Suite struct ExportFormatTests {
  /// The diagram sample, plus a note with characters every format must escape.
  static var diagram: SpaceTimeDiagram {
    var diagram = SpaceTimeDiagramTests.sample
    diagram.rows.append(
      .init(time: "12:00:01.000", item: .mark(lane: 0, .write), note: "a<b & \"c\" ; #d 'e'"))
    diagram.rows[8].sentRow = 1
    return diagram
  }

  private func document(_ svg: String) throws -> XMLElement {
    let document = try XMLDocument(xmlString: svg, options: [])
    return try #require(document.rootElement())
  }

  private func elements(_ root: XMLElement, _ query: String) throws -> [XMLElement] {
    try root.nodes(forXPath: query).compactMap { $0 as? XMLElement }
  }

  private func attribute(_ element: XMLElement, _ name: String) -> String? {
    // Looked up by local name: the SVG namespace makes name lookups unreliable in FoundationXML.
    element.attributes?.first { $0.localName == name || $0.name == name }?.stringValue
  }

  @Test func diagramSVGHasALanePerLaneAndAnArrowPerArrow() throws {
    let diagram = Self.diagram
    let root = try document(diagram.svg())
    #expect(root.name == "svg")
    #expect(Int(attribute(root, "width") ?? "") ?? 0 > 0)
    let names = try elements(root, "//*[local-name()='text'][@class='lane-name']").map {
      $0.stringValue ?? ""
    }
    #expect(names == diagram.lanes.map(\.name))
    let arrows = try elements(root, "//*[local-name()='line'][starts-with(@class,'arrow')]")
    let expected = diagram.rows.filter { if case .arrow = $0.item { true } else { false } }
    #expect(arrows.count == expected.count)
    #expect(arrows.filter { attribute($0, "class") == "arrow arrow-lost" }.count == 1)
    let notes = try elements(root, "//*[local-name()='text'][@class='note']").map { $0.stringValue ?? "" }
    #expect(notes == diagram.rows.map(\.note))
    #expect(try elements(root, "//*[local-name()='line'][@class='span span-cut']").count == 1)
    #expect(try elements(root, "//*[local-name()='circle']").count == 5)
  }

  @Test func anArrowSlantsFromItsSendRow() throws {
    let root = try document(Self.diagram.svg())
    let conflict = try #require(
      elements(root, "//*[local-name()='line'][@class='arrow arrow-conflict']").first)
    let y1 = Int(attribute(conflict, "y1") ?? "") ?? 0
    let y2 = Int(attribute(conflict, "y2") ?? "") ?? 0
    #expect(y1 < y2)
    let sendRow = try #require(elements(root, "//*[local-name()='g'][@data-row='1']").first)
    let circle = try #require(elements(sendRow, ".//*[local-name()='circle']").first)
    #expect(attribute(circle, "cy") == String(y1))
  }

  @Test func topologySVGHasARegionPerGroupAndALinkPerLink() throws {
    let picture = TopologyPictureTests.sample
    let root = try document(picture.svg())
    let regions = try elements(root, "//*[local-name()='text'][@class='region-name']").map {
      $0.stringValue ?? ""
    }
    #expect(regions == picture.groups.map(\.name))
    let links = try elements(root, "//*[local-name()='path'][starts-with(@class,'link')]")
    #expect(links.count == picture.links.count)
    #expect(links.filter { attribute($0, "class") == "link cut" }.count == 1)
    let nodes = try elements(root, "//*[local-name()='text'][starts-with(@class,'node')]")
    #expect(nodes.count == picture.groups.map(\.members.count).reduce(0, +))
    #expect(nodes.contains { attribute($0, "class") == "node leader down" })
  }

  @Test func mermaidHasAParticipantPerLaneAndEscapes() {
    let text = Self.diagram.mermaid()
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.first == "sequenceDiagram")
    #expect(lines.filter { $0.contains("participant ") }.count == 3)
    #expect(lines.contains("    L0-xL2: 12:00:00.076 lost on the way"))
    #expect(lines.contains("    L0->>L1: 12:00:00.002 us-f1 stores w1"))
    #expect(lines.contains("    Note over L0,L2: 12:00:00.010 network cut"))
    #expect(lines.last == "    Note over L0: 12:00:01.000 a#lt;b & \"c\" #59; #35;d 'e'")
    #expect(lines.count == 1 + 3 + Self.diagram.rows.count)
  }

  @Test func dotHasAClusterPerGroupAndQuotesNames() {
    var picture = TopologyPictureTests.sample
    picture.title = "a \"quoted\" title \\ here"
    let text = picture.dot()
    #expect(text.hasPrefix("digraph topology {\n"))
    #expect(text.hasSuffix("}\n"))
    #expect(text.components(separatedBy: "subgraph cluster_").count == 4)
    #expect(text.contains("label=\"a \\\"quoted\\\" title \\\\ here\""))
    #expect(
      text.contains(
        "\"us\" -> \"eu\" [dir=forward, penwidth=1.5, color=\"#cc2222\", style=dashed, label=\"cut\"];"))
    #expect(text.contains("\"eu\" [label=\"eu\\nleader, down\""))
    #expect(text.contains("\"eu\" -> \"eu-f1\" [style=dotted, color=\"#cc2222\", label=\"cut\"];"))
  }
}
