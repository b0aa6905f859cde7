import ReplicationModel
import Testing

@Suite struct CRDTValueTests {
  private let us = NodeID(0)
  private let asia = NodeID(1)
  private let noon = CRDTFixtures.time(0)

  @Test(arguments: CRDTKind.allCases)
  func everyKindHasItsShellNameASummaryAndAnEmptyValue(kind: CRDTKind) throws {
    #expect(try CRDTKind.named(kind.rawValue) == kind)
    #expect(kind.summary.count > 150)
    #expect(!kind.operations.isEmpty)
    let empty = CRDTValue(empty: kind)
    #expect(empty.kind == kind)
    #expect(try empty.merged(with: empty) == empty)
  }

  @Test func theShellNamesAreTheDocumentedOnes() {
    #expect(
      CRDTKind.allCases.map(\.description) == [
        "g-counter", "pn-counter", "lww-register", "mv-register", "g-set", "2p-set", "or-set", "lww-map",
        "text",
      ])
  }

  @Test func operationsReachTheTypesAndRenderShortly() throws {
    var counter = CRDTValue(empty: .pnCounter)
    try counter.apply(.increment(5), at: us, timestamp: noon)
    try counter.apply(.decrement(7), at: asia, timestamp: noon)
    #expect(counter.description == "-2")

    var cart = CRDTValue(empty: .orSet)
    try cart.apply(.add("pepperoni"), at: us, timestamp: noon)
    try cart.apply(.add("mushroom"), at: asia, timestamp: noon)
    #expect(cart.description == "{mushroom, pepperoni}")

    var register = CRDTValue(empty: .lwwRegister)
    try register.apply(.assign("blue"), at: us, timestamp: noon)
    #expect(register.description == "blue")

    var map = CRDTValue(empty: .lwwMap)
    try map.apply(.put(key: "crust", value: "thin"), at: us, timestamp: noon)
    try map.apply(.put(key: "sauce", value: "pesto"), at: us, timestamp: noon)
    try map.apply(.remove("sauce"), at: us, timestamp: CRDTFixtures.time(1))
    #expect(map.description == "{crust: thin}")

    var text = CRDTValue(empty: .text)
    try text.apply(.insert("helo", at: 0), at: us, timestamp: noon)
    try text.apply(.insert("l", at: 3), at: us, timestamp: noon)
    try text.apply(.erase(at: 0, count: 1), at: us, timestamp: noon)
    #expect(text.description == "ello")
  }

  @Test func mergingDifferentKindsIsRefusedAndChangesNothing() throws {
    var counter = CRDTValue(empty: .gCounter)
    try counter.apply(.increment(2), at: us, timestamp: noon)
    let before = counter
    #expect(throws: CRDTError.kindMismatch(.gCounter, .orSet)) { try counter.merge(CRDTValue(empty: .orSet)) }
    #expect(counter == before)
    #expect(
      CRDTError.kindMismatch(.gCounter, .orSet).description
        == "A value of kind g-counter cannot be merged with one of kind or-set; only values of the same kind merge."
    )
  }

  @Test func badOperationsGetTypedErrors() throws {
    var counter = CRDTValue(empty: .gCounter)
    #expect(throws: CRDTError.growOnlyCounterCannotDecrease(1)) {
      try counter.apply(.decrement(1), at: us, timestamp: noon)
    }
    #expect(throws: CRDTError.amountNotPositive(-1)) {
      try counter.apply(.decrement(-1), at: us, timestamp: noon)
    }
    #expect(throws: CRDTError.unsupportedOperation("add", kind: .gCounter, allowed: ["incr"])) {
      try counter.apply(.add("x"), at: us, timestamp: noon)
    }

    var grow = CRDTValue(empty: .gSet)
    try grow.apply(.add("olive"), at: us, timestamp: noon)
    #expect(throws: CRDTError.growOnlySetCannotRemove("olive")) {
      try grow.apply(.remove("olive"), at: us, timestamp: noon)
    }

    var twoPhase = CRDTValue(empty: .twoPhaseSet)
    #expect(throws: CRDTError.removedWithoutAdd("olive")) {
      try twoPhase.apply(.remove("olive"), at: us, timestamp: noon)
    }
    try twoPhase.apply(.add("olive"), at: us, timestamp: noon)
    try twoPhase.apply(.remove("olive"), at: us, timestamp: noon)
    #expect(throws: CRDTError.addAfterRemove("olive")) {
      try twoPhase.apply(.add("olive"), at: us, timestamp: noon)
    }

    var text = CRDTValue(empty: .text)
    #expect(throws: CRDTError.insertOutOfRange(position: 1, length: 0)) {
      try text.apply(.insert("a", at: 1), at: us, timestamp: noon)
    }
    #expect(throws: CRDTError.eraseOutOfRange(position: 0, count: 1, length: 0)) {
      try text.apply(.erase(at: 0, count: 1), at: us, timestamp: noon)
    }

    var set = CRDTValue(empty: .orSet)
    #expect(throws: CRDTError.malformedValue("", reason: "an element or value cannot be empty")) {
      try set.apply(.add(""), at: us, timestamp: noon)
    }
    var map = CRDTValue(empty: .lwwMap)
    #expect(throws: CRDTError.malformedValue("", reason: "a map key cannot be empty")) {
      try map.apply(.put(key: "", value: "x"), at: us, timestamp: noon)
    }
    #expect(throws: CRDTError.unknownKind("counter")) { try CRDTKind.named("counter") }
  }

  @Test func aRefusedOperationLeavesTheValueAsItWas() throws {
    var text = CRDTValue(empty: .text)
    try text.apply(.insert("shared paragraph", at: 0), at: us, timestamp: noon)
    let before = text
    #expect(throws: CRDTError.self) { try text.apply(.erase(at: 10, count: 99), at: us, timestamp: noon) }
    #expect(throws: CRDTError.self) { try text.apply(.add("x"), at: us, timestamp: noon) }
    #expect(text == before)
    #expect(text.kind == .text)

    var set = CRDTValue(empty: .orSet)
    try set.apply(.add("olive"), at: us, timestamp: noon)
    #expect(throws: CRDTError.notPresent("pepper")) {
      try set.apply(.remove("pepper"), at: us, timestamp: noon)
    }
    #expect(set.description == "{olive}")
    #expect(set.kind == .orSet)
  }

  @Test func everyErrorSaysWhatIsAllowed() {
    let errors: [CRDTError] = [
      .amountNotPositive(0), .growOnlyCounterCannotDecrease(2), .counterOverflow(NodeID(1)),
      .removedWithoutAdd("a"), .addAfterRemove("a"), .notPresent("a"), .growOnlySetCannotRemove("a"),
      .insertOutOfRange(position: 9, length: 3), .eraseOutOfRange(position: 2, count: 5, length: 3),
      .textFull(limit: 5), .kindMismatch(.text, .gSet), .unknownKind("x"),
      .unsupportedOperation("put", kind: .text, allowed: ["insert", "erase"]),
      .malformedValue("", reason: "empty"),
    ]
    for error in errors {
      #expect(error.description.hasSuffix("."))
      #expect(error.description.count > 20)
    }
    #expect(CRDTError.unknownKind("x").description.contains("g-counter, pn-counter"))
    #expect(CRDTError.insertOutOfRange(position: 9, length: 3).description.contains("0 to 3"))
  }

  @Test func typeErasedMergeLawsHoldForEveryKind() throws {
    // A small random history per kind through the type-erased operations.
    for kind in CRDTKind.allCases {
      var random = SplitMix64(seed: 61)
      var replicas = Array(repeating: CRDTValue(empty: kind), count: 3)
      var states: [CRDTValue] = []
      for step in 0..<60 {
        let index = Int.random(in: 0..<3, using: &random)
        if random.chance(0.3) {
          try replicas[index].merge(replicas[Int.random(in: 0..<3, using: &random)])
        } else {
          let operation = Self.randomOperation(
            for: kind, length: replicas[index].description.count, using: &random)
          try? replicas[index].apply(
            operation, at: NodeID(index), timestamp: CRDTFixtures.time(Int64(step % 7)))
        }
        states.append(replicas[index])
      }
      for _ in 0..<100 {
        let a = states[Int.random(in: 0..<states.count, using: &random)]
        let b = states[Int.random(in: 0..<states.count, using: &random)]
        let c = states[Int.random(in: 0..<states.count, using: &random)]
        #expect(try a.merged(with: b) == b.merged(with: a))
        #expect(try a.merged(with: b).merged(with: c) == a.merged(with: b.merged(with: c)))
        #expect(try a.merged(with: a) == a)
      }
    }
  }

  private static func randomOperation(for kind: CRDTKind, length: Int, using random: inout SplitMix64)
    -> CRDTOperation
  {
    let element = CRDTFixtures.element(using: &random)
    let flip = random.chance(0.5)
    switch kind {
    case .gCounter: return .increment(Int.random(in: 1...3, using: &random))
    case .pnCounter: return flip ? .increment(2) : .decrement(1)
    case .lwwRegister, .mvRegister: return .assign(element)
    case .gSet: return .add(element)
    case .twoPhaseSet, .orSet: return flip ? .add(element) : .remove(element)
    case .lwwMap: return flip ? .put(key: element, value: "v\(length)") : .remove(element)
    case .text:
      return flip || length == 0
        ? .insert("ab", at: Int.random(in: 0...length, using: &random))
        : .erase(at: Int.random(in: 0..<length, using: &random), count: 1)
    }
  }
}
