#!/usr/bin/env python3
"""Writes Expected/NNN.expected.json for seeds 002, 003 and 004 from the seed TEXTS only.

Run once by hand: python3 seed_expected.py /work/shared/seeds <out-dir>. It never looks at a PDF or at
the parser's output: it reads the tab-separated rows (003, 004) and the wrapped rows (002) of the seed
text. Values are written as printed, with only thousands separators and the "S/" currency mark removed
(the parser's ReportValue prints numbers the same way); "ND" stays "ND"; an empty cell is "".
Narrative claims are NOT generated: they are typed by hand in the "claims" list of each file (kept
when the script is re-run). See ../README.pei-pdrc.md for the readings chosen where the text is ambiguous.
"""
import json, os, re, sys

def norm(v):
    v = v.strip().replace('S/', '').replace(' ', '').replace(',', '')
    return v

def code_norm(c):
    c = c.strip()
    m = re.match(r'^(AER|AEI|OER|OEI)[ .](\d\d)(?:[ .](\d\d))?\.?$', c)
    if m:
        return m.group(1) + '.' + m.group(2) + ('.' + m.group(3) if m.group(3) else '')
    return c

# ---------------------------------------------------------------- 002 (wrapped web-app rows)
def seed002(text):
    actions, indicators = [], []
    blocks = re.split(r'\n(?= ?(?:AEI\.\d\d\.\d\d |IND\.\d\d\.AEI))', text)
    for b in blocks:
        flat = ' '.join(b.split())
        m = re.match(r'^(AEI\.\d\d\.\d\d) (.*) \(Prioridad:(\d+)\) ([\d.]+)', flat)
        if m:
            actions.append({"code": m[1], "name": m[2], "priority": int(m[3]), "progress": {"2024-S1": m[4]}})
            continue
        m = re.match(r'^(IND\.\d\d\.(AEI\.\d\d\.\d\d)) (.*?) 300597-MUNICIPALIDAD PROVINCIAL DE CONTUMAZA .*?'
                     r'(Muy relevante|Menos relevante|Relevante) (Ascendente|Descendente) (No Agregable|Agregable) '
                     r"(\d{4}) ((?:\S+ ){12}\S+)", flat)
        if m:
            vals = [norm(x) for x in m[8].split()]
            rel = {"Muy relevante": "MuyRelevante", "Menos relevante": "MenosRelevante", "Relevante": "Relevante"}[m[4]]
            indicators.append({
                "code": m[1], "name": m[3], "parent": m[2], "relevance": rel, "sentido": m[5],
                "aggregation": m[6].replace(' ', ''), "baselineYear": int(m[7]), "baseline": vals[0],
                "expected": dict(zip(["2022", "2023", "2024", "2025", "2026", "2027"], vals[1:7])),
                # five obtained columns: 2022, 2023, 2024-S1 (the printed "2024 - Sem1"), see README
                "obtained": {"2022": vals[7], "2023": vals[8], "2024": vals[10], "2024-S1": vals[11]},
                "progress": {"2024-S1": vals[12]}})
            assert vals[9] == 'ND', (m[1], vals)
    summ = re.search(r'Año: (\d{4}) (\[0%-75%>) (\[75%-95%>) (≥95%) ND TOTAL\s+Acciones (\d+) (\d+) (\d+) (\d+) (\d+)', text)
    summaries = [{"period": summ[1], "bins": [summ[2], summ[3], summ[4]],
                  "rows": [{"label": "Acciones", "counts": [summ[5], summ[6], summ[7]], "nd": summ[8], "total": summ[9]}]}]
    avg = re.search(r'Avance promedio de AEI: ([\d.]+)', text)
    return {"objectives": [], "actions": actions, "indicators": indicators, "summaries": summaries,
            "figureTables": [], "statedFigures": ["ReportAverage AEI 2024-S1: " + avg[1]]}

# ---------------------------------------------------------------- 004 (tab rows, CEPLAN web app)
REL = {"Muy relevante": "MuyRelevante", "Menos relevante": "MenosRelevante", "Relevante": "Relevante"}
SEN = {"Ascendente": "Ascendente", "Descendente": "Descendente", "No Definido": "NoDefinido"}
AGG = {"No Agregable": "NoAgregable", "Agregable": "Agregable", "Máximo permisible": "MaximoPermisible"}

def strip_b(s):
    return re.sub(r'</?b>', '', s).strip()

def seed004(text):
    actions, indicators = [], []
    years = ["2023", "2024", "2025", "2026", "2027"]
    for line in text.split('\n'):
        f = [strip_b(x) for x in line.split('\t')]
        if not f or not f[0]:
            continue
        m = re.match(r'^(AEI\.\d\d\.\d\d)$', f[0])
        if m and len(f) >= 2:
            n = re.match(r'^(.*) \(Prioridad (\d+)\)$', f[1])
            prog = [x for x in f[2:] if x]
            if len(f) <= 3 or not any(re.match(r'^\d{4}$', x) for x in f[2:]):
                actions.append({"code": f[0], "name": n[1], "priority": int(n[2]), "progress": {"2024-S1": prog[-1]}})
            else:
                # an action row that carries indicator columns (UE, UO, ..., values) but no indicator code:
                # its last figure is the action's avance, the indicator is not printed (see README).
                vals = [x for x in f[7:]]
                last = [x for x in vals if x][-1]
                actions.append({"code": f[0], "name": n[1], "priority": int(n[2]), "progress": {"2024-S1": last}})
            continue
        m = re.match(r'^IND\.\d\d\.(AEI\.\d\d\.\d\d)$', f[0])
        if not m:
            continue
        ind = {"code": f[0], "name": f[1], "parent": m[1]}
        if len(f) <= 3:  # "PEI Indicadores" page: code, name, avance only
            ind.update({"relevance": "Unknown", "sentido": "Unknown", "aggregation": "Unknown",
                        "baseline": "", "expected": {}, "obtained": {}, "progress": {"2024-S1": f[2]}})
        else:
            v = [norm(x) for x in f[7:]] + [''] * 12
            ind.update({"relevance": REL[f[4]], "sentido": SEN[f[5]], "aggregation": AGG[f[6]],
                        "baselineYear": int(v[0]), "baseline": v[1],
                        "expected": dict(zip(years, v[2:7])), "obtained": {"2024": v[7]},
                        # column 15 has no label of its own; column 16 is "2024 - Sem1" (see README)
                        "progress": {"2024-S1": v[9] or v[8]}})
        indicators.append(ind)
    summ = re.search(r'Año: (\d{4})\t([^\t]+)\t([^\t]+)\t([^\t]+)\tND\tTOTAL\nAcciones\t(\d+)\t(\d+)\t(\d+)\t(\d+)\t(\d+)', text)
    summaries = [{"period": summ[1], "bins": [summ[2], summ[3], summ[4]],
                  "rows": [{"label": "Acciones", "counts": [summ[5], summ[6], summ[7]], "nd": summ[8], "total": summ[9]}]}]
    avg = re.search(r'Avance promedio de AEI:</b>[\t\n]*<b>([\d.]+)</b>', text)
    return {"objectives": [], "actions": actions, "indicators": indicators, "summaries": summaries,
            "figureTables": [], "statedFigures": ["ReportAverage AEI 2024-S1: " + avg[1]]}

# ---------------------------------------------------------------- 003 (tab tables, PDRC evaluation)
def seed003(text):
    lines = text.split('\n')
    objectives, actions, indicators, summaries, budget = [], {}, [], [], []
    table = None
    in_311 = False
    for i, line in enumerate(lines):
        f = line.split('\t')
        m = re.match(r'^(Cuadro \d+)\.', line)
        if m:
            table = m[1]
        m = re.match(r'^(OER\.\d\d)\. (.+)$', line)
        if m and '\t' not in line:
            objectives.append({"code": m[1], "name": m[2]})
        m = re.match(r'^AER[ .](\d\d)\.(\d\d)\.? (.+)$', line)
        if m and '\t' not in line and i > 500:
            code = "AER.%s.%s" % (m[1], m[2])
            actions.setdefault(code, {"code": code, "name": m[3]})
        if line.startswith('3.1.1. Asignación'):
            in_311 = True
        if line.startswith('3.1.2.'):
            in_311 = False
        if in_311 and len(f) >= 7 and re.match(r'^AER[ .]\d\d\.\d\d$', f[1]):
            budget.append({"code": code_norm(f[1]), "label": f[2], "role": "Item", "values": [norm(x) for x in f[3:7] if norm(x)]})
            continue
        if in_311 and len(f) >= 3 and f[0] == '' and f[1] == '' and f[2] and not f[2].startswith('PIA') and f[2] != 'PIA':
            if f[2].strip() and not any(f[3:]):  # a wrapped label continued on the next page
                budget[-1]["label"] += " " + f[2]
            continue
        if in_311 and f[0] == 'Total':
            budget.append({"code": None, "label": "Total", "role": "Total", "values": [norm(x) for x in f[3:7]]})
        m = re.match(r'^(?:IN)?D\.(\d\d)\.((?:OER|AER)\.\d\d(?:\.\d\d)?)$', f[0])
        if m and len(f) in (9, 10):
            code = "IND.%s.%s" % (m[1], m[2])
            parent = m[2]
            v = [norm(x) for x in f[2:]]
            ind = {"code": code, "table": table, "name": f[1].strip(), "parent": parent,
                   "relevance": "Unknown", "aggregation": "Unknown",
                   "baselineYear": int(v[0]), "baseline": v[1],
                   "expected": {"2023": v[2], "2024": v[3]}, "obtained": {"2023": v[4], "2024": v[5]}}
            ind["progress"] = {"2024": v[6]} if len(f) == 9 else {"2023": v[6], "2024": v[7]}
            indicators.append(ind)
        m = re.match(r'^AER[ .](\d\d)\.(\d\d)$', f[0])
        if m and len(f) == 10:  # an action row inside an indicator table (Cuadro 61)
            code = "AER.%s.%s" % (m[1], m[2])
            actions.setdefault(code, {"code": code, "name": f[1]})
            actions[code]["progress"] = {"2023": norm(f[8]), "2024": norm(f[9])}
        if f[0] in ('Año', '2024') and len(f) == 6 and f[1].startswith('['):
            row = lines[i + 1].split('\t')
            summaries.append({"period": None if f[0] == 'Año' else f[0], "bins": [x.strip() for x in f[1:4]],
                              "rows": [{"label": row[0], "counts": row[1:4], "nd": row[4], "total": row[5]}]})
    # An action printed in several places keeps the name of its first printing: the budget table (3.1.1), whose
    # label may go on past the page break, comes before the section headings (3.1.2).
    for row in budget:
        if row["code"]:
            actions[row["code"]]["name"] = row["label"]
    return {"objectives": objectives, "actions": sorted(actions.values(), key=lambda a: a["code"]),
            "indicators": indicators, "summaries": summaries,
            "figureTables": [{"kind": "Budget", "rows": budget}], "statedFigures": None}

def webapp_document(text):
    """The header block of the CEPLAN web-app report ("Periodo PEI : 2022 - 2027", "Departamento : 06 - CAJAMARCA", ...)."""
    def field(label):
        m = re.search(label + r' : ([^\n]+?)\s*\n', text)
        return m[1].strip() if m else None
    def place(label):
        code, name = field(label).split(' - ', 1)
        return code + " " + name
    ue = field('Unidad Ejecutora').split(' - ', 1)
    plan = field('Periodo PEI')
    start, end = plan.split(' - ')
    sem = re.search(r'REPORTE DE SEGUIMIENTO AL PRIMER SEMESTRE DE (\d{4})', text)
    return {"kind": "pei-seguimiento", "entityCode": ue[0], "entityName": ue[1], "nivelGobierno": field('Nivel de Gobierno'),
            "departamento": place('Departamento'), "provincia": place('Provincia'), "distrito": place('Distrito'),
            "plan": "PEI %s-%s" % (start, end), "evaluated": sem[1] + "-S1"}

def main():
    seeds, out = sys.argv[1], sys.argv[2]
    for seed, fn in (("002", seed002), ("003", seed003), ("004", seed004)):
        name = next(n for n in os.listdir(seeds) if n.startswith(seed + "_"))
        text = open(os.path.join(seeds, name), encoding="utf-8").read()
        doc = {"seed": seed, "source": "seeds/" + name, "generatedBy": "Expected/tools/seed_expected.py"}
        if seed == "003":
            # The cover prints "PDRC) al 2030" once; the title of every section and table says "PDRC Cajamarca 2033" (see README).
            doc["document"] = {"kind": "pdrc-evaluacion", "entityCode": None, "entityName": "GOBIERNO REGIONAL DEL DEPARTAMENTO DE CAJAMARCA",
                               "plan": "PDRC -2033", "evaluated": "2023-2024"}
        else:
            doc["document"] = webapp_document(text)
        doc.update(fn(text))
        if doc.get("statedFigures") is None:
            del doc["statedFigures"]
        path = os.path.join(out, seed + ".expected.json")
        if os.path.exists(path):
            doc["claims"] = json.load(open(path, encoding="utf-8")).get("claims", [])
        else:
            doc["claims"] = []
        with open(path, "w", encoding="utf-8") as w:
            json.dump(doc, w, ensure_ascii=False, indent=2)
            w.write("\n")
        print(seed, {k: len(v) for k, v in doc.items() if isinstance(v, list)})

main()
