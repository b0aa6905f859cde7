/// A named policy that behaves like the conflict rule of a real database.
///
/// Each preset states the documented rule it reproduces and where multileader simplifies it. The
/// facts come from the systems' own code and documentation (cited in ``source``).
public enum SystemPreset: String, CaseIterable, Hashable, Sendable {
  /// Apache Cassandra: last write wins per cell, with deletions and larger values winning ties.
  case cassandra
  /// Amazon DynamoDB global tables in the default eventual mode: last writer wins, unrecorded.
  case dynamodb
  /// Amazon DynamoDB global tables in strong multi-Region mode: a concurrent write is refused.
  case dynamodbStrong = "dynamodb-strong"
  /// Apache CouchDB: every conflicting revision kept, one deterministic winner shown.
  case couchdb
  /// Riak KV with `allow_mult`: concurrent writes kept as siblings with dotted version vectors.
  case riak
  /// Riak KV with `last_write_wins`: the newest timestamp wins, concurrent writes are dropped.
  case riakLastWriteWins = "riak-lww"
  /// Azure Cosmos DB's default last-writer-wins: a deletion beats a concurrent update, then the
  /// timestamp.
  case cosmos
  /// pgactive (PostgreSQL multi-master): last update wins; at equal times the lower node id wins;
  /// an UPDATE that arrives before the INSERT of its row is discarded.
  case pgactive

  /// The preset's name in the shell: `cassandra`, `dynamodb-strong`, ….
  public var name: String { rawValue }

  /// The system's name as people write it.
  public var systemName: String {
    switch self {
    case .cassandra: "Apache Cassandra"
    case .dynamodb: "Amazon DynamoDB global tables (eventual mode)"
    case .dynamodbStrong: "Amazon DynamoDB global tables (strong multi-Region mode)"
    case .couchdb: "Apache CouchDB"
    case .riak: "Riak KV (allow_mult on)"
    case .riakLastWriteWins: "Riak KV (last_write_wins on)"
    case .cosmos: "Azure Cosmos DB (last-writer-wins policy)"
    case .pgactive: "PostgreSQL multi-master with pgactive"
    }
  }

  /// How the preset is carried out by multileader's model.
  public var behaviour: PresetBehaviour {
    switch self {
    case .cassandra: .pickWinner(.cassandra)
    case .dynamodb, .riakLastWriteWins: .pickWinner(.timestampThenWrite)
    case .cosmos: .settleConcurrent(.cosmos)
    case .pgactive: .pickWinner(.pgactive)
    case .dynamodbStrong: .refuseConcurrent
    case .couchdb: .keepRevisions
    case .riak: .keepSiblings
    }
  }

  /// The documented rule, in plain words, and how multileader differs from the real system.
  public var summary: String {
    switch self {
    case .cassandra:
      "Cassandra resolves each cell on its own and never keeps two versions: the write with the larger timestamp wins. When two timestamps are equal, a deletion beats a live value, and between two live values the one whose bytes sort larger wins, so 2 beats 1 and pepperoni beats mushroom. No version vectors are involved, so a write that really happened later but carries an older timestamp is dropped without any error. multileader treats a key as one cell and leaves out time-to-live cells, which the real rule ranks next to deletions."
    case .dynamodb:
      "DynamoDB global tables in their default mode replicate each item to every Region and settle concurrent updates by last writer wins on the write's timestamp. Losing writes are not recorded anywhere, so nobody is told. The documents do not say how equal timestamps are broken; multileader picks the larger write id."
    case .dynamodbStrong:
      "In the strong multi-Region mode (2025), a write that meets a concurrent write to the same item from another Region is refused with ReplicatedWriteConflictException, and the client may retry. Nothing is silently dropped, at the price of a round trip to the other Regions and of needing most of them reachable. The mode needs three Regions, or two and a witness, because every write must be agreed by a majority and two Regions cut apart would leave neither side one; multileader has no witness, so it refuses this preset in a cluster of fewer than three regions. It runs the mode as its majority-of-leaders protocol, refusing instead of waiting. Of two racing writes at most one commits, and both can be refused when no write gathers a majority, since each leader holds the item for its own write: the clients then retry."
    case .couchdb:
      "CouchDB keeps every conflicting revision of a document. All replicas pick the same winner without talking to each other: a revision that is not a deletion beats one that is, then the longer revision history wins, then the larger revision id. Reads show the winner, and the losing revisions stay readable as conflicts (_conflicts; a losing revision that is a deletion is listed apart, in _deleted_conflicts) until the application merges them and deletes the losers. On one node CouchDB avoids conflicts: an update of an existing document must name its current revision (_rev), or it is refused with 409 Conflict, so a client reads the document before it changes it; a new document, or one that was deleted, needs no revision. Conflicting revisions arise only from replication, when two nodes took updates of the same revision. multileader counts a version's history as the writes it has seen, and makes its revision id from a hash of the value and the write."
    case .riak:
      "Riak with allow_mult on never picks a winner by itself. Writes that are causally ordered replace each other; concurrent ones are all kept as siblings, each tagged with the dot (region and counter) of the write that made it, and a read returns them all with a causal context. The client merges them and writes the result back with that context, which replaces every sibling it has seen. The context is what the client read: a value stored without one is concurrent with everything held and becomes one more sibling, even on the node that holds the older value."
    case .riakLastWriteWins:
      "Riak with last_write_wins on keeps only the value with the newest timestamp. The Riak documents warn that this necessarily drops some writes when updates are concurrent, and recommend it only for data that is written once and never changed."
    case .cosmos:
      "Cosmos DB's default policy keeps the item with the highest conflict-resolution value, the system timestamp unless you name a numeric property. A deletion always wins against a concurrent insert or replace, whatever the timestamps say: a delete conflict is an item deleted in one region while it is updated in another. A write that has seen the deletion (made in a region after the deletion reached it) is not in conflict with it: it simply re-creates the item. Reads show only the winner, and conflicts resolved this way do not appear in the conflicts feed. The documents leave ties to the system; multileader picks the larger write id, and uses the timestamp rather than a custom property."
    case .pgactive:
      "pgactive, the multi-master replication for PostgreSQL, applies the update with the later commit timestamp and discards the other on every node. When two commit timestamps are equal, the node with the lower node id wins. (Its predecessor BDR broke the same tie the other way round: any fixed order works, as long as every node uses the same one.) There is no causal ordering between nodes: an UPDATE that reaches a node before the INSERT of its row finds no row there and is discarded, and the node keeps the INSERT when it arrives, so nodes can end up with different data. pgactive discards an UPDATE of a row deleted elsewhere the same way; multileader models only the missing INSERT. multileader uses the order of the nodes in the cluster as their ids, and counts a write as an UPDATE when it has seen an earlier write of the key."
    }
  }

  /// Where the rule is documented.
  public var source: String {
    switch self {
    case .cassandra: "apache/cassandra, src/java/org/apache/cassandra/db/rows/Cells.java (resolveRegular)"
    case .dynamodb: "AWS, DynamoDB global tables: how it works (version 2019.11.21)"
    case .dynamodbStrong:
      "AWS, ReplicatedWriteConflictException; DynamoDB global tables, multi-Region strong consistency (three Regions, or two and a witness)"
    case .couchdb:
      "apache/couchdb, src/couch/src/couch_doc.erl (to_doc_info_path); docs: replication/conflicts (conflict avoidance, 409), api/document/common (PUT /{db}/{docid})"
    case .riak: "basho/basho_docs, riak/kv/2.2.3: conflict-resolution (siblings in action) and causal-context"
    case .riakLastWriteWins: "basho/basho_docs, riak/kv/2.2.3/developing/usage/conflict-resolution"
    case .cosmos: "MicrosoftDocs/azure-databases-docs, cosmos-db/conflict-resolution-policies"
    case .pgactive:
      "aws/pgactive, src/pgactive_apply.c (pgactive_conflict_last_update_wins); docs/referenceguide.md (INSERT/UPDATE conflicts)"
    }
  }
}

/// How the model carries out a ``SystemPreset``.
public enum PresetBehaviour: Hashable, Sendable {
  /// Keep one version, chosen by a total order.
  case pickWinner(WinnerOrdering)
  /// Keep one version: a write replaces what it has seen, and concurrent versions are settled
  /// by a total order (``ConcurrentWinner``).
  case settleConcurrent(WinnerOrdering)
  /// Writes are agreed by a majority of leaders; a conflicting concurrent write is refused.
  case refuseConcurrent
  /// Keep concurrent versions as siblings; reads name one deterministic winner (CouchDB).
  case keepRevisions
  /// Keep concurrent versions as siblings (Riak with dotted version vectors).
  case keepSiblings
}
