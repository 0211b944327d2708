#!/usr/bin/env bash
# Compares the reports of two tongxin jars (old, new) byte for byte on the sample, the dirty
# sample and generated cities (JSON Lines and CSV), JSON and text reports. Exit 1 on any
# difference. Usage: compare-reports.sh OLD.jar NEW.jar [HOUSEHOLDS] [WORKDIR]
set -u
old=$1 new=$2 households=${3:-100000} work=${4:-/tmp/tongxin-compare}
here=$(cd "$(dirname "$0")/.." && pwd)
samples=$here/src/main/resources/sample
mkdir -p "$work"
[ -d "$work/city-jsonl" ] || java -jar "$new" generate --households "$households" --out "$work/city-jsonl" >/dev/null
[ -d "$work/city-csv" ] || java -jar "$new" generate --households "$households" --format csv --out "$work/city-csv" >/dev/null
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
run city-jsonl 2026-06-30 "$work/city-jsonl"
run city-csv 2026-06-30 "$work/city-csv"
exit $status
