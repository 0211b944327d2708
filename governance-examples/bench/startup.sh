#!/usr/bin/env bash
# Start-up of `java -jar JAR validate` on a small input (issue 19), two or more jars alternating:
# per round, for each jar and report format, the wall time and CPU time of one run (JVM start
# included, default flags) with the load average; then, once per jar and format, the classes the
# run loaded, counted per library from the JVM's class-loading log.
# Usage: startup.sh INPUT ROUNDS JAR... (e.g. startup.sh provinces.csv 5 old.jar tongxin.jar)
set -u
input=$1 rounds=$2; shift 2
log=$(mktemp)
trap 'rm -f "$log" "$log.time"' EXIT
for r in $(seq "$rounds"); do
  echo "round $r, $(uptime | sed 's/.*load/load/')"
  for fmt in json text; do
    for j in "$@"; do
      /usr/bin/time -f "%e s wall, %U s user, %S s sys" -o "$log.time" \
        java -jar "$j" validate --format "$fmt" "$input" >/dev/null 2>&1
      printf '  %-28s %-4s %s\n' "$(basename "$j")" "$fmt" "$(cat "$log.time")"
    done
  done
done
echo "classes loaded (from the jar or the JDK; the JDK's include its class-data archive's)"
for fmt in json text; do
  for j in "$@"; do
    java -Xlog:class+load=info:file="$log" -jar "$j" validate --format "$fmt" "$input" \
      >/dev/null 2>&1
    printf '  %-28s %-4s ' "$(basename "$j")" "$fmt"
    sed -n 's/.*\[class,load\] \([^ ]*\) .*/\1/p' "$log" | awk '
      /^(java|javax|jdk|sun|com\.sun|org\.xml|org\.w3c)\./ { n["jdk"]++; next }
      /^picocli\./ { n["picocli"]++; next }
      /^(org\.hibernate|org\.jboss|jakarta|com\.fasterxml\.classmate)\./ { n["hibernate"]++; next }
      /^(tools\.jackson|com\.fasterxml\.jackson)\./ { n["jackson"]++; next }
      /^org\.apache\.logging\./ { n["log4j"]++; next }
      /^org\.apache\./ { n["poi/commons"]++; next }
      /^org\.jgrapht\./ { n["jgrapht"]++; next }
      /^io\.github\.tongxin\./ { n["tongxin"]++; next }
      { n["other"]++ }
      END { t = 0; for (k in n) t += n[k]; printf "total %d:", t
            split("jdk picocli hibernate log4j jackson poi/commons jgrapht tongxin other", o, " ")
            for (i = 1; i <= 9; i++) printf " %s %d", o[i], n[o[i]] + 0; print "" }'
  done
done
