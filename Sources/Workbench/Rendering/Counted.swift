/// `counted(1, "message")` is "1 message", `counted(3, "message")` is "3 messages", 0 is "no messages";
/// digits are grouped from 1,000 up (`27,989 states`).
package func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
  let many = plural ?? noun + "s"
  switch count {
  case 0: return "no \(many)"
  case 1: return "1 \(noun)"
  default: return "\(ExplorationText.count(Double(count))) \(many)"
  }
}
