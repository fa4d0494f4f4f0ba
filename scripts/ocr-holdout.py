#!/usr/bin/env python3
"""A held-out OCR set, made here from ownership XML the reader was not tuned on.

Each filing is rendered by the SEC's own stylesheet (xsltproc), printed to PDF by
headless Chromium, rasterised (pdftoppm, 150/200/300 dpi), read as it is (`clean`)
and degraded (`scan`: a slight turn, blur, noise, JPEG), read by Tesseract (TSV,
words with their boxes) with the rulings taken off the page, and written out as
markdown tables by the ruled grid found on the page (the words whose centres fall in
a cell are its text, in Tesseract's line order), the words outside the grid as
paragraphs. `truth.json` is taken from the XML in the layout of ocr-dev's, so that
`form4 eval OUT_DIR` scores the set.

It is not ocr-dev's pipeline (whose grid finder and OCR settings differ): its pages
are harder in places (the scan tier's noise is read as words), easier in others. Its
use is to find what the reader gets wrong on forms it has never seen.

Needs: apt-get install xsltproc chromium poppler-utils tesseract-ocr; pip install
numpy pillow.

Usage: scripts/ocr-holdout.py OUT_DIR FILE.xml...   (FORM4_SPEC_DIR: the stylesheets)
"""
import json, os, subprocess, sys, random, xml.etree.ElementTree as ET
import numpy as np
from PIL import Image, ImageFilter

# The SEC's rendering stylesheets (../shared/spec/stylesheets beside the repository).
SPEC = os.environ.get('FORM4_SPEC_DIR', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'spec', 'stylesheets'))
OUT = sys.argv[1]
XMLS = sys.argv[2:]


def txt(e, path):
    x = e.find(path) if e is not None else None
    return (x.text or '').strip() if x is not None and x.text is not None else ''


def val(e, path):
    x = e.find(path) if e is not None else None
    if x is None:
        return '', []
    v = x.find('value')
    fns = [f.get('id') for f in x.iter('footnoteId')]
    if v is not None:
        return (v.text or '').strip(), fns
    return (x.text or '').strip() if len(x) == 0 else '', fns


def flag(e, path):
    t = txt(e, path).lower()
    return t in ('1', 'true')


def truth(xml):
    r = ET.parse(xml).getroot()
    t = {'documentType': txt(r, 'documentType'), 'periodOfReport': txt(r, 'periodOfReport')}
    iss = r.find('issuer')
    t['issuer'] = {'issuerCik': txt(iss, 'issuerCik'), 'issuerName': txt(iss, 'issuerName'), 'issuerTradingSymbol': txt(iss, 'issuerTradingSymbol')}
    owners = []
    for o in r.findall('reportingOwner'):
        a = o.find('reportingOwnerAddress'); rel = o.find('reportingOwnerRelationship')
        owners.append({'cik': txt(o, 'reportingOwnerId/rptOwnerCik'), 'name': txt(o, 'reportingOwnerId/rptOwnerName'),
                       'street1': txt(a, 'rptOwnerStreet1'), 'street2': txt(a, 'rptOwnerStreet2'), 'city': txt(a, 'rptOwnerCity'),
                       'state': txt(a, 'rptOwnerState'), 'zip': txt(a, 'rptOwnerZipCode'),
                       'isDirector': flag(rel, 'isDirector'), 'isOfficer': flag(rel, 'isOfficer'),
                       'isTenPercentOwner': flag(rel, 'isTenPercentOwner'), 'isOther': flag(rel, 'isOther'),
                       'officerTitle': txt(rel, 'officerTitle'), 'otherText': txt(rel, 'otherText')})
    t['reportingOwners'] = owners

    def row(e, kind, deriv):
        d = {'kind': kind}
        def put(name, path):
            v, f = val(e, path); d[name] = v; d[name + '_fn'] = f
        put('securityTitle', 'securityTitle')
        put('transactionDate', 'transactionDate')
        put('deemedExecutionDate', 'deemedExecutionDate')
        put('shares', 'transactionAmounts/transactionShares')
        put('price', 'transactionAmounts/transactionPricePerShare')
        put('acquiredDisposed', 'transactionAmounts/transactionAcquiredDisposedCode')
        put('sharesOwnedFollowing', 'postTransactionAmounts/sharesOwnedFollowingTransaction')
        put('directOrIndirect', 'ownershipNature/directOrIndirectOwnership')
        put('natureOfOwnership', 'ownershipNature/natureOfOwnership')
        c = e.find('transactionCoding')
        d['code'] = txt(c, 'transactionCode'); d['code_fn'] = [f.get('id') for f in c.iter('footnoteId')] if c is not None else []
        if deriv:
            put('exercisePrice', 'conversionOrExercisePrice')
            put('exerciseDate', 'exerciseDate')
            put('expirationDate', 'expirationDate')
            put('underlyingTitle', 'underlyingSecurity/underlyingSecurityTitle')
            put('underlyingShares', 'underlyingSecurity/underlyingSecurityShares')
        return d
    nd = r.find('nonDerivativeTable'); dt = r.find('derivativeTable')
    t['nonDerivative'] = ([row(e, 'transaction', False) for e in nd.findall('nonDerivativeTransaction')] + [row(e, 'holding', False) for e in nd.findall('nonDerivativeHolding')]) if nd is not None else []
    t['derivative'] = ([row(e, 'transaction', True) for e in dt.findall('derivativeTransaction')] + [row(e, 'holding', True) for e in dt.findall('derivativeHolding')]) if dt is not None else []
    fn = r.find('footnotes')
    t['footnotes'] = {f.get('id'): ' '.join((f.text or '').split()) for f in fn.findall('footnote')} if fn is not None else {}
    t['signatures'] = [{'name': txt(s, 'signatureName'), 'date': txt(s, 'signatureDate')} for s in r.findall('ownerSignature')]
    t['remarks'] = ' '.join(txt(r, 'remarks').split())
    return t


def line_mask(dark, axis, min_len):
    """Pixels on a run of dark pixels at least min_len long along axis."""
    a = dark if axis == 1 else dark.T
    out = np.zeros_like(a)
    for i in range(a.shape[0]):
        row = a[i]
        if row.sum() < min_len:
            continue
        d = np.diff(np.concatenate(([0], row.astype(np.int8), [0])))
        starts = np.where(d == 1)[0]; ends = np.where(d == -1)[0]
        for s, e in zip(starts, ends):
            if e - s >= min_len:
                out[i, s:e] = 1
    return out if axis == 1 else out.T


def groups(idx):
    out = []
    for i in idx:
        if out and i - out[-1][1] <= 2:
            out[-1][1] = i
        else:
            out.append([i, i])
    return [(a + b) / 2 for a, b in out]


def page_markdown(png, psm):
    img = Image.open(png).convert('L')
    a = np.array(img)
    dark = (a < 110).astype(np.uint8)
    h, w = a.shape
    hm = line_mask(dark, 1, int(w * 0.04))
    vm = line_mask(dark, 0, int(h * 0.008))
    # The rulings are what the grid finder reads; the OCR reads the page without them.
    # (Only rulings longer than a letter is tall: an `l` is a short vertical run.)
    long_vm = line_mask(dark, 0, max(40, int(h * 0.02)))
    clean = np.where((hm | long_vm).astype(bool), 255, a).astype(np.uint8)
    Image.fromarray(clean).save(png + '.noline.png')
    tsv = subprocess.run(['tesseract', png + '.noline.png', '-', '-l', 'eng', '--psm', str(psm), 'tsv'], capture_output=True, text=True).stdout
    words = []
    for ln in tsv.splitlines()[1:]:
        p = ln.split('\t')
        if len(p) < 12 or p[0] != '5' or not p[11].strip():
            continue
        l, t_, ww, hh = map(int, p[6:10])
        words.append({'x': l + ww / 2, 'y': t_ + hh / 2, 'l': l, 't': t_, 'key': (int(p[2]), int(p[3]), int(p[4])), 'w': p[11]})
    # Horizontal rulings: rows where a long run is. For each pair of consecutive rulings
    # that some vertical rulings join, a band of cells.
    hy = groups(np.where(hm.sum(axis=1) > 0)[0])
    bands = []
    for y0, y1 in zip(hy, hy[1:]):
        if y1 - y0 < 10:
            continue
        a0, a1 = int(y0) + 2, int(y1) - 1
        cover = vm[a0:a1].sum(axis=0)
        xs = groups(np.where(cover >= 0.8 * (a1 - a0))[0])
        if len(xs) < 2:
            continue
        bands.append((y0, y1, xs))
    used = set()
    items = []  # (y, kind, payload)
    table = []
    prev_y1 = None
    def flush():
        nonlocal table
        if table:
            n = max(len(r) for r in table)
            lines = []
            for k, r in enumerate(table):
                r = r + [''] * (n - len(r))
                lines.append('| ' + ' | '.join(c.replace('|', '\\|') for c in r) + ' |')
                if k == 0:
                    lines.append('|' + '---|' * n)
            items.append((table_y, '\n'.join(lines)))
        table = []
    for y0, y1, xs in bands:
        if prev_y1 is None or abs(y0 - prev_y1) > 3:
            flush(); table_y = y0
        cells = []
        for x0, x1 in zip(xs, xs[1:]):
            ws = [wd for i, wd in enumerate(words) if x0 <= wd['x'] < x1 and y0 <= wd['y'] < y1]
            for i, wd in enumerate(words):
                if x0 <= wd['x'] < x1 and y0 <= wd['y'] < y1:
                    used.add(i)
            # Tesseract's own lines, top to bottom, each left to right.
            by_line = {}
            for d in ws:
                by_line.setdefault(d['key'], []).append(d)
            ordered = sorted(by_line.values(), key=lambda l: min(d['t'] for d in l))
            cells.append(' '.join(' '.join(d['w'] for d in sorted(l, key=lambda d: d['l'])) for l in ordered))
        if any(cells):
            table.append(cells)
        prev_y1 = y1
    flush()
    # Words outside the grid: by tesseract's lines.
    lines = {}
    for i, wd in enumerate(words):
        if i in used:
            continue
        lines.setdefault(wd['key'], []).append(wd)
    for key, ws in lines.items():
        ws.sort(key=lambda d: d['l'])
        items.append((min(d['t'] for d in ws), ' '.join(d['w'] for d in ws)))
    items.sort(key=lambda it: it[0])
    return '\n\n'.join(p for _, p in items)


def degrade(png, tier, rng):
    if tier == 'clean':
        return
    img = Image.open(png).convert('L')
    if tier == 'scan':
        img = img.rotate(rng.uniform(-0.25, 0.25), resample=Image.BICUBIC, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.6)))
        a = np.array(img).astype(np.float32)
        a = a * rng.uniform(0.85, 0.95) + rng.uniform(10, 25) + np.random.default_rng(rng.randrange(1 << 30)).normal(0, 6, a.shape)
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        img.save(png.replace('.png', '.jpg'), quality=75)
        img = Image.open(png.replace('.png', '.jpg'))
    img.save(png)


def main():
    rng = random.Random(20261130)
    os.makedirs(OUT, exist_ok=True)
    for xml in XMLS:
        name = os.path.basename(xml)[:-4]
        if os.path.exists(os.path.join(OUT, f'{name}_h1', 'truth.json')):
            continue
        try:
            r = ET.parse(xml).getroot()
        except ET.ParseError as e:
            # (The corpus keeps a few malformed filings on purpose: no truth to score.)
            print(f'{xml}: skipped, not well-formed XML: {e}', file=sys.stderr, flush=True)
            continue
        form = txt(r, 'documentType').rstrip('/A') or '4'
        if form not in ('3', '4', '5'):
            continue
        for k, tier in enumerate(['clean', 'scan']):
            d = os.path.join(OUT, f'{name}_h{k}')
            os.makedirs(d, exist_ok=True)
            dpi = rng.choice([150, 200, 300]); psm = rng.choice([3, 4, 6])
            html = os.path.join(d, 'page.html')
            sheet = max(p for p in os.listdir(SPEC) if p.startswith(f'{form}_X'))
            with open(html, 'w') as f:
                subprocess.run(['xsltproc', f'{SPEC}/{sheet}', xml], stdout=f, check=True)
            pdf = os.path.join(d, 'page.pdf')
            subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
                            '--disable-component-update', '--disable-sync', f'--user-data-dir={OUT}/ud', '--no-pdf-header-footer', f'--print-to-pdf={pdf}', 'file://' + html],
                           capture_output=True, check=True)
            subprocess.run(['pdftoppm', '-r', str(dpi), '-png', pdf, os.path.join(d, 'page')], check=True)
            pages = sorted(p for p in os.listdir(d) if p.startswith('page') and p.endswith('.png'))
            md = []
            for p in pages:
                degrade(os.path.join(d, p), tier, rng)
                md.append(page_markdown(os.path.join(d, p), psm))
            with open(os.path.join(d, 'ocr.md'), 'w') as f:
                f.write('\n\n'.join(md) + '\n')
            with open(os.path.join(d, 'truth.json'), 'w') as f:
                json.dump(truth(xml), f, indent=1)
            with open(os.path.join(d, 'meta.json'), 'w') as f:
                json.dump({'xml': os.path.basename(xml), 'dir': os.path.basename(d), 'params': {'style': 'sec-xsl', 'dpi': dpi, 'degrade': tier, 'lang': 'eng', 'table': 'grid', 'psm': psm}}, f, indent=1)
            for p in os.listdir(d):
                if p.endswith(('.png', '.jpg', '.pdf', '.html')):
                    os.remove(os.path.join(d, p))
            print(d, flush=True)


main()
