/// The effects a node produces, in the order they must be carried out: a buffer the node
/// appends to and the world empties by moving each effect out, front to back.
///
/// Unlike an array, emptying it destroys nothing: an effect moved out leaves its place
/// uninitialised, and once every effect was taken the buffer is empty again, its memory kept
/// for the next event. A world that hands a node one event after another (the simulation)
/// keeps one buffer for all of them.
///
/// A value type: copies share their memory until one of them changes (copy on write).
///
/// ```swift
/// var effects = NodeEffects()
/// node.handle(.clientWrite(request), at: now, into: &effects)
/// while let effect = effects.takeNext() { carryOut(effect) }
/// ```
public struct NodeEffects: Sendable {
  @usableFromInline var storage: Storage

  /// An empty buffer.
  public init() { storage = Storage(capacity: 8) }

  /// The number of effects not taken yet.
  public var count: Int { storage.end &- storage.start }

  /// Whether every effect was taken (or none was appended).
  @inlinable public var isEmpty: Bool { storage.end == storage.start }

  /// Appends an effect after the others.
  @inline(__always)
  public mutating func append(_ effect: consuming NodeEffect) {
    if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    storage.append(effect)
  }

  /// Moves the first effect not taken yet out of the buffer; `nil` when none is left.
  public mutating func takeNext() -> NodeEffect? {
    guard !isEmpty else { return nil }
    if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    return storage.takeNext()
  }

  /// Makes sure no copy shares this buffer's memory, so that ``takeUnchecked()`` may be used.
  @inlinable
  package mutating func makeUnique() {
    if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
  }

  /// ``takeNext()`` without its checks, for a world that carries out each effect while it
  /// changes itself: there must be an effect left, and no copy may share the memory (call
  /// ``makeUnique()`` first).
  ///
  /// Not `mutating`, so that the buffer is not accessed for the whole time the effect is
  /// carried out: only the memory it refers to changes.
  @inlinable @inline(__always)
  package func takeUnchecked() -> NodeEffect { storage.takeNext() }

  /// The effects not taken yet, in order (copies; the buffer keeps them).
  public var pending: [NodeEffect] { storage.pending }
}

extension NodeEffects {
  /// The memory behind a buffer: effects in `start..<end`; the places before `start` were
  /// taken and hold nothing.
  @usableFromInline
  final class Storage: @unchecked Sendable {
    // Sendable: changed only through a buffer that holds the one reference to it, which also
    // rules out overlapping accesses (so they need no exclusivity checks).
    @exclusivity(unchecked) @usableFromInline var elements: UnsafeMutablePointer<NodeEffect>
    @exclusivity(unchecked) var capacity: Int
    @exclusivity(unchecked) @usableFromInline var start = 0
    @exclusivity(unchecked) @usableFromInline var end = 0

    init(capacity: Int) {
      self.capacity = capacity
      elements = .allocate(capacity: capacity)
    }

    deinit {
      (elements + start).deinitialize(count: end &- start)
      elements.deallocate()
    }

    /// A copy holding copies of the effects not taken yet.
    @usableFromInline
    func copy() -> Storage {
      let copy = Storage(capacity: max(capacity, 8))
      copy.elements.initialize(from: elements + start, count: end &- start)
      copy.end = end &- start
      return copy
    }

    var pending: [NodeEffect] { Array(UnsafeBufferPointer(start: elements + start, count: end &- start)) }

    @inline(__always)
    func append(_ effect: consuming NodeEffect) {
      if end == capacity { makeRoom() }
      (elements + end).initialize(to: effect)
      end &+= 1
    }

    @inlinable @inline(__always)
    func takeNext() -> NodeEffect {
      let effect = (elements + start).move()
      start &+= 1
      if start == end {
        start = 0
        end = 0
      }
      return effect
    }

    /// Moves the effects to the front, or doubles the memory when they fill more than half.
    private func makeRoom() {
      let count = end &- start
      if count * 2 <= capacity {
        elements.moveInitialize(from: elements + start, count: count)
      } else {
        let grown = UnsafeMutablePointer<NodeEffect>.allocate(capacity: capacity * 2)
        grown.moveInitialize(from: elements + start, count: count)
        elements.deallocate()
        elements = grown
        capacity *= 2
      }
      start = 0
      end = count
    }
  }
}
