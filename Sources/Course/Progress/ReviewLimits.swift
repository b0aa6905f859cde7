/// The daily limits of `review`: how many new cards and how many reviews it asks a day.
public struct ReviewLimits: Hashable, Sendable {
  /// New cards a day.
  public var newCards: Int
  /// Reviews of already-seen cards a day.
  public var reviews: Int

  /// The largest limit `review` accepts.
  public static let maximum = 10_000

  /// Limits of `newCards` new cards and `reviews` reviews a day (20 and 100 by default).
  public init(newCards: Int = 20, reviews: Int = 100) {
    self.newCards = newCards
    self.reviews = reviews
  }
}
