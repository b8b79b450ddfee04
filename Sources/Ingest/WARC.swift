// placeholder until the WARC reader lands
final class WARCProducer: ItemProducer {
  init(reader: ByteReader, path: String, limits: IngestLimits, stats: StatsBox) {}
  func next() -> InputItem? { nil }
}
