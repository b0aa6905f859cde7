import Foundation
import Shell
import Testing
import Tutor
import Workbench

/// `--json` views parse as JSON and carry the model's facts.
///
/// Foundation is used here, in the tests only, to parse what the shell printed.
@Suite struct JSONOutputTests {
  /// A session after the lww pizza conflict (w1 pepperoni lost to w2 mushroom) and a sibling
  /// conflict on `crust`.
  private func session() -> ShellSession {
    var session = ShellSession(options: SessionOptions(style: .plain, width: 80))
    for line in [
      "write us topping=pepperoni at 12:00:00", "write asia topping=mushroom at 12:00:00.010",
      "policy siblings --key crust", "write us crust=thin at 12:00:01", "write asia crust=thick at 12:00:01",
      "run",
    ] {
      let outcome = session.execute(line)
      precondition(!outcome.failed, "\(line): \(outcome.error!)")
    }
    return session
  }

  private func json(_ line: String, in session: inout ShellSession) throws -> Any {
    let outcome = session.execute(line)
    #expect(!outcome.failed, "\(line): \(outcome.error ?? "")")
    #expect(isBalanced(outcome.output), "\(line)")
    return try JSONSerialization.jsonObject(with: Data(outcome.output.utf8), options: [.fragmentsAllowed])
  }

  /// Braces and brackets outside strings open and close in order.
  private func isBalanced(_ text: String) -> Bool {
    var stack: [Character] = []
    var inString = false
    var escaped = false
    for character in text {
      if inString {
        if escaped {
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == "\"" {
          inString = false
        }
        continue
      }
      switch character {
      case "\"": inString = true
      case "{", "[": stack.append(character)
      case "}": if stack.popLast() != "{" { return false }
      case "]": if stack.popLast() != "[" { return false }
      default: break
      }
    }
    return stack.isEmpty && !inString
  }

  @Test func stateJSON() throws {
    var session = session()
    let state = try #require(try json("state --json", in: &session) as? [String: Any])
    #expect(state["time"] as? String == "12:00:01.077")
    let nodes = try #require(state["nodes"] as? [[String: Any]])
    #expect(nodes.map { $0["node"] as? String } == ["us", "asia", "us-f1", "us-f2", "asia-f1", "asia-f2"])
    let asiaF1 = try #require(nodes.first { $0["node"] as? String == "asia-f1" })
    #expect(asiaF1["region"] as? String == "asia")
    #expect(asiaF1["role"] as? String == "follower")
    #expect(asiaF1["down"] as? Bool == false)
    let keys = try #require(asiaF1["keys"] as? [[String: Any]])
    #expect(keys.map { $0["key"] as? String } == ["crust", "topping"])
    let topping = try #require((keys[1]["versions"] as? [[String: Any]])?.first)
    #expect(topping["value"] as? String == "mushroom")
    #expect(topping["write"] as? String == "w2")
    #expect(topping["vector"] as? [Int] == [0, 1])
    #expect(topping["origin"] as? String == "asia")
    #expect(topping["deleted"] as? Bool == false)
    #expect((keys[0]["versions"] as? [Any])?.count == 2)
  }

  @Test func stateJSONForOneKey() throws {
    var session = session()
    let state = try #require(try json("state topping --json", in: &session) as? [String: Any])
    let nodes = try #require(state["nodes"] as? [[String: Any]])
    for node in nodes {
      #expect((node["keys"] as? [[String: Any]])?.map { $0["key"] as? String } == ["topping"])
    }
  }

  @Test func readJSON() throws {
    var session = session()
    let read = try #require(try json("read us crust --json", in: &session) as? [String: Any])
    #expect(read["node"] as? String == "us")
    #expect(read["key"] as? String == "crust")
    #expect(read["context"] as? String == "[1,1]")
    let values = (read["versions"] as? [[String: Any]])?.compactMap { $0["value"] as? String }
    #expect(values.map(Set.init) == ["thin", "thick"])
  }

  @Test func readJSONOfAMissingKeyAndADeletion() throws {
    var session = session()
    let missing = try #require(try json("read us nothing --json", in: &session) as? [String: Any])
    #expect((missing["versions"] as? [Any])?.isEmpty == true)
    #expect(!session.execute("delete us topping").failed)
    let deleted = try #require(try json("read us topping --json", in: &session) as? [String: Any])
    let version = try #require((deleted["versions"] as? [[String: Any]])?.first)
    #expect(version["deleted"] as? Bool == true)
    #expect(version["value"] is NSNull)
  }

  @Test func reportJSON() throws {
    var session = session()
    let report = try #require(try json("report --json", in: &session) as? [String: Any])
    #expect(report["converged"] as? Bool == true)
    #expect(report["acknowledged_writes"] as? Int == 4)
    #expect((report["divergent_keys"] as? [Any])?.isEmpty == true)
    let lost = try #require(report["lost_writes"] as? [[String: Any]])
    #expect(lost.count == 1)
    #expect(lost.first?["write"] as? String == "w1")
    #expect(lost.first?["value"] as? String == "pepperoni")
    #expect(lost.first?["node"] as? String == "us")
    #expect(lost.first?["kept_instead"] as? String == "w2")
    let conflicts = try #require(report["unresolved_conflicts"] as? [[String: Any]])
    #expect(conflicts.map { $0["key"] as? String } == ["crust"])
    #expect(report["messages_in_flight"] as? Int == 0)
    #expect(report["messages_waiting"] as? Int == 0)
  }

  @Test func reportJSONListsARemovalAMergeUndid() throws {
    var session = ShellSession(options: SessionOptions(style: .plain, width: 80))
    for line in [
      "policy merge union", "write us toppings=ham,olive", "run", "write us toppings=ham",
      "write asia toppings=ham,olive,onion", "run",
    ] {
      #expect(!session.execute(line).failed, "\(line)")
    }
    let report = try #require(try json("report --json", in: &session) as? [String: Any])
    #expect((report["lost_writes"] as? [Any])?.isEmpty == true)
    let undone = try #require(report["undone_removals"] as? [[String: Any]])
    #expect(undone.count == 1)
    #expect(undone.first?["key"] as? String == "toppings")
    #expect(undone.first?["item"] as? String == "olive")
    #expect(undone.first?["removed_by"] as? String == "w2")
    #expect(undone.first?["restored_by"] as? [String] == ["w3"])
    #expect(undone.first?["rule"] as? String == "union")
  }

  /// The `value` of each version of `key` at every node, from `state KEY --json`.
  private func stateValues(of key: String, in session: inout ShellSession) throws -> [Any] {
    let state = try #require(try json("state \(key) --json", in: &session) as? [String: Any])
    let nodes = try #require(state["nodes"] as? [[String: Any]])
    return nodes.flatMap { node in
      ((node["keys"] as? [[String: Any]]) ?? []).flatMap { entry in
        ((entry["versions"] as? [[String: Any]]) ?? []).compactMap { $0["value"] }
      }
    }
  }

  @Test func crdtValuesAreTypedInStateReadAndReport() throws {
    var session = ShellSession(options: SessionOptions(style: .plain, width: 80))
    for line in [
      "policy crdt pn-counter --key likes", "incr us likes 3", "decr asia likes 5",
      "policy crdt or-set --key toppings", "add us toppings olive", "add asia toppings basil",
      "policy crdt lww-map --key menu", "put us menu size large", "put asia menu crust thin",
      "policy crdt text --key note", "insert us note 0 hot",
      "policy crdt lww-register --key chef", "set us chef mario",
      "policy crdt mv-register --key sauce", "set us sauce tomato", "set asia sauce pesto", "run",
    ] {
      let outcome = session.execute(line)
      #expect(!outcome.failed, "\(line): \(outcome.error ?? "")")
    }
    let likes = try stateValues(of: "likes", in: &session)
    #expect(likes.count == 6 && likes.allSatisfy { ($0 as? NSNumber)?.intValue == -2 }, "\(likes)")
    let toppings = try stateValues(of: "toppings", in: &session)
    #expect(
      toppings.count == 6 && toppings.allSatisfy { $0 as? [String] == ["basil", "olive"] }, "\(toppings)")
    let menu = try stateValues(of: "menu", in: &session)
    #expect(menu.allSatisfy { $0 as? [String: String] == ["crust": "thin", "size": "large"] }, "\(menu)")
    #expect(try stateValues(of: "note", in: &session).allSatisfy { $0 as? String == "hot" })
    #expect(try stateValues(of: "chef", in: &session).allSatisfy { $0 as? String == "mario" })
    let sauce = try stateValues(of: "sauce", in: &session)
    #expect(sauce.allSatisfy { $0 as? [String] == ["pesto", "tomato"] }, "\(sauce)")

    let read = try #require(try json("read asia likes --json", in: &session) as? [String: Any])
    let version = try #require((read["versions"] as? [[String: Any]])?.first)
    #expect((version["value"] as? NSNumber)?.intValue == -2)
    #expect(version["type"] as? String == "pn-counter")
  }

  @Test func aLostRegisterWriteShowsItsValueInTheReportJSON() throws {
    var session = ShellSession(options: SessionOptions(style: .plain, width: 80))
    for line in [
      "policy crdt lww-register --key chef", "set us chef mario", "set asia chef luigi", "run",
    ] {
      #expect(!session.execute(line).failed, "\(line)")
    }
    let report = try #require(try json("report --json", in: &session) as? [String: Any])
    let lost = try #require(report["lost_writes"] as? [[String: Any]])
    #expect(lost.map { $0["value"] as? String } == ["mario"], "\(lost)")
    #expect(lost.first?["operation"] as? String == "set")
  }

  @Test func conflictsJSON() throws {
    var session = session()
    let conflicts = try #require(try json("conflicts --json", in: &session) as? [[String: Any]])
    #expect(conflicts.count == 1)
    #expect(conflicts.first?["key"] as? String == "crust")
    #expect(conflicts.first?["writes"] as? [String] == ["w3", "w4"])
    #expect(!session.execute("resolve crust thin").failed)
    #expect(!session.execute("run").failed)
    #expect(try json("conflicts --json", in: &session) as? [Any] != nil)
    #expect((try json("conflicts --json", in: &session) as? [Any])?.isEmpty == true)
  }

  @Test func sessionWideJSONOption() throws {
    var session = ShellSession(options: SessionOptions(style: .plain, width: 80, json: true))
    #expect(!session.execute("write us topping=pepperoni").failed)
    #expect(try json("state", in: &session) is [String: Any])
    #expect(try json("read us topping", in: &session) is [String: Any])
    #expect(try json("report", in: &session) is [String: Any])
    #expect(try json("conflicts", in: &session) is [Any])
  }

  @Test func keysAndValuesAreEscapedInJSON() throws {
    var session = ShellSession(options: SessionOptions(style: .plain, width: 80))
    #expect(!session.execute(#"write us "say \"hi\""=back\slash"#).failed)
    let state = try #require(try json("state --json", in: &session) as? [String: Any])
    let us = try #require((state["nodes"] as? [[String: Any]])?.first)
    let key = try #require((us["keys"] as? [[String: Any]])?.first)
    #expect(key["key"] as? String == #"say "hi""#)
    #expect((key["versions"] as? [[String: Any]])?.first?["value"] as? String == #"back\slash"#)
  }
}
