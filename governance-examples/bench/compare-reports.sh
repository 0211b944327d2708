#!/usr/bin/env bash
# Compares the reports of two tongxin jars (old, new) byte for byte on the sample, the dirty
# sample (its document, and as JSON Lines whole and with every few lines broken: keys twice,
# lines cut short, a second record, nulls, numbers beyond a double, unpaired surrogates) and
# generated cities (JSON Lines and CSV), JSON and text reports. Exit 1 on any difference.
# Usage: compare-reports.sh OLD.jar NEW.jar [HOUSEHOLDS] [WORKDIR]
set -u
old=$1 new=$2 households=${3:-100000} work=${4:-/tmp/tongxin-compare}
here=$(cd "$(dirname "$0")/.." && pwd)
samples=$here/src/main/resources/sample
mkdir -p "$work"
[ -d "$work/city-jsonl" ] || java -jar "$new" generate --households "$households" --out "$work/city-jsonl" >/dev/null
[ -d "$work/city-csv" ] || java -jar "$new" generate --households "$households" --format csv --out "$work/city-csv" >/dev/null
if [ ! -d "$work/dirty-jsonl" ]; then
  java -jar "$new" export --format jsonl --out "$work/dirty-jsonl" "$samples/xunyang-dirty" >/dev/null
  mkdir -p "$work/broken-jsonl"
  for f in "$work"/dirty-jsonl/*.jsonl; do
    awk '{
      if (NR % 7 == 0) sub(/^\{/, "{\"id\":\"again\",");
      else if (NR % 11 == 0) sub(/,[^,]*$/, ",");
      else if (NR % 13 == 0) $0 = $0 " {}";
      else if (NR % 17 == 0) sub(/:"[^"]*"/, ":null");
      else if (NR % 19 == 0) sub(/:"[^"]*"/, ":1e309");
      else if (NR % 23 == 0) sub(/:"/, ":\"\\ud800");
      print }' "$f" >"$work/broken-jsonl/$(basename "$f")"
  done
fi
status=0
run() { # name today input...
  name=$1 today=$2; shift 2
  for fmt in json text; do
    java -jar "$old" validate --today "$today" --lang en --format $fmt "$@" >"$work/$name.old.$fmt" 2>&1
    o=$?
    java -jar "$new" validate --today "$today" --lang en --format $fmt "$@" >"$work/$name.new.$fmt" 2>&1
    n=$?
    if [ $o -ne $n ] || ! cmp -s "$work/$name.old.$fmt" "$work/$name.new.$fmt"; then
      echo "DIFFERENT $name $fmt (exit $o vs $n)"; status=1
    else
      echo "same      $name $fmt (exit $o, $(wc -c <"$work/$name.new.$fmt") bytes)"
    fi
  done
}
run sample 2026-03-31 "$samples/xunyang"
run dirty 2026-03-31 "$samples/xunyang-dirty"
run dirty-jsonl 2026-03-31 "$work/dirty-jsonl"
run broken-jsonl 2026-03-31 "$work/broken-jsonl"
run city-jsonl 2026-06-30 "$work/city-jsonl"
run city-csv 2026-06-30 "$work/city-csv"
exit $status
