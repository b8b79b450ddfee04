"""Run one peer extractor over HTML pages and write JSON Lines {"id", "text"}.

Usage: peers_extract.py {trafilatura,resiliparse} OUT.jsonl INPUT...

INPUT is a page (.html, .htm, or either gzipped) or a folder of them; pages are read in sorted
order. Every page is decoded the same way for both tools (resiliparse's encoding detection, then
bytes_to_str), so the comparison is about extraction, not decoding. The id is the file name
without a compression suffix and one more extension, as the scorer derives it. A page the tool
fails on is written with empty text and counted on stderr. Runs in the .venv-peers interpreter.
"""
import gzip
import json
import os
import sys

from resiliparse.parse.encoding import bytes_to_str, detect_encoding

PAGE_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")


def page_paths(inputs):
    paths = []
    for arg in inputs:
        if os.path.isdir(arg):
            for dirpath, _, names in os.walk(arg):
                paths += [os.path.join(dirpath, n) for n in names if n.endswith(PAGE_SUFFIXES)]
        else:
            paths.append(arg)
    return sorted(paths)


def page_id(path):
    name = os.path.basename(path)
    if name.endswith(".gz"):
        name = name[:-3]
    return os.path.splitext(name)[0]


def read_html(path):
    with open(path, "rb") as f:
        data = f.read()
    if path.endswith(".gz"):
        data = gzip.decompress(data)
    return bytes_to_str(data, detect_encoding(data))


def extractor(tool):
    if tool == "trafilatura":
        import trafilatura

        # Library defaults (no favour_precision / favour_recall), comments left out.
        return lambda html: trafilatura.extract(html, include_comments=False) or ""
    if tool == "resiliparse":
        from resiliparse.extract.html2text import extract_plain_text

        return lambda html: extract_plain_text(html, main_content=True) or ""
    raise SystemExit(f"unknown tool {tool!r} (trafilatura or resiliparse)")


def main(argv):
    if len(argv) < 3 or argv[0] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    tool, out_path, inputs = argv[0], argv[1], argv[2:]
    extract = extractor(tool)
    paths = page_paths(inputs)
    failed = empty = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for path in paths:
            try:
                text = extract(read_html(path))
            except Exception as e:  # one bad page must not end the run
                failed += 1
                print(f"{tool}: {path}: {type(e).__name__}: {e}", file=sys.stderr)
                text = ""
            empty += not text.strip()
            out.write(json.dumps({"id": page_id(path), "text": text}, ensure_ascii=False) + "\n")
    print(f"{tool}: {len(paths)} pages, {empty} empty, {failed} failed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
