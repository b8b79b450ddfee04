import Charsets
import Testing

/// Encodes a fixture with ICU through the module's own encoder; fails the test if it cannot.
func encoded(_ text: String, as label: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [UInt8] {
  try #require(CharsetEncoder.encode(text, as: label), "cannot encode as \(label)", sourceLocation: sourceLocation)
}

/// Decodes and requires success, so each test states only what it is about.
func decoded(
  _ bytes: [UInt8], transport: String? = nil, html: Bool = true, sourceLocation: SourceLocation = #_sourceLocation
) throws -> DecodedText {
  let result = CharsetDecoder.decode(bytes, transportCharset: transport, isHTML: html)
  switch result {
  case .success(let text): return text
  case .failure(let failure):
    Issue.record("decode failed: \(failure)", sourceLocation: sourceLocation)
    throw failure
  }
}

/// The failure a decode produced, or nil if it succeeded.
func failure(_ bytes: [UInt8], transport: String? = nil, html: Bool = true) -> DecodeFailure? {
  if case .failure(let f) = CharsetDecoder.decode(bytes, transportCharset: transport, isHTML: html) { return f }
  return nil
}

/// A small HTML page around `body`, with an optional `<meta charset>`.
func page(_ body: String, metaCharset: String? = nil) -> String {
  let meta = metaCharset.map { "<meta charset=\"\($0)\">" } ?? ""
  return "<!DOCTYPE html><html><head>\(meta)<title>t</title></head><body><p>\(body)</p></body></html>"
}

enum Samples {
  static let korean = """
    서울특별시는 오늘 새로운 교통 정책을 발표했다. 시민들은 출근 시간의 혼잡이 줄어들 것으로 기대하고 있다. \
    전문가들은 정책의 효과를 지켜봐야 한다고 말했다. 이번 조치는 다음 달부터 시행된다.
    """
  /// 똠 and 햏 exist in CP949 (windows-949) but not in KS X 1001 / strict EUC-KR.
  static let cp949Only = "똠방각하 게시판에 햏자가 나타났다. 똠양꿍을 먹으러 가자는 햏님의 글이 올라왔다."
  static let japanese = """
    東京都は本日、新しい交通政策を発表しました。市民は通勤時間の混雑が緩和されることを期待しています。\
    専門家は政策の効果を見守る必要があると述べました。この措置は来月から実施されます。
    """
  static let chinese = """
    北京市今天发布了新的交通政策。市民们期待上下班时间的拥堵能够得到缓解。\
    专家表示需要观察政策的效果。这项措施将从下个月开始实施，预计将影响数百万人的日常出行。
    """
}
