/// Times a body with the monotonic clock and returns the seconds taken with its result.
public func measure<Result>(_ body: () throws -> Result) rethrows -> (seconds: Double, result: Result) {
  let clock = ContinuousClock()
  let start = clock.now
  let result = try body()
  return (seconds(clock.now - start), result)
}

/// A `Duration` in seconds.
public func seconds(_ duration: Duration) -> Double {
  let (whole, attoseconds) = duration.components
  return Double(whole) + Double(attoseconds) * 1e-18
}

/// The median of some numbers (the mean of the middle two for an even count); 0 for none.
public func median(_ values: [Double]) -> Double {
  guard !values.isEmpty else { return 0 }
  let sorted = values.sorted()
  let middle = sorted.count / 2
  return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
}

/// The arithmetic mean of some numbers; 0 for none.
public func mean(_ values: [Double]) -> Double {
  values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
}
