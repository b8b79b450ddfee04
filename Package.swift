// swift-tools-version:6.0
//
// newsclean: raw scraped news and board pages in, clean article records out.
//
// Each C library is owned by exactly one Swift target, so no other module ever sees a C pointer:
//   CLibXML2    -> Markup      (HTML parsing)
//   CICU        -> Charsets    (charset detection and conversion; must not import Foundation)
//   CZlib       -> Ingest      (gzip, WARC, files, JSON Lines)
//   CLibdeflate -> Ingest      (optional: small gzip files inflated whole in memory, faster)
//   CSQLite     -> NearDup     (the persistent near-duplicate index)
// NewsClean is the pipeline library; `newsclean` is the thin command-line front end.
import Foundation
import PackageDescription

// mimalloc (Debian `libmimalloc-dev`) replaces the C allocator for the whole process, libxml2's
// allocations included, when it is installed. The pipeline makes and frees hundreds of thousands
// of small blocks a second plus large buffers per page; glibc's malloc spent about 7% of one
// job's time on them, plus page faults where it handed memory back and took it again, and one
// job runs about 8% faster with mimalloc (scripts/bench). Without it the build still works, on
// glibc's malloc, with the same output.
let libraryDirectories = ["/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib", "/usr/local/lib"]
let hasMimalloc = libraryDirectories.contains { FileManager.default.fileExists(atPath: $0 + "/libmimalloc.so") }

// libdeflate (Debian `libdeflate-dev`) inflates a whole gzip file in memory 2-3x faster than
// zlib's streaming inflate; reading a gzipped page cost about 0.4 ms of zlib out of a ~2.6 ms
// page. Ingest uses it, when it is installed, for small gzip files that are read whole anyway,
// and falls back to zlib for everything else (big files, any error). Without it the build
// still works, on zlib alone, with the same output.
let hasLibdeflate =
  FileManager.default.fileExists(atPath: "/usr/include/libdeflate.h")
  && libraryDirectories.contains { FileManager.default.fileExists(atPath: $0 + "/libdeflate.so") }

let package = Package(
  name: "newsclean",
  products: [
    .library(name: "NewsClean", targets: ["NewsClean"]),
    .executable(name: "newsclean", targets: ["newsclean"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    .systemLibrary(name: "CICU", pkgConfig: "icu-i18n", providers: [.apt(["libicu-dev"])]),
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),

    .target(name: "Charsets", dependencies: ["CICU"]),
    .target(name: "Markup", dependencies: ["CLibXML2"]),
    .target(name: "Ingest", dependencies: ["CZlib"] + (hasLibdeflate ? ["CLibdeflate"] : [])),
    .target(name: "NearDup", dependencies: ["CSQLite"], exclude: ["README.md"]),
    .target(name: "LinkSense"),
    .target(
      name: "NewsClean",
      dependencies: ["Charsets", "Markup", "Ingest", "NearDup", "LinkSense"],
      exclude: ["Batch/Resume.md"]),
    .executableTarget(
      name: "newsclean",
      dependencies: [
        "NewsClean",
        "LinkSense",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      linkerSettings: hasMimalloc ? [.linkedLibrary("mimalloc")] : []),
    // Fuzz target for decode -> parse -> clean; `scripts/fuzz` builds it with -sanitize=fuzzer.
    .executableTarget(name: "newsclean-fuzz", dependencies: ["NewsClean", "TestSupport"]),
    // A seeded generator for generated test cases and the fuzz driver.
    .target(name: "TestSupport"),

    .testTarget(name: "CharsetsTests", dependencies: ["Charsets", "TestSupport"]),
    .testTarget(name: "MarkupTests", dependencies: ["Markup", "TestSupport"]),
    .testTarget(name: "IngestTests", dependencies: ["Ingest"]),
    .testTarget(name: "NearDupTests", dependencies: ["NearDup", "TestSupport"]),
    .testTarget(name: "LinkSenseTests", dependencies: ["LinkSense", "TestSupport"]),
    .testTarget(name: "NewsCleanTests", dependencies: ["NewsClean", "Ingest", "TestSupport"]),
    .testTarget(name: "EndToEndTests", dependencies: ["NewsClean", "newsclean", "TestSupport"]),
  ]
)

if hasLibdeflate {
  package.targets.append(
    .systemLibrary(name: "CLibdeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"])]))
}
