#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns command-line inputs into a lazy stream of raw pages and input-level rejects.
///
/// Order is deterministic: arguments in the order given; directories walked depth-first with
/// entries sorted by byte-wise name order; items inside a file in file order. Only regular
/// files are ever opened (a FIFO would block `open`), and nothing is read ahead beyond one
/// buffer, so huge inputs and endless trees cost bounded memory.
///
/// Named `PageReader`, not `InputStream`, because Foundation already owns that name.
///
///     for item in PageReader(arguments: ["crawl/", "-"], limits: IngestLimits()) { … }
public final class PageReader: Sequence, IteratorProtocol {
  private let arguments: [String]
  private var argumentIndex = 0
  private let limits: IngestLimits
  private let box = StatsBox()
  private var current: ItemProducer?
  private var frames: [DirectoryFrame] = []
  /// Every directory entered so far, so a second way into one (symlink) is never walked twice.
  private var visited: Set<FileKey> = []

  /// Counters for what was seen and passed over; rejects are yielded as items.
  public var stats: IngestStats { box.value }

  public init(arguments: [String], limits: IngestLimits = IngestLimits()) {
    self.arguments = arguments
    self.limits = limits
  }

  public func next() -> InputItem? {
    while true {
      if let producer = current {
        if let item = producer.next() { return counted(item) }
        current = nil
      }
      if let frame = frames.last {
        if frame.index < frame.names.count {
          frames[frames.count - 1].index += 1
          let name = frame.names[frame.index]
          if let item = visit(path: join(frame.path, name), isArgument: false) { return counted(item) }
        } else {
          frames.removeLast()
        }
        continue
      }
      guard argumentIndex < arguments.count else { return nil }
      let argument = arguments[argumentIndex]
      argumentIndex += 1
      if argument == "-" {
        box.value.filesSeen += 1
        current = makeProducer(
          source: FileDescriptorSource(fd: 0, owned: false), path: "-", nameHint: nil,
          limits: limits, stats: box)
        continue
      }
      if let item = visit(path: argument, isArgument: true) { return counted(item) }
    }
  }

  private func counted(_ item: InputItem) -> InputItem {
    switch item {
    case .page: box.value.pages += 1
    case .reject: box.value.rejects += 1
    }
    return item
  }

  private func reject(_ path: String, _ reason: String, _ detail: String) -> InputItem {
    .reject(InputReject(id: path, source: SourceRef(path: path), reason: reason, detail: detail))
  }

  /// Looks at one path; returns a reject at once, or sets up a producer / directory frame.
  private func visit(path: String, isArgument: Bool) -> InputItem? {
    var st = stat()
    guard lstat(path, &st) == 0 else {
      let e = errno
      return reject(path, "unreadable", e == ENOENT ? "no such file or directory" : "cannot stat: \(describe(e))")
    }
    if st.st_mode & S_IFMT == S_IFLNK {
      guard stat(path, &st) == 0 else {
        let e = errno
        switch e {
        case ELOOP: return reject(path, "symlink-loop", "symlink chain loops back on itself")
        case ENOENT: return reject(path, "unreadable", "dangling symlink: target \(linkTarget(path)) is missing")
        default: return reject(path, "unreadable", "cannot follow symlink: \(describe(e))")
        }
      }
    }
    switch st.st_mode & S_IFMT {
    case S_IFDIR: return enterDirectory(path, st)
    case S_IFREG: return openFile(path, st)
    default:
      box.value.specialFilesSkipped += 1
      return reject(path, "not-a-regular-file", "\(fileTypeName(st.st_mode)) is not a regular file; not opened")
    }
  }

  private func enterDirectory(_ path: String, _ st: stat) -> InputItem? {
    let key = FileKey(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
    if let ancestor = frames.first(where: { $0.key == key }) {
      return reject(path, "symlink-loop", "directory leads back to its ancestor \(ancestor.path); not walked again")
    }
    if visited.contains(key) {
      box.value.duplicateDirectoriesSkipped += 1
      return nil
    }
    guard let dir = opendir(path) else {
      return reject(path, "unreadable", "cannot open directory: \(describe(errno))")
    }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafePointer(to: &entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
      }
      if name == "." || name == ".." { continue }
      // Hidden entries are editor swap files, .git, .DS_Store: never pages.
      if name.hasPrefix(".") {
        box.value.hiddenSkipped += 1
        continue
      }
      names.append(name)
    }
    names.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    visited.insert(key)
    box.value.directoriesWalked += 1
    frames.append(DirectoryFrame(path: path, names: names, key: key))
    return nil
  }

  private func openFile(_ path: String, _ st: stat) -> InputItem? {
    box.value.filesSeen += 1
    if st.st_size == 0 { return reject(path, "empty-file", "file has zero bytes") }
    // O_NONBLOCK: if the path was swapped for a FIFO since stat, open must still not block.
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { return reject(path, "unreadable", "cannot open: \(describe(errno))") }
    var opened = stat()
    guard fstat(fd, &opened) == 0, opened.st_mode & S_IFMT == S_IFREG else {
      close(fd)
      box.value.specialFilesSkipped += 1
      return reject(path, "not-a-regular-file", "changed into a non-regular file while being opened")
    }
    // Regular files ignore O_NONBLOCK, but clear it so reads behave plainly everywhere.
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    current = makeProducer(
      source: FileDescriptorSource(fd: fd, owned: true, size: Int(opened.st_size)), path: path, nameHint: path,
      limits: limits, stats: box)
    return nil
  }

  private func join(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }

  private func linkTarget(_ path: String) -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let n = readlink(path, &buffer, buffer.count - 1)
    guard n >= 0 else { return "(unknown)" }
    return "\"" + String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) + "\""
  }

  private func fileTypeName(_ mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFIFO: return "FIFO"
    case S_IFSOCK: return "socket"
    case S_IFCHR: return "character device"
    case S_IFBLK: return "block device"
    default: return "special file"
    }
  }
}

private func describe(_ code: Int32) -> String { String(cString: strerror(code)) }

/// Identity of a directory independent of the path used to reach it.
struct FileKey: Hashable {
  var device: UInt64
  var inode: UInt64
}

private struct DirectoryFrame {
  var path: String
  var names: [String]
  var index = 0
  var key: FileKey
}
