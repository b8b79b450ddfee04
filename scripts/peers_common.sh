# Shared by scripts/eval-extraction and scripts/bench (sourced, not run).
# Builds the release binary and keeps the Python peers (trafilatura, resiliparse) in a local venv.
# Expects: $root (repository root) and $scratch (SwiftPM --scratch-path) set by the caller.

# Versions of the peers and of everything they pull in, so two runs compare the same code.
# (lxml_html_clean: justext, used by trafilatura, imports lxml.html.clean, split off from lxml 5.2.)
PEER_PINS=(
  trafilatura==2.3.1 resiliparse==2.0.1 lxml==6.1.3 lxml_html_clean==0.4.6 justext==3.0.2
  htmldate==1.11.0 courlan==1.4.0 charset-normalizer==3.5.3 urllib3==2.8.0 certifi==2026.10.19.post1
  dateparser==1.5.0 python-dateutil==4.0.0 regex==2026.11.19 babel==2.18.0 tld==0.13.2
  pytz==2026.6 tzlocal==5.4.5 tzdata==2026.6 fastwarc==2.0.1 brotli==1.2.1 tqdm==4.70.1
  click==8.5.1 typing_extensions==4.16.0 warcio==1.8.1
)

log() { printf '%s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# ensure_peers_venv: creates $root/.venv-peers (or $PEERS_VENV) and installs PEER_PINS once;
# reinstalls when the pin list changes. Sets $peers_py.
ensure_peers_venv() {
  local venv="${PEERS_VENV:-$root/.venv-peers}" stamp want
  want="$(printf '%s\n' "${PEER_PINS[@]}")"
  stamp="$venv/.newsclean-pins"
  if [[ ! -x "$venv/bin/python" ]]; then
    log "creating $venv"
    python3 -m venv "$venv"
  fi
  if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
    log "installing peers into $venv: ${PEER_PINS[*]:0:2} (+ pinned deps)"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "${PEER_PINS[@]}" \
      || die "pip install into $venv failed"
    printf '%s\n' "$want" >"$stamp"
  fi
  peers_py="$venv/bin/python"
}

# build_newsclean: swift build -c release; others edit Sources/ concurrently, so a failed build
# (often "input file ... was modified during the build") is retried a few times a minute apart.
# With static_stdlib=1 the Swift runtime and Foundation are linked into the binary
# (--static-swift-stdlib: direct calls instead of calls through the shared libraries' tables);
# a toolchain without the static libraries gets the ordinary build. Sets $newsclean_bin.
build_newsclean() {
  local tries="${NEWSCLEAN_BUILD_TRIES:-5}" i buildlog flags=()
  buildlog="$(mktemp)"
  if [[ "${static_stdlib:-0}" == 1 ]]; then
    if (cd "$root" && swift build -c release --scratch-path "$scratch" --static-swift-stdlib) >"$buildlog" 2>&1; then
      flags=(--static-swift-stdlib)
    else
      log "note: no static Swift standard library here; building the ordinary way"
    fi
  fi
  for ((i = 1; i <= tries; i++)); do
    log "building newsclean (release${flags[*]:+, ${flags[*]}}, --scratch-path $scratch), try $i/$tries"
    if (cd "$root" && swift build -c release --scratch-path "$scratch" "${flags[@]}") >"$buildlog" 2>&1; then
      newsclean_bin="$(cd "$root" && swift build -c release --scratch-path "$scratch" "${flags[@]}" --show-bin-path)/newsclean"
      rm -f "$buildlog"
      [[ -x "$newsclean_bin" ]] || die "built, but no binary at $newsclean_bin"
      return 0
    fi
    grep -E 'error:' "$buildlog" | sort -u | head -5 >&2 || true
    ((i < tries)) && sleep 60
  done
  tail -30 "$buildlog" >&2
  die "release build failed $tries times (log: $buildlog)"
}

# now: seconds since the epoch with microseconds (bash 5's EPOCHREALTIME).
now() { printf '%s\n' "$EPOCHREALTIME"; }
