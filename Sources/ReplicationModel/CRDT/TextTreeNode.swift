/// One node of ``TextTree``'s treap, packed into 16 bytes so that a walk from the root touches
/// one cache line per level.
struct TextTreeNode: Sendable {
  /// The left child, or ``TextTree/none``.
  var left: Int32
  /// The right child, or ``TextTree/none``.
  var right: Int32
  /// How many visible (not erased) elements the subtree holds.
  var visibleSize: Int32
  /// The heap priority in the upper 31 bits; the lowest bit is set when the element is erased.
  private var rankAndErased: UInt32

  /// Creates a leaf node.
  init(priority: UInt32, erased: Bool) {
    left = TextTree.none
    right = TextTree.none
    visibleSize = erased ? 0 : 1
    rankAndErased = (priority << 1) | (erased ? 1 : 0)
  }

  /// The heap priority: a parent's is never smaller than its children's.
  var priority: UInt32 { rankAndErased >> 1 }

  /// Whether the element was erased.
  var isErased: Bool {
    get { rankAndErased & 1 == 1 }
    set { rankAndErased = (rankAndErased & ~1) | (newValue ? 1 : 0) }
  }

  /// 1 for a visible element, 0 for a tombstone.
  var ownSize: Int32 { isErased ? 0 : 1 }
}
