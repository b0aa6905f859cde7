/// The memory behind an ``EventQueue``: a slab of events, a table of time buckets, and the
/// distinct times in order, all in memory it manages itself.
///
/// - **Slab.** Each pending event sits in a slot that never moves until the event is taken out,
///   with one link per slot. A live slot's link is the next slot of its bucket (`-1` for none);
///   a free slot's link encodes the next free slot as `-3 - next` (so `-2` ends the free list),
///   which keeps every free link below `-1` and tells live slots from free ones. Putting an event
///   in and taking it out are plain moves: no optional to wrap, no old value to destroy.
/// - **Buckets.** For each instant with pending events, the first and last slot of its
///   first-in, first-out list, in an open-addressing hash table with linear probing keyed by
///   time. Its layout never decides an order (the times do), so its hashing needs no seed.
/// - **Times.** The distinct pending times, sorted, in `times[timesStart..<timesEnd]`: the
///   earliest is taken from the front, and new times nearly always go at the back.
///
/// The storage is a class so that the queue reaches all of this with one uniqueness check per
/// operation and no bounds checks; the queue copies it before changing it when it is shared
/// (copy on write), so a copied simulation never sees the other's events change. Every index
/// used below is kept in range by the structure itself (slots below ``used``, table indexes
/// masked, times between ``timesStart`` and ``timesEnd``).
final class EventStorage<Event: Sendable>: @unchecked Sendable {
  // Sendable: the storage is only changed through a queue that holds the one reference to it.

  /// One bucket table entry; `head < 0` marks an empty one.
  struct Bucket {
    var time: Int64
    var head: Int32
    var tail: Int32

    static var empty: Bucket { Bucket(time: 0, head: -1, tail: -1) }
  }

  var events: UnsafeMutablePointer<Event>
  var links: UnsafeMutablePointer<Int32>
  var slabCapacity: Int
  /// Slots at or above this index were never used (their memory is uninitialised).
  var used = 0
  /// The first free slot below ``used``, `-1` for none.
  var firstFree: Int32 = -1

  var buckets: UnsafeMutablePointer<Bucket>
  /// The bucket table's size minus one (the size is a power of two).
  var mask: Int
  var bucketCount = 0

  var times: UnsafeMutablePointer<Int64>
  var timesCapacity: Int
  var timesStart = 0
  var timesEnd = 0

  /// The number of pending events.
  var count = 0

  /// Empty storage with room for `capacity` events and as many buckets and times before growing.
  init(capacity: Int = 64) {
    slabCapacity = capacity
    events = .allocate(capacity: capacity)
    links = .allocate(capacity: capacity)
    mask = capacity - 1
    buckets = .allocate(capacity: capacity)
    buckets.initialize(repeating: .empty, count: capacity)
    timesCapacity = capacity
    times = .allocate(capacity: capacity)
  }

  deinit {
    for slot in 0..<used where links[slot] >= -1 { (events + slot).deinitialize(count: 1) }
    events.deallocate()
    links.deallocate()
    buckets.deallocate()
    times.deallocate()
  }

  /// A copy holding copies of the pending events, in the same slots, buckets and times.
  func copy() -> EventStorage {
    let copy = EventStorage(capacity: slabCapacity)
    for slot in 0..<used where links[slot] >= -1 { (copy.events + slot).initialize(to: events[slot]) }
    copy.links.update(from: links, count: used)
    copy.used = used
    copy.firstFree = firstFree
    copy.buckets.deallocate()
    copy.buckets = .allocate(capacity: mask + 1)
    copy.buckets.initialize(from: buckets, count: mask + 1)
    copy.mask = mask
    copy.bucketCount = bucketCount
    copy.times.deallocate()
    copy.times = .allocate(capacity: timesCapacity)
    copy.times.initialize(from: times + timesStart, count: timesEnd - timesStart)
    copy.timesCapacity = timesCapacity
    copy.timesEnd = timesEnd - timesStart
    copy.count = count
    return copy
  }

  /// Whether a slot holds a pending event.
  func isLive(_ slot: Int32) -> Bool { slot >= 0 && Int(slot) < used && links[Int(slot)] >= -1 }

  /// Puts an event in a free slot, with no next slot; returns the slot.
  @inline(__always)
  func insert(_ event: consuming Event) -> Int32 {
    let slot: Int32
    if firstFree >= 0 {
      slot = firstFree
      firstFree = -3 &- links[Int(slot)]
    } else {
      if used == slabCapacity { growSlab() }
      slot = Int32(truncatingIfNeeded: used)
      used &+= 1
    }
    (events + Int(slot)).initialize(to: event)
    links[Int(slot)] = -1
    return slot
  }

  /// Takes the event out of a live slot and frees the slot.
  @inline(__always)
  func take(_ slot: Int32) -> Event {
    let event = (events + Int(slot)).move()
    links[Int(slot)] = -3 &- firstFree
    firstFree = slot
    return event
  }

  private func growSlab() {
    let newCapacity = slabCapacity * 2
    let newEvents = UnsafeMutablePointer<Event>.allocate(capacity: newCapacity)
    let newLinks = UnsafeMutablePointer<Int32>.allocate(capacity: newCapacity)
    for slot in 0..<used where links[slot] >= -1 {
      (newEvents + slot).moveInitialize(from: events + slot, count: 1)
    }
    newLinks.moveInitialize(from: links, count: used)
    events.deallocate()
    links.deallocate()
    events = newEvents
    links = newLinks
    slabCapacity = newCapacity
  }
}
