#!/usr/bin/env bash
# Issue 19 before and after: an old jar and a new jar alternating, one script; run it on a quiet machine.
# DATA holds national/ and national-real/ (bench.NationalDivisions prepare, prepare-real-layout) and
# megacity/ (tongxin generate --households 8000000); SHARED holds the public data/china-division tables.
# Usage: [DATA=DIR] [OLDB=OLD-with-bench.jar] before-after.sh NEW.jar OLD.jar [steps...]  (steps: startup national b1 b2 mega)
set -u
NEW=$1 OLD=$2; shift 2
# the old jar built with this round's benchmark classes (B1 reader benchmarks, B2 fresh ids)
OLDB=${OLDB:-$OLD}
steps=${*:-startup national b1 b2 mega}
here=$(cd "$(dirname "$0")" && pwd)
DATA=${DATA:-/tmp/tongxin-bench}
S=${SHARED:?set SHARED to the folder that holds data/china-division}/data/china-division
out=$DATA/reports; mkdir -p $out
say() { echo "== $(date -u +%H:%M:%S) $* | $(uptime | sed 's/.*load/load/')"; }
for step in $steps; do case $step in
startup)
  say startup
  bash "$here/startup.sh" $S/provinces.csv 5 "$OLD" "$NEW" ;;
national)
  say national made-up
  java -cp "$NEW" io.github.tongxin.governance.examples.bench.CliWallTime "$NEW" $DATA/national 3 "$OLD"
  say national real layout
  java -cp "$NEW" io.github.tongxin.governance.examples.bench.CliWallTime "$NEW" $DATA/national-real 3 "$OLD"
  for j in "$OLD" "$NEW"; do
    java -jar "$j" validate --format json $DATA/national-real > $out/national-real.$(basename $j).json; echo "$(basename $j) exit $?"
  done ;;
b1)
  for hh in 100000 1000000; do
    if [ $hh = 100000 ]; then opts="-f 2 -wi 3 -w 2 -i 3 -r 2"; else opts="-f 1 -wi 2 -w 2 -i 3 -r 2"; fi
    for j in "$OLDB" "$NEW"; do
      say "B1 households=$hh $(basename $j)"
      java -cp "$j" org.openjdk.jmh.Main 'ValidationBenchmark.(fullValidation|readerFullValidation|tokenStream)' -p households=$hh -bm avgt -tu ms $opts 2>&1 | grep -E "^(Benchmark|ValidationBenchmark)|Iteration|\[B1\]"
    done
  done ;;
b2)
  for j in "$OLDB" "$NEW"; do
    say "B2 city $(basename $j)"
    java -cp "$j" org.openjdk.jmh.Main 'HierarchyBenchmark.(indexInScope|indexIsAncestor)' -p households=1000000 -f 1 -wi 2 -i 3 -w 1 -r 1 2>&1 | grep -E "^(Benchmark|HierarchyBenchmark)"
    say "B2 city thread-CPU main $(basename $j)"
    java -cp "$j" io.github.tongxin.governance.examples.bench.HierarchyBenchmark 1000000 2>&1 | tail -8
  done ;;
mega)
  for j in "$OLD" "$NEW"; do
    say "megacity bounded 2g $(basename $j)"
    /usr/bin/time -f "%e s wall, %U s user, %M KB max RSS" java -Xmx2g -jar "$j" validate --bounded-memory --today 2026-06-30 --format json $DATA/megacity > $out/mega.$(basename $j).json; echo "exit $?"
  done
  cmp $out/mega.$(basename $OLD).json $out/mega.$(basename $NEW).json && echo "megacity reports byte-identical"
  say "megacity in memory 6g $(basename $NEW)"
  /usr/bin/time -f "%e s wall, %U s user, %M KB max RSS" java -Xmx6g -jar "$NEW" validate --today 2026-06-30 --format json $DATA/megacity > $out/mega-mem.json; echo "exit $?"
  ;;
esac; done
say done
