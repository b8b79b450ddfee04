/// Reads the date formats of news sites and boards and writes them as ISO 8601.
///
/// Boards show dates as `24.11.10`, `25-09-02 21:44`, `2024.11.10 14:03`, `2024년 11월 10일`,
/// `2024年11月10日`; meta tags use ISO 8601. Two-digit years are read as 20YY.
enum DateReader {
  struct Found: Equatable {
    var year: Int, month: Int, day: Int
    var hour: Int?, minute: Int?
    /// Where the date sits in the scanned string (unicode scalar offsets).
    var start: Int, end: Int
  }

  /// The first date in `s`, as `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, or an ISO string kept whole.
  static func iso8601(_ s: String) -> String? {
    let trimmed = normalizeSpace(s)
    guard let found = first(in: trimmed) else { return nil }
    // Keep a full ISO timestamp (with seconds and zone) as given.
    if found.start == 0, trimmed.count >= 19, trimmed.dropFirst(10).first == "T" { return String(trimmed.prefix(25)) }
    return format(found)
  }

  static func format(_ d: Found) -> String {
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    var out = "\(d.year)-\(two(d.month))-\(two(d.day))"
    if let h = d.hour, let m = d.minute { out += "T\(two(h)):\(two(m))" }
    return out
  }

  /// Every date in `s`, left to right.
  static func all(in s: String) -> [Found] {
    let scalars = Array(s.unicodeScalars)
    var out: [Found] = []
    var i = 0
    while i < scalars.count {
      if isDigit(scalars[i]) && (i == 0 || !isDigit(scalars[i - 1])), let f = match(scalars, at: i) {
        out.append(f)
        i = f.end
      } else {
        i += 1
      }
    }
    return out
  }

  static func first(in s: String) -> Found? { all(in: s).first }

  private static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

  private static func number(_ s: [Unicode.Scalar], _ i: inout Int, maxDigits: Int) -> (Int, Int)? {
    var value = 0
    var n = 0
    while i < s.count, isDigit(s[i]), n < maxDigits {
      value = value * 10 + Int(s[i].value - 48)
      i += 1
      n += 1
    }
    if i < s.count, isDigit(s[i]) { return nil }
    return n == 0 ? nil : (value, n)
  }

  private static func match(_ s: [Unicode.Scalar], at start: Int) -> Found? {
    var i = start
    guard let (y, yd) = number(s, &i, maxDigits: 4), yd == 2 || yd == 4 else { return nil }
    guard i < s.count else { return nil }
    let sep = s[i]
    let cjk = sep == "년" || sep == "年"
    guard sep == "." || sep == "-" || sep == "/" || cjk else { return nil }
    i += 1
    if cjk { while i < s.count, s[i] == " " { i += 1 } }
    guard let (m, _) = number(s, &i, maxDigits: 2), i < s.count else { return nil }
    if cjk {
      guard s[i] == "월" || s[i] == "月" else { return nil }
      i += 1
      while i < s.count, s[i] == " " { i += 1 }
    } else {
      guard s[i] == sep else { return nil }
      i += 1
    }
    guard let (d, _) = number(s, &i, maxDigits: 2) else { return nil }
    if cjk, i < s.count, s[i] == "일" || s[i] == "日" { i += 1 }
    let year = yd == 2 ? 2000 + y : y
    guard (1..<13).contains(m), (1..<32).contains(d), (1970...2100).contains(year) else { return nil }
    var found = Found(year: year, month: m, day: d, hour: nil, minute: nil, start: start, end: i)
    // Optional time: ` 14:03`, `T14:03`.
    var j = i
    if j < s.count, s[j] == " " || s[j] == "T" {
      j += 1
      if let (h, _) = number(s, &j, maxDigits: 2), j < s.count, s[j] == ":" {
        j += 1
        if let (mi, _) = number(s, &j, maxDigits: 2), h < 24, mi < 60 {
          found.hour = h
          found.minute = mi
          if j < s.count, s[j] == ":" {
            var k = j + 1
            if number(s, &k, maxDigits: 2) != nil { j = k }
          }
          found.end = j
        }
      }
    }
    return found
  }
}
