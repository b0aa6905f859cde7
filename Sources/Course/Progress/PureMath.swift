/// `exp`, `log` and `pow` written with the standard library only, so Course needs no C library.
///
/// Accurate to a few units in the last place for the arguments FSRS uses (moderate magnitudes).
enum PureMath {
  static let ln2 = 0.693_147_180_559_945_3

  /// e raised to `x`.
  static func exp(_ x: Double) -> Double {
    guard x.isFinite else { return x > 0 ? .infinity : 0 }
    if x > 709 { return .infinity }
    if x < -745 { return 0 }
    let k = (x / ln2).rounded()
    let r = x - k * ln2
    var term = 1.0
    var sum = 1.0
    for n in 1...24 {
      term *= r / Double(n)
      sum += term
    }
    return sum * pow2(Int(k))
  }

  /// The natural logarithm of `x` (`nan` for negative `x`, `-inf` for zero).
  static func log(_ x: Double) -> Double {
    guard x > 0 else { return x == 0 ? -.infinity : .nan }
    guard x.isFinite else { return x }
    let exponent = Double(Int(x.exponent))
    let mantissa = x.significand  // in [1, 2)
    let t = (mantissa - 1) / (mantissa + 1)
    let t2 = t * t
    var power = t
    var sum = 0.0
    for n in stride(from: 1, through: 61, by: 2) {
      sum += power / Double(n)
      power *= t2
    }
    return 2 * sum + exponent * ln2
  }

  /// `base` raised to `exponent`, for positive `base`.
  static func pow(_ base: Double, _ exponent: Double) -> Double {
    if exponent == 0 { return 1 }
    return exp(exponent * log(base))
  }

  private static func pow2(_ k: Int) -> Double {
    if k > 1023 { return .infinity }
    if k < -1074 { return 0 }
    if k < -1022 { return Double(sign: .plus, exponent: -1022, significand: 1) * pow2(k + 1022) }
    return Double(sign: .plus, exponent: k, significand: 1)
  }
}
