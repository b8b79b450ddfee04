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
    let hints = Hints(s)
    let numeric = hints.mayHoldNumeric ? numericDates(in: s) : []
    guard hints.mayHoldNamed else { return numeric }
    let named = named(in: s).filter { n in !numeric.contains(where: { $0.start < n.end && n.start < $0.end }) }
    return (numeric + named).sorted { $0.start < $1.start }
  }

  /// `all` without the byte scan's shortcuts: every reading run (the reference of `Hints`).
  static func allInFull(in s: String) -> [Found] {
    let numeric = numericDates(in: s)
    // Month names need an ASCII letter (an ASCII scalar is alphabetic exactly when it is a letter).
    guard s.utf8.contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else { return numeric }
    let named = named(in: s).filter { n in !numeric.contains(where: { $0.start < n.end && n.start < $0.end }) }
    return (numeric + named).sorted { $0.start < $1.start }
  }

  /// What one pass over the bytes rules out, before the readings that copy the scalars into an
  /// array (`numericDates`) or cut the text into tokens (`named`). Most lines that get here hold a
  /// digit but no date (a counter, a price, a time), and were read through for nothing.
  struct Hints {
    /// Some ASCII digit is followed by `.`, `-`, `/`, `년` or `年`: a numeric date's year is
    /// digits right before its separator, so without such a pair there is none.
    var mayHoldNumeric = false
    /// A run of four ASCII digits and a run of ASCII letters that opens like a month name: a
    /// named date has a year token of ASCII digits worth 1970 to 2100, which takes four of them,
    /// and a month name. A month name is a token of ASCII letters alone, so it is a whole run of
    /// them (a digit or any other scalar ends the run), and its first three letters are one of
    /// `monthOpenings`.
    var mayHoldNamed = false

    init(_ s: String) {
      var s = s
      (mayHoldNumeric, mayHoldNamed) = s.withUTF8 { bytes -> (Bool, Bool) in
        var numeric = false
        var letter = false
        var fourDigits = false
        var run = 0
        let n = bytes.count
        var i = 0
        while i < n {
          let b = bytes[i]
          i += 1
          if b >= 0x30 && b <= 0x39 {
            run += 1
            if run >= 4 { fourDigits = true }
            guard i < n else { break }
            let c = bytes[i]
            if c == 0x2E || c == 0x2D || c == 0x2F { numeric = true }
            // `년` is EB 85 84, `年` E5 B9 B4.
            if i + 2 < n, (c == 0xEB && bytes[i + 1] == 0x85 && bytes[i + 2] == 0x84) || (c == 0xE5 && bytes[i + 1] == 0xB9 && bytes[i + 2] == 0xB4) {
              numeric = true
            }
            continue
          }
          run = 0
          if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A { letter = true }
        }
        // Only a line with a letter and a year's digits is read again, for a month's opening:
        // most such lines have words but no month, and cutting them into tokens cost more.
        return (numeric, letter && fourDigits && Self.hasMonthOpening(bytes))
      }
    }

    /// Whether some run of ASCII letters in `bytes` opens with the first three letters of a
    /// month name (in any case).
    /// A Latin-1 letter (two bytes, `C3 xx`) counts as the ASCII letter it reads as
    /// (`DateReader.latin1Letter`), as `named` reads it.
    static func hasMonthOpening(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      var letters = 0
      var opening: UInt32 = 0
      var i = 0
      let n = bytes.count
      while i < n {
        var b = bytes[i]
        i += 1
        if b == 0xC3, i < n, bytes[i] >= 0x80 && bytes[i] <= 0xBF,
          let letter = DateReader.latin1Letter(0xC0 + UInt32(bytes[i] & 0x3F))
        {
          b = letter
          i += 1
        }
        guard (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A else {
          letters = 0
          opening = 0
          continue
        }
        letters += 1
        if letters <= 3 {
          opening = opening << 8 | UInt32(b | 0x20)
          if letters == 3, DateReader.monthOpenings.contains(opening) { return true }
        }
      }
      return false
    }
  }

  static func numericDates(in s: String) -> [Found] {
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

  /// `!all(in: s).isEmpty`, without what only the list needs: with a numeric date found, named
  /// ones need not be read, and without one none of them overlaps a numeric date.
  static func containsDate(in s: String) -> Bool {
    let hints = Hints(s)
    if hints.mayHoldNumeric, !numericDates(in: s).isEmpty { return true }
    guard hints.mayHoldNamed else { return false }
    return !named(in: s).isEmpty
  }

  /// Month names and their abbreviations, by month: English, then the languages of Western
  /// Europe and Latin America whose news sites print dates in words (`22 de janeiro de 2018`,
  /// `22. Januar 2018`, `22 janvier 2018`, `22 gennaio 2018`, `22 januari 2018`). Accented letters
  /// are written without their accents (`marco` for março, `fevrier`, `aout`, `marz`), as the
  /// reading folds them. Abbreviations that are common English words (`set`, `out`) are left out:
  /// a date needs a day and a year beside its month, but a stray match would still cut a line.
  static let months: [String: Int] = {
    let names: [[String]] = [
      ["jan", "january", "enero", "ene", "janeiro", "janvier", "janv", "januar", "janner", "gennaio", "gen", "januari"],
      ["feb", "february", "febrero", "fevereiro", "fev", "fevrier", "fevr", "februar", "febbraio", "februari"],
      ["mar", "march", "marzo", "marco", "mars", "marz", "maart", "mrt"],
      ["apr", "april", "abril", "abr", "avril", "avr", "aprile"],
      ["may", "mayo", "maio", "mai", "maggio", "mei"],
      ["jun", "june", "junio", "junho", "juin", "juni", "giugno", "giu"],
      ["jul", "july", "julio", "julho", "juillet", "juil", "juli", "luglio", "lug"],
      ["aug", "august", "agosto", "ago", "aout", "augustus"],
      ["sep", "sept", "september", "septiembre", "setiembre", "setembro", "septembre", "settembre"],
      ["oct", "october", "octubre", "outubro", "octobre", "okt", "oktober", "ottobre", "ott"],
      ["nov", "november", "noviembre", "novembro", "novembre"],
      ["dec", "december", "diciembre", "dic", "dezembro", "dez", "decembre", "dezember", "dicembre"],
    ]
    var table: [String: Int] = [:]
    for (i, forms) in names.enumerated() {
      for form in forms {
        precondition(table[form] == nil, "\(form) names two months")
        table[form] = i + 1
      }
    }
    return table
  }()

  /// Longest name in `months`, in letters.
  static let longestMonthName = months.keys.map(\.utf8.count).max()!

  /// Words that join a day, its month and its year in Spanish and Portuguese dates (`22 de enero
  /// de 2018`, `5 de mayo del 2020`): read as if they were not there.
  static func isDateJoiner(_ letters: [UInt8]) -> Bool {
    letters == [0x64, 0x65] || letters == [0x64, 0x65, 0x6C]  // de, del
  }

  /// Dates with month names: `Dec 10, 2022`, `December 10, 2022 3:27 pm`, `10 December 2022`,
  /// `22 de enero de 2018`, `22. Januar 2018`.
  /// The first three letters of every name in `months`, packed by `packedOpening`.
  static let monthOpenings: [UInt32] = Array(Set(months.keys.map { packedOpening(Array($0.utf8)) })).sorted()

  /// The ASCII letter a Latin-1 letter (U+00C0–U+00FF, lower or upper case) reads as without its
  /// accent, lower-cased (`é` → `e`, `Ä` → `a`, `ç` → `c`), by its offset from U+00C0; 0 for the
  /// others (`×`, `÷`, `æ`, `ß`, `ð`, `þ`), which no month name holds. Month names are matched on
  /// these letters, so `março`, `février`, `août` and `März` read as they are written.
  static let latin1Letters: [UInt8] = Array("aaaaaaxceeeeiiiixnoooooxouuuuyxxaaaaaaxceeeeiiiixnoooooxouuuuyxy".utf8).map { $0 == 0x78 ? 0 : $0 }

  /// `latin1Letters` for the scalar value `v`: its ASCII letter, or nil outside U+00C0–U+00FF or
  /// for a scalar without one.
  @inline(__always)
  static func latin1Letter(_ v: UInt32) -> UInt8? {
    guard v >= 0xC0 && v <= 0xFF else { return nil }
    let letter = latin1Letters[Int(v - 0xC0)]
    return letter == 0 ? nil : letter
  }

  /// The first three of `letters` (three or more) in one number.
  @inline(__always)
  static func packedOpening(_ letters: [UInt8]) -> UInt32 {
    UInt32(letters[0]) << 16 | UInt32(letters[1]) << 8 | UInt32(letters[2])
  }

  /// `months[String(decoding: letters, as: UTF8.self)]` for three or more lower-case ASCII
  /// letters. Every month name opens with one of twelve triples: a word that opens with none of
  /// them is no month and is neither made a String nor hashed (most words of most texts).
  static func monthNumber(_ letters: [UInt8]) -> Int? {
    guard monthOpenings.contains(packedOpening(letters)) else { return nil }
    return months[String(decoding: letters, as: UTF8.self)]
  }

  static func named(in s: String) -> [Found] {
    // Tokens (runs of letters and ASCII digits) with their scalar offsets. Only two things about
    // a token matter below: the month it names and the number it spells, so no token text is
    // kept. A month name is ASCII and Latin-1 letters only, read without accents (no other
    // scalar lower-cases to ASCII letters of a month name); a number is ASCII digits only.
    var tokens: [(month: Int?, number: Int?, start: Int, end: Int)] = []
    var start = 0
    var length = 0
    var allDigits = true
    var allLetters = true
    var number = 0
    var overflow = false
    var letters: [UInt8] = []
    letters.reserveCapacity(longestMonthName)
    func endToken(_ end: Int) {
      var month: Int?
      if allLetters, length >= 3, length <= longestMonthName { month = monthNumber(letters) }
      // A joining word is left out, so that its day, month and year stand side by side.
      if !(allLetters && length <= 3 && isDateJoiner(letters)) {
        tokens.append((month, allDigits && !overflow ? number : nil, start, end))
      }
      length = 0
    }
    var i = 0
    for c in s.unicodeScalars {
      let v = c.value
      let isDigit = v >= 48 && v <= 57
      let isASCIILetter = (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A
      if isDigit || isASCIILetter || (v >= 0x80 && c.properties.isAlphabetic) {
        if length == 0 {
          start = i
          allDigits = true
          allLetters = true
          number = 0
          overflow = false
          letters.removeAll(keepingCapacity: true)
        }
        length += 1
        if isDigit {
          let (m, o1) = number.multipliedReportingOverflow(by: 10)
          let (a, o2) = m.addingReportingOverflow(Int(v - 48))
          number = a
          overflow = overflow || o1 || o2
        } else {
          allDigits = false
        }
        if isASCIILetter {
          if length <= longestMonthName { letters.append(UInt8(v | 0x20)) }
        } else if let letter = latin1Letter(v) {
          if length <= longestMonthName { letters.append(letter) }
        } else {
          allLetters = false
        }
      } else if length > 0 {
        endToken(i)
      }
      i += 1
    }
    if length > 0 { endToken(i) }
    var out: [Found] = []
    i = 0
    while i < tokens.count {
      if let month = tokens[i].month {
        // Month Day, Year
        if i + 2 < tokens.count, let d = tokens[i + 1].number, let y = tokens[i + 2].number, (1...31).contains(d), (1970...2100).contains(y) {
          out.append(Found(year: y, month: month, day: d, hour: nil, minute: nil, start: tokens[i].start, end: tokens[i + 2].end))
          i += 3
          continue
        }
        // Day Month Year
        if i >= 1, i + 1 < tokens.count, let d = tokens[i - 1].number, let y = tokens[i + 1].number, (1...31).contains(d), (1970...2100).contains(y) {
          out.append(Found(year: y, month: month, day: d, hour: nil, minute: nil, start: tokens[i - 1].start, end: tokens[i + 1].end))
          i += 2
          continue
        }
      }
      i += 1
    }
    return out
  }

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
