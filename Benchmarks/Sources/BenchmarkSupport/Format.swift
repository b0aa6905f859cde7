/// Text formatting without Foundation.
public enum Format {
  /// `value` with exactly `digits` decimals: `fixed(1.23456, 2)` is `1.23`.
  public static func fixed(_ value: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = Int64((abs(value) * scale).rounded())
    let whole = scaled / Int64(scale)
    let fraction = String(scaled % Int64(scale))
    let sign = value < 0 && scaled != 0 ? "-" : ""
    guard digits > 0 else { return "\(sign)\(whole)" }
    return "\(sign)\(whole)." + String(repeating: "0", count: digits - fraction.count) + fraction
  }

  /// An integer with thousands separators: `1,000,000`.
  public static func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var result = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return value < 0 ? "-" + result : result
  }

  /// KiB as MiB with one decimal: `12.3 MiB`.
  public static func mebibytes(_ kibibytes: Int) -> String { "\(fixed(Double(kibibytes) / 1_024, 1)) MiB" }
}

/// A benchmark that cannot go on: a failed check or a failed system call.
public struct BenchmarkFailure: Error, CustomStringConvertible {
  /// What went wrong.
  public let description: String

  /// Creates a failure with its message.
  public init(_ description: String) { self.description = description }
}
