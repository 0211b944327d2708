#!/usr/bin/env python3
"""Render folded stacks (`a;b;c COUNT` per line) as a self-contained flame graph SVG.

Usage: flame.py IN.folded OUT.svg [--title T] [--unit samples|bytes] [--width 1600]

Root at the bottom, widths proportional to counts, every box has a <title> tooltip
(frame, count, share of the total), frames narrower than 0.1 px are dropped. Colours: a stable
hash of the frame's package, warm for io.github.tongxin, blue for the JDK, green for
libraries, grey for brackets (allocated classes, threads).
"""
import argparse
import hashlib
import html


class Node:
    __slots__ = ("name", "count", "children")

    def __init__(self, name):
        self.name = name
        self.count = 0
        self.children = {}


def parse(path):
    root = Node("all")
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            continue
        stack, _, n = line.rpartition(" ")
        n = int(n)
        root.count += n
        node = root
        for f in stack.split(";"):
            child = node.children.get(f)
            if child is None:
                child = node.children[f] = Node(f)
            child.count += n
            node = child
    return root


def colour(name):
    h = int(hashlib.md5(name.rsplit(".", 2)[0].encode()).hexdigest()[:6], 16)
    a, b = h % 60, (h >> 8) % 60
    if name.startswith("[") or name.startswith("thread:"):
        return f"rgb({170 + a // 3},{170 + a // 3},{170 + a // 3})"
    if name.startswith("io.github.tongxin"):
        return f"rgb({205 + a // 2},{90 + b},{40 + a // 2})"
    if name.startswith(("java.", "jdk.", "sun.", "javax.")):
        return f"rgb({80 + a},{140 + b},{210 + a // 3})"
    return f"rgb({90 + a},{190 + b // 2},{80 + a})"


def fmt(n, unit):
    if unit == "bytes":
        for u in ("B", "KB", "MB", "GB"):
            if n < 1024 or u == "GB":
                return f"{n:,.1f} {u}" if u != "B" else f"{n} B"
            n /= 1024
    return f"{n:,} {unit}"


def depth(node):
    return 1 + max((depth(c) for c in node.children.values()), default=0)


def render(root, out, title, unit, width):
    fh, pad, top = 16, 10, 40
    d = depth(root)
    height = top + d * fh + pad * 2
    scale = (width - 2 * pad) / max(root.count, 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="monospace" font-size="11">',
        '<rect width="100%" height="100%" fill="#fdfdf6"/>',
        f'<text x="{width / 2}" y="20" text-anchor="middle" font-size="15">{html.escape(title)}</text>',
        f'<text x="{pad}" y="34" font-size="11">total {html.escape(fmt(root.count, unit))}; '
        'hover a box for its frame, count and share; root at the bottom</text>',
    ]

    def walk(node, x, level):
        w = node.count * scale
        if w < 0.1:
            return
        y = height - pad - (level + 1) * fh
        share = 100.0 * node.count / max(root.count, 1)
        label = node.name
        tip = f"{label} ({fmt(node.count, unit)}, {share:.2f}%)"
        parts.append(f'<g><title>{html.escape(tip)}</title>'
                     f'<rect x="{x:.2f}" y="{y}" width="{w:.2f}" height="{fh - 1}" '
                     f'fill="{colour(label)}" rx="2"/>')
        chars = int((w - 4) / 6.6)
        if chars >= 3:
            short = label if len(label) <= chars else label[: chars - 2] + ".."
            parts.append(f'<text x="{x + 2:.2f}" y="{y + fh - 4}">{html.escape(short)}</text>')
        parts.append("</g>")
        cx = x
        for c in sorted(node.children.values(), key=lambda c: c.name):
            walk(c, cx, level + 1)
            cx += c.count * scale

    walk(root, pad, 0)
    parts.append("</svg>")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(parts))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folded")
    ap.add_argument("svg")
    ap.add_argument("--title", default="flame graph")
    ap.add_argument("--unit", default="samples")
    ap.add_argument("--width", type=int, default=1600)
    a = ap.parse_args()
    render(parse(a.folded), a.svg, a.title, a.unit, a.width)


if __name__ == "__main__":
    main()
