import Course
import Testing

/// The light stemmer on words the interview content and a candidate's answers really use.
@Suite struct StemmerTests {
  /// Each list's words share one stem.
  @Test(arguments: [
    ["replicate", "replicated", "replicating", "replication", "replicates", "replica", "replicas"],
    ["conflict", "conflicts", "conflicting", "conflicted"],
    ["write", "writes", "writing", "written", "wrote", "writer", "writers"],
    ["clock", "clocks"],
    ["timestamp", "timestamps"],
    ["lose", "loses", "losing", "lost", "loss", "losses"],
    ["converge", "converges", "converged", "converging", "convergence", "convergent"],
    ["concurrent", "concurrency", "concurrently"],
    ["consistent", "consistency", "consistently"],
    ["merge", "merges", "merged", "merging"],
    ["sibling", "siblings"],
    ["acknowledge", "acknowledged", "acknowledges", "acknowledgement", "acknowledgment"],
    ["synchronise", "synchronize", "synchronised", "synchronisation", "synchronization"],
    ["drop", "drops", "dropped", "dropping"],
    ["delete", "deleted", "deletes", "deleting", "deletion"],
    ["resolve", "resolved", "resolving", "resolution"],
    ["available", "availability"],
    ["causal", "causally", "causality"],
    ["deterministic", "deterministically"],
    ["depend", "depends", "depended", "dependent", "dependency", "dependencies"],
    ["silent", "silently"],
    ["fast", "faster", "fastest"],
    ["late", "later"],
    ["low", "lower", "lowest"],
    ["arbitrary", "arbitrarily"],
    ["policy", "policies"],
    ["tie", "ties", "tied"],
    ["add", "adds", "added", "adding"],
    ["commit", "commits", "committed", "committing"],
    ["see", "sees", "saw", "seen"],
    ["commutative", "commutativity"],
  ])
  func formsOfAWordShareAStem(_ forms: [String]) {
    let stems = Set(forms.map(Stemmer.stem))
    #expect(stems.count == 1, "\(forms) → \(forms.map(Stemmer.stem))")
  }

  /// Words that look alike but mean different things keep apart.
  @Test(arguments: [
    ("leader", "lead"), ("counter", "count"), ("version", "vers"), ("news", "new"), ("ring", "r"),
    ("status", "stat"), ("always", "alway"), ("replica", "reply"), ("order", "ordinary"),
    ("highest", "high"), ("latest", "late"),
  ])
  func differentWordsKeepDifferentStems(_ pair: (String, String)) {
    #expect(Stemmer.stem(pair.0) != Stemmer.stem(pair.1), "\(pair)")
  }

  @Test func shortWordsAndNumbersAreKept() {
    for word in ["lww", "hlc", "ntp", "409", "w1", "dc", "less", "ring", "need", "status"] {
      #expect(Stemmer.stem(word) == word)
    }
    #expect(Stemmer.stem("use") == Stemmer.stem("used"))
  }
}
