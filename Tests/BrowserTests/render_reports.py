#!/usr/bin/env python3
"""Renders gaitpipe's HTML reports in a real browser and fails on what a reader would notice.

For the clinic index.html and every <athlete>/report.html under REPORTS:
  * the HTML parses without a single error in html5lib's strict mode (WHATWG parsing);
  * it has no <script> and no http(s) or protocol-relative src/href/url() (self-contained);
  * headless Chromium (Debian's chromium + chromedriver via selenium) loads it with no failed
    resource load and no request other than the file itself (CDP Network events from the
    performance log) and no console error;
  * every chart (svg.chart) is present with a real size, and the screenshot pixels inside its box
    are not all one colour; no two <text> labels in a chart overlap, none crosses a drawn line
    (<line>, <polyline>; light background grid lines, <line class="grid">, excepted) and none leaves
    its chart's box (it would be cut at the edge);
  * at a phone's width (390 CSS px) the page does not scroll sideways (wide tables scroll inside
    their own box), no chart scrolls sideways inside its box or reaches past the screen (the latest
    weeks are on the right), and every chart text is drawn at 11 px or more;
  * printed to PDF on A4, the page count (the PDF's /Type /Page objects) equals the count recorded
    for that report in EXPECTED (pages.json); --record rewrites EXPECTED from this run.

PNGs (desktop full page, phone full page) and PDFs go to ARTIFACTS; their paths are printed.
Exit status 0 when every check passed, 1 otherwise (each failure is printed), 2 on usage errors.
"""

import argparse
import base64
import io
import json
import os
import re
import shutil
import sys
from pathlib import Path

import html5lib
from PIL import Image
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.print_page_options import PrintOptions

PHONE_WIDTH = 390
# The smallest chart text a phone reader should get, in CSS px as drawn (font size × the SVG's scale).
MIN_PHONE_TEXT_PX = 11
DESKTOP_WIDTH = 1200
EXTERNAL = re.compile(r"""^\s*(https?:)?//""", re.I)
CSS_URL = re.compile(r"""url\(\s*['"]?\s*(https?:)?//""", re.I)
# A page object, not the /Pages tree node.
PDF_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def find_pages(reports: Path) -> list[Path]:
    pages = [reports / "index.html"] + sorted(reports.glob("*/report.html"))
    return [p for p in pages if p.exists()]


def static_checks(path: Path) -> list[str]:
    """Strict WHATWG parse, then no scripts and nothing fetched from elsewhere."""
    problems = []
    text = path.read_text(encoding="utf-8")
    strict = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    try:
        strict.parse(text)
    except html5lib.html5parser.ParseError as error:
        where = f" at {strict.errors[0][0]}" if strict.errors else ""
        problems.append(f"html5lib (strict) cannot parse it{where}: {error}")
    # The element checks run on the lenient tree, so a parse error does not hide them.
    tree = html5lib.HTMLParser(namespaceHTMLElements=False).parse(text)
    for element in tree.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag.split("}")[-1] == "script":
            problems.append("has a <script> element")
        for name, value in element.attrib.items():
            local = name.split("}")[-1]
            if local in ("src", "href", "srcset", "action", "data", "poster") and EXTERNAL.match(value or ""):
                problems.append(f"<{tag} {local}=\"{value}\"> refers to the network (a report is self-contained)")
            if local.startswith("on"):
                problems.append(f"<{tag} {local}> is an inline script handler")
            if local == "style" and CSS_URL.search(value or ""):
                problems.append(f"<{tag} style> loads a url() from the network")
    for style in tree.iter("style"):
        if CSS_URL.search(style.text or "") or "@import" in (style.text or ""):
            problems.append("<style> loads something from the network")
    return problems


def make_driver(chromium: str, chromedriver: str) -> webdriver.Chrome:
    options = Options()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--font-render-hinting=none",
                f"--window-size={DESKTOP_WIDTH},900", "--allow-file-access-from-files"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    return webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)


def network_problems(driver, url: str) -> list[str]:
    """Failed loads and requests for anything but the page itself, from CDP Network events."""
    problems = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        method, params = message.get("method", ""), message.get("params", {})
        if method == "Network.requestWillBeSent":
            requested = params.get("request", {}).get("url", "")
            if requested != url and not requested.startswith("data:"):
                problems.append(f"requested {requested}")
        elif method == "Network.loadingFailed":
            problems.append(f"resource failed to load: {params.get('errorText')} ({params.get('type')})")
        elif method == "Network.responseReceived":
            status = params.get("response", {}).get("status", 200)
            if status >= 400:
                problems.append(f"HTTP {status} for {params.get('response', {}).get('url')}")
    for entry in driver.get_log("browser"):
        if entry.get("level") == "SEVERE":
            problems.append(f"console error: {entry.get('message')}")
    resources = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    problems += [f"fetched {r}" for r in resources]
    return problems


def full_page_png(driver, width: int, mobile: bool) -> bytes:
    """A screenshot of the whole document at `width` CSS px (device scale 1)."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": mobile})
    height = driver.execute_script("return Math.ceil(document.documentElement.scrollHeight)")
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
    return base64.b64decode(shot["data"])


CHART_BOXES_JS = """
const points = (el, pairs) => {
  const m = el.getScreenCTM();
  return pairs.map(([x, y]) => { const p = new DOMPoint(x, y).matrixTransform(m); return [p.x, p.y]; });
};
return Array.from(document.querySelectorAll('svg.chart')).map(svg => {
  const r = svg.getBoundingClientRect();
  const scale = svg.getScreenCTM() ? svg.getScreenCTM().a : 1;
  const texts = Array.from(svg.querySelectorAll('text')).map(t => {
    const b = t.getBoundingClientRect();
    return {text: t.textContent, left: b.left, top: b.top, right: b.right, bottom: b.bottom,
            px: parseFloat(getComputedStyle(t).fontSize) * scale};
  });
  // Every drawn segment in client px: <line>s and the legs of <polyline>s.
  const segments = [];
  for (const l of svg.querySelectorAll('line:not(.grid)')) {
    const [a, b] = points(l, [[l.x1.baseVal.value, l.y1.baseVal.value], [l.x2.baseVal.value, l.y2.baseVal.value]]);
    segments.push([a, b]);
  }
  for (const pl of svg.querySelectorAll('polyline')) {
    const ps = points(pl, Array.from(pl.points).map(p => [p.x, p.y]));
    for (let i = 1; i < ps.length; i++) segments.push([ps[i - 1], ps[i]]);
  }
  const box = svg.closest('.chart-box') || svg.parentElement;
  return {id: svg.id, x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height,
          left: r.left, top: r.top, right: r.right, bottom: r.bottom, texts: texts, segments: segments,
          boxOverflow: box ? box.scrollWidth - box.clientWidth : 0,
          viewportWidth: document.documentElement.clientWidth};
});
"""


def overlapping(texts: list[dict]) -> list[str]:
    """Pairs of labels whose boxes intersect by more than a pixel each way."""
    out = []
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            dx = min(a["right"], b["right"]) - max(a["left"], b["left"])
            dy = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
            if dx > 1 and dy > 1:
                out.append(f"'{a['text']}' overlaps '{b['text']}'")
    return out


def crosses(segment, box: dict, inset: float = 1.0) -> bool:
    """True when the segment passes through the box shrunk by `inset` px on every side
    (Liang–Barsky clipping of the segment against the rectangle)."""
    (x0, y0), (x1, y1) = segment
    left, right = box["left"] + inset, box["right"] - inset
    top, bottom = box["top"] + inset, box["bottom"] - inset
    if left >= right or top >= bottom:
        return False
    dx, dy = x1 - x0, y1 - y0
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - top), (dy, bottom - y0)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return False
    return True


def label_problems(chart: dict, phone: bool) -> list[str]:
    """Labels on a line, cut at the chart's edge, or (on a phone) too small to read."""
    out = []
    for t in chart["texts"]:
        if any(crosses(s, t) for s in chart["segments"]):
            out.append(f"'{t['text']}' lies on a line")
        if (t["left"] < chart["left"] - 1 or t["right"] > chart["right"] + 1
                or t["top"] < chart["top"] - 1 or t["bottom"] > chart["bottom"] + 1):
            out.append(f"'{t['text']}' leaves the chart's box (cut at the edge)")
        if phone and t["px"] < MIN_PHONE_TEXT_PX - 0.05:
            out.append(f"'{t['text']}' is drawn at {t['px']:.1f} px (under {MIN_PHONE_TEXT_PX} px)")
    if phone:
        if chart["boxOverflow"] > 1:
            out.append(f"scrolls sideways inside its box by {chart['boxOverflow']:.0f} px at {PHONE_WIDTH} px wide")
        if chart["right"] > chart["viewportWidth"] + 1:
            out.append(f"reaches {chart['right']:.0f} px, past the {chart['viewportWidth']} px screen")
    return out


def chart_problems(png: bytes, charts: list[dict], expected_ids: list[str], phone: bool = False) -> list[str]:
    problems = []
    found = [c["id"] for c in charts]
    for missing in sorted(set(expected_ids) - set(found)):
        problems.append(f"chart {missing} is missing")
    image = Image.open(io.BytesIO(png)).convert("RGB")
    for chart in charts:
        if chart["width"] < 100 or chart["height"] < 60:
            problems.append(f"chart {chart['id']} is {chart['width']:.0f}×{chart['height']:.0f} px")
            continue
        box = (int(chart["x"]) + 1, int(chart["y"]) + 1,
               int(chart["x"] + chart["width"]) - 1, int(chart["y"] + chart["height"]) - 1)
        crop = image.crop(box)
        colours = crop.getcolors(maxcolors=1 << 20) or []
        total = crop.width * crop.height
        commonest = max((n for n, _ in colours), default=total)
        # Blank: one colour, or next to nothing besides the background (an empty frame).
        if len(colours) < 2 or (total - commonest) / total < 0.005:
            problems.append(f"chart {chart['id']} is blank ({len(colours)} colours in its box)")
        for pair in overlapping(chart["texts"]):
            problems.append(f"chart {chart['id']}: {pair}")
        for label in label_problems(chart, phone):
            problems.append(f"chart {chart['id']}: {label}")
    return problems


def pdf_pages(pdf: bytes) -> int:
    return len(PDF_PAGE.findall(pdf))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("reports", type=Path, help="a gaitpipe output folder (index.html, <athlete>/report.html)")
    ap.add_argument("--artifacts", type=Path, default=Path("/tmp/gaitpipe-browser-test"))
    ap.add_argument("--expected", type=Path, required=True, help="pages.json: expected PDF pages per report")
    ap.add_argument("--record", action="store_true", help="write the PDF page counts of this run to --expected")
    ap.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    ap.add_argument("--chromedriver", default=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    args = ap.parse_args()

    pages = find_pages(args.reports)
    if not (args.reports / "index.html").exists() or len(pages) < 2:
        print(f"{args.reports}: no index.html and reports to render", file=sys.stderr)
        return 2
    expected = json.loads(args.expected.read_text()) if args.expected.exists() else {}
    args.artifacts.mkdir(parents=True, exist_ok=True)
    failures: list[str] = []
    recorded: dict[str, int] = {}
    driver = make_driver(args.chromium, args.chromedriver)
    try:
        for page in pages:
            name = page.relative_to(args.reports).as_posix()
            stem = name.replace("/", "_").removesuffix(".html")
            problems = static_checks(page)
            url = page.resolve().as_uri()
            driver.get_log("performance")  # drop events of the page before
            driver.execute_cdp_cmd("Network.enable", {})
            driver.get(url)
            problems += network_problems(driver, url)

            is_report = name.endswith("report.html")
            svg_count = driver.execute_script("return document.querySelectorAll('svg.chart').length")
            if is_report and svg_count < 6:
                problems.append(f"only {svg_count} charts (svg.chart); a report has at least 6")
            figures_without_parts = driver.execute_script("""
                return Array.from(document.querySelectorAll('figure')).filter(f =>
                  !f.querySelector('figcaption') || !f.querySelector('table') || !f.querySelector('svg title')
                ).map(f => f.id)""")
            problems += [f"figure {f} lacks a caption, a data table or an SVG title" for f in figures_without_parts]

            desktop = full_page_png(driver, DESKTOP_WIDTH, mobile=False)
            charts = driver.execute_script(CHART_BOXES_JS)
            expected_ids = [c["id"] for c in charts]
            problems += chart_problems(desktop, charts, expected_ids)
            desktop_path = args.artifacts / f"{stem}.png"
            desktop_path.write_bytes(desktop)

            phone = full_page_png(driver, PHONE_WIDTH, mobile=True)
            overflow = driver.execute_script("return document.documentElement.scrollWidth")
            if overflow > PHONE_WIDTH + 1:
                problems.append(f"at {PHONE_WIDTH} px wide the page is {overflow} px wide (scrolls sideways)")
            phone_charts = driver.execute_script(CHART_BOXES_JS)
            problems += [p + " (phone)" for p in chart_problems(phone, phone_charts, expected_ids, phone=True)]
            phone_path = args.artifacts / f"{stem}-phone.png"
            phone_path.write_bytes(phone)
            driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

            options = PrintOptions()
            options.page_width = 21.0
            options.page_height = 29.7
            options.background = True
            pdf = base64.b64decode(driver.print_page(options))
            pdf_path = args.artifacts / f"{stem}.pdf"
            pdf_path.write_bytes(pdf)
            count = pdf_pages(pdf)
            recorded[name] = count
            want = expected.get(name)
            if not args.record:
                if want is None:
                    problems.append(f"no expected page count for {name} in {args.expected} (run with --record)")
                elif count != want:
                    problems.append(f"PDF has {count} A4 pages, expected {want} ({args.expected})")
            print(f"{name}: {len(charts)} charts, PDF {count} pages (expected {want}), "
                  f"{desktop_path}, {phone_path}, {pdf_path}")
            failures += [f"{name}: {p}" for p in problems]
    finally:
        driver.quit()

    if args.record:
        args.expected.write_text(json.dumps(recorded, indent=2, sort_keys=True) + "\n")
        print(f"recorded page counts in {args.expected}")
    for f in failures:
        print(f"FAIL {f}")
    print(f"{len(pages)} pages rendered, {len(failures)} problems; artifacts in {args.artifacts}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
