#!/usr/bin/env python3
"""Maintainer tool: turn the official Incident Manager model into imkit's contract data.

Not run by the build. Run it when AWS ships a new model revision:

    python3 schemas/tools/import_model.py --botocore DIR --smithy FILE --changelog TSV

DIR holds botocore's service-2.<date>.<commit>.json files (one per revision) and
paginators-1.json; FILE is the Smithy JSON AST of the current revision; TSV is botocore's
changelog for the service (one line per revision, oldest first).

It writes, under schemas/src/main/resources/imkit/contract/:
  shapes.schema.json             every shared shape, as JSON Schema 2020-12 $defs
  operations/<Op>.input.json     each operation's input structure
  operations/<Op>.output.json    each operation's output structure
  errors/<Error>.json            each error structure
  operations.json                the operations catalogue (HTTP binding, errors, paginator...)
  revisions.json                 the 13 revisions and the structural changes of each

and, under schemas/src/test/resources/oracle/, revision-digests.json: a SHA-256 per shape and
per revision of the JSON Schema converted directly from that revision's model. The Java tests
compare the contract the loader computes for each revision (current schemas + history) with it.

The tool checks itself: it undoes each revision's changes on the newer model and requires the
older model to come out exactly.
"""
import argparse
import copy
import glob
import hashlib
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "src", "main", "resources", "imkit", "contract")
ORACLE = os.path.join(ROOT, "src", "test", "resources", "oracle")
BASE_ID = "https://imkit.dev/contract/ssm-incidents/"


# ---------------------------------------------------------------- documentation
class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in ("p", "li", "br", "ul", "ol") and not (self.parts and self.parts[-1] == "- "):
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("- ")

    def handle_endtag(self, tag):
        if tag in ("p", "ul", "ol"):
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)


def doc_text(doc):
    if not doc:
        return None
    p = _Text()
    p.feed(doc)
    text = html.unescape("".join(p.parts))
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    merged = []
    for ln in lines:
        if merged and merged[-1] == "-":
            merged[-1] = "- " + ln
        else:
            merged.append(ln)
    out = "\n".join(merged)
    return out or None


# ---------------------------------------------------------------- model normalisation
def strip_docs(model):
    """The structural part of a botocore model: what revisions are compared on."""
    ops = {}
    for name, op in model["operations"].items():
        ops[name] = {
            "http": op["http"],
            "input": op.get("input", {}).get("shape"),
            "output": op.get("output", {}).get("shape"),
            "errors": sorted(e["shape"] for e in op.get("errors", [])),
            "idempotent": bool(op.get("idempotent", False)),
        }
    shapes = {}
    for name, s in model["shapes"].items():
        s = copy.deepcopy(s)
        s.pop("documentation", None)
        for mm in s.get("members", {}).values():
            mm.pop("documentation", None)
        for k in ("member", "key", "value"):
            if k in s:
                s[k].pop("documentation", None)
        shapes[name] = s
    return {"operations": ops, "shapes": shapes}


SHAPE_KEYS = {"type", "members", "required", "min", "max", "pattern", "enum", "union", "member",
              "key", "value", "box", "error", "exception", "fault"}
MEMBER_KEYS = {"shape", "location", "locationName", "idempotencyToken"}


def diff(old, new):
    """Structural changes from old to new, as imkit change records."""
    changes = []
    for op in sorted(set(new["operations"]) - set(old["operations"])):
        changes.append({"kind": "addOperation", "operation": op})
    for op in sorted(set(old["operations"]) - set(new["operations"])):
        changes.append({"kind": "removeOperation", "operation": op, "definition": old["operations"][op]})
    for op in sorted(set(old["operations"]) & set(new["operations"])):
        o, n = old["operations"][op], new["operations"][op]
        for e in sorted(set(n["errors"]) - set(o["errors"])):
            changes.append({"kind": "addError", "operation": op, "error": e})
        for e in sorted(set(o["errors"]) - set(n["errors"])):
            changes.append({"kind": "removeError", "operation": op, "error": e})
        for k in ("http", "input", "output", "idempotent"):
            if o[k] != n[k]:
                raise SystemExit(f"unsupported change: operation {op} {k} {o[k]} -> {n[k]}")
    for s in sorted(set(new["shapes"]) - set(old["shapes"])):
        changes.append({"kind": "addShape", "shape": s})
    for s in sorted(set(old["shapes"]) - set(new["shapes"])):
        changes.append({"kind": "removeShape", "shape": s, "definition": old["shapes"][s]})
    for s in sorted(set(old["shapes"]) & set(new["shapes"])):
        changes.extend(diff_shape(s, old["shapes"][s], new["shapes"][s]))
    return changes


def diff_shape(name, o, n):
    out = []
    for k in set(o) | set(n):
        if k not in SHAPE_KEYS:
            raise SystemExit(f"unknown shape key {k} in {name}")
    if o["type"] != n["type"] or o.get("union") != n.get("union"):
        raise SystemExit(f"unsupported change: shape {name} kind")
    om, nm = o.get("members", {}), n.get("members", {})
    for m in sorted(set(nm) - set(om)):
        out.append({"kind": "addMember", "shape": name, "member": m, "target": nm[m]["shape"]})
    for m in sorted(set(om) - set(nm)):
        out.append({"kind": "removeMember", "shape": name, "member": m, "target": om[m]["shape"]})
    for m in sorted(set(om) & set(nm)):
        a, b = om[m], nm[m]
        if set(a) - MEMBER_KEYS or set(b) - MEMBER_KEYS:
            raise SystemExit(f"unknown member key in {name}.{m}")
        if a["shape"] != b["shape"]:
            out.append({"kind": "changeMemberTarget", "shape": name, "member": m,
                        "before": a["shape"], "after": b["shape"]})
        if {k: v for k, v in a.items() if k != "shape"} != {k: v for k, v in b.items() if k != "shape"}:
            raise SystemExit(f"unsupported change: member binding {name}.{m}")
    if sorted(o.get("required", [])) != sorted(n.get("required", [])):
        out.append({"kind": "changeRequired", "shape": name,
                    "before": sorted(o.get("required", [])), "after": sorted(n.get("required", []))})
    oe, ne = o.get("enum", []), n.get("enum", [])
    if [v for v in ne if v not in oe]:
        out.append({"kind": "addEnumValues", "shape": name, "values": [v for v in ne if v not in oe]})
    if [v for v in oe if v not in ne]:
        out.append({"kind": "removeEnumValues", "shape": name, "values": [v for v in oe if v not in ne]})
    for k in ("min", "max", "pattern"):
        if o.get(k) != n.get(k):
            out.append({"kind": "changeConstraint", "shape": name, "constraint": k,
                        "before": o.get(k), "after": n.get(k)})
    for k in ("member", "key", "value"):
        if o.get(k) != n.get(k):
            raise SystemExit(f"unsupported change: {name}.{k}")
    for k in ("box", "error", "exception", "fault"):
        if o.get(k) != n.get(k):
            raise SystemExit(f"unsupported change: {name}.{k}")
    return out


def undo(newer, changes):
    """Apply changes in reverse to a structural model: gives the previous revision."""
    m = copy.deepcopy(newer)
    for c in reversed(changes):
        k = c["kind"]
        if k == "addOperation":
            del m["operations"][c["operation"]]
        elif k == "removeOperation":
            m["operations"][c["operation"]] = copy.deepcopy(c["definition"])
        elif k == "addError":
            m["operations"][c["operation"]]["errors"].remove(c["error"])
        elif k == "removeError":
            m["operations"][c["operation"]]["errors"] = sorted(m["operations"][c["operation"]]["errors"] + [c["error"]])
        elif k == "addShape":
            del m["shapes"][c["shape"]]
        elif k == "removeShape":
            m["shapes"][c["shape"]] = copy.deepcopy(c["definition"])
        else:
            s = m["shapes"][c["shape"]]
            if k == "addMember":
                del s["members"][c["member"]]
            elif k == "removeMember":
                s["members"][c["member"]] = {"shape": c["target"]}
            elif k == "changeMemberTarget":
                s["members"][c["member"]]["shape"] = c["before"]
            elif k == "changeRequired":
                if c["before"]:
                    s["required"] = list(c["before"])
                else:
                    s.pop("required", None)
            elif k == "addEnumValues":
                s["enum"] = [v for v in s["enum"] if v not in c["values"]]
            elif k == "removeEnumValues":
                s["enum"] = s["enum"] + c["values"]
            elif k == "changeConstraint":
                if c["before"] is None:
                    s.pop(c["constraint"], None)
                else:
                    s[c["constraint"]] = c["before"]
            else:
                raise SystemExit(f"unknown change kind {k}")
    return m


def canonical_model(m):
    m = copy.deepcopy(m)
    for s in m["shapes"].values():
        if "required" in s:
            s["required"] = sorted(s["required"])
        if "enum" in s:
            s["enum"] = sorted(s["enum"])
    return json.dumps(m, sort_keys=True)


# ---------------------------------------------------------------- JSON Schema
class SchemaWriter:
    def __init__(self, model, smithy):
        self.model = model
        self.shapes = model["shapes"]
        self.unique_items = set()
        if smithy:
            for fq, s in smithy["shapes"].items():
                if "smithy.api#uniqueItems" in s.get("traits", {}):
                    self.unique_items.add(fq.split("#")[1])
        ops = model["operations"].values()
        self.inputs = {o["input"]["shape"] for o in ops if "input" in o}
        self.outputs = {o["output"]["shape"] for o in ops if "output" in o}
        self.errors = {n for n, s in self.shapes.items() if s.get("exception")}

    def top_level(self, name):
        return name in self.inputs or name in self.outputs or name in self.errors

    def ref(self, target, from_top):
        return ("../shapes.schema.json" if from_top else "") + "#/$defs/" + target

    def shape(self, name, docs=True, from_top=False):
        s = self.shapes[name]
        t = s["type"]
        out = {"title": name}
        if docs and doc_text(s.get("documentation")):
            out["description"] = doc_text(s.get("documentation"))
        if t == "string":
            out["type"] = "string"
            if "enum" in s:
                out["enum"] = list(s["enum"])
            if "min" in s:
                out["minLength"] = s["min"]
            if "max" in s:
                out["maxLength"] = s["max"]
            if "pattern" in s:
                out["pattern"] = s["pattern"]
        elif t in ("integer", "long"):
            out["type"] = "integer"
            if "min" in s:
                out["minimum"] = s["min"]
            if "max" in s:
                out["maximum"] = s["max"]
        elif t == "boolean":
            out["type"] = "boolean"
        elif t == "timestamp":
            out["type"] = "number"
            out["format"] = "epoch-seconds"
        elif t == "list":
            out["type"] = "array"
            out["items"] = {"$ref": self.ref(s["member"]["shape"], from_top)}
            if "min" in s:
                out["minItems"] = s["min"]
            if "max" in s:
                out["maxItems"] = s["max"]
            if name in self.unique_items:
                out["uniqueItems"] = True
        elif t == "map":
            out["type"] = "object"
            out["propertyNames"] = {"$ref": self.ref(s["key"]["shape"], from_top)}
            out["additionalProperties"] = {"$ref": self.ref(s["value"]["shape"], from_top)}
            if "min" in s:
                out["minProperties"] = s["min"]
            if "max" in s:
                out["maxProperties"] = s["max"]
        elif t == "structure":
            out["type"] = "object"
            props = {}
            for mn, mm in s.get("members", {}).items():
                p = {"$ref": self.ref(mm["shape"], from_top)}
                if docs:
                    d = doc_text(mm.get("documentation")) or doc_text(self.shapes[mm["shape"]].get("documentation"))
                    if d:
                        p["description"] = d
                props[mn] = p
            out["properties"] = props
            if s.get("required"):
                out["required"] = sorted(s["required"])
            if s.get("union"):
                out["oneOf"] = [{"required": [m]} for m in s.get("members", {})]
        else:
            raise SystemExit(f"unsupported shape type {t} ({name})")
        return out

    def shared_document(self, docs=True):
        defs = {n: self.shape(n, docs) for n in sorted(self.shapes) if not self.top_level(n)}
        return {"$schema": "https://json-schema.org/draft/2020-12/schema",
                "$id": BASE_ID + "shapes.schema.json",
                "title": "Incident Manager shared shapes",
                "description": "Every shape of the Incident Manager API (ssm-incidents, 2018-05-10) that is not an "
                               "operation's input, output or an error, as JSON Schema 2020-12 definitions.",
                "$defs": defs}

    def top_document(self, name, path, docs=True):
        body = self.shape(name, docs, from_top=True)
        return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": BASE_ID + path, **body}


def digest(obj):
    text = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def structural_digests(model):
    """SHA-256 of every shape's schema (documentation left out) and of the operation table."""
    w = SchemaWriter(model, SMITHY)
    digests = {}
    for name in sorted(model["shapes"]):
        s = w.shape(name, docs=False, from_top=w.top_level(name))
        digests[name] = digest(s)
    ops = {}
    for name, op in model["operations"].items():
        ops[name] = {"errors": sorted(e["shape"] for e in op.get("errors", [])),
                     "input": op["input"]["shape"], "output": op["output"]["shape"]}
    digests["#operations"] = digest(ops)
    return digests


# ---------------------------------------------------------------- catalogue
def catalogue(model, smithy, paginators, introduced):
    sm = {fq.split("#")[1]: s for fq, s in smithy["shapes"].items()}
    ops = []
    for name in sorted(model["operations"]):
        op = model["operations"][name]
        traits = sm[name].get("traits", {})
        inp = model["shapes"][op["input"]["shape"]]
        query, labels, token = {}, {}, None
        for mn, mm in inp.get("members", {}).items():
            if mm.get("location") == "querystring":
                query[mn] = mm["locationName"]
            elif mm.get("location") == "uri":
                labels[mn] = mm["locationName"]
            elif mm.get("location"):
                raise SystemExit(f"unsupported location {mm['location']}")
            if mm.get("idempotencyToken"):
                token = mn
        pag = paginators.get(name)
        st = traits.get("smithy.api#http", {})
        if st.get("method") != op["http"]["method"] or st.get("uri") != op["http"]["requestUri"]:
            raise SystemExit(f"smithy and botocore disagree on {name}'s binding")
        ops.append({
            "name": name,
            "method": op["http"]["method"],
            "uri": op["http"]["requestUri"],
            "labels": labels,
            "query": query,
            "successCode": op["http"].get("responseCode", 200),
            "input": op["input"]["shape"],
            "output": op["output"]["shape"],
            "errors": sorted(e["shape"] for e in op.get("errors", [])),
            "idempotencyToken": token,
            "idempotent": "smithy.api#idempotent" in traits,
            "readonly": "smithy.api#readonly" in traits,
            "paginator": None if not pag else {
                "inputToken": pag["input_token"], "outputToken": pag["output_token"],
                "pageSize": pag["limit_key"], "items": pag["result_key"]},
            "introducedIn": introduced[name],
            "documentation": doc_text(op.get("documentation")),
        })
    errors = []
    for n in sorted(model["shapes"]):
        s = model["shapes"][n]
        if s.get("exception"):
            errors.append({"name": n, "httpStatus": s["error"]["httpStatusCode"],
                           "fault": "server" if s.get("fault") else "client",
                           "documentation": doc_text(s.get("documentation"))})
    md = model["metadata"]
    return {"service": {"name": md["serviceFullName"], "sdkId": md["serviceId"], "apiVersion": md["apiVersion"],
                        "protocol": "restJson1", "signingName": md["signingName"],
                        "endpointPrefix": md["endpointPrefix"],
                        "documentation": doc_text(model.get("documentation"))},
            "operations": ops, "errors": errors}


def write(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=2, ensure_ascii=False)
        f.write("\n")


SMITHY = None


def main():
    global SMITHY
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--botocore", required=True)
    ap.add_argument("--smithy", required=True)
    ap.add_argument("--changelog", required=True)
    a = ap.parse_args()

    files = sorted(glob.glob(os.path.join(a.botocore, "service-2.*.json")))
    if not files:
        raise SystemExit("no service-2.<date>.<commit>.json in " + a.botocore)
    revs = []
    for f in files:
        mt = re.match(r"service-2\.(\d{4}-\d{2}-\d{2})\.([0-9a-f]+)\.json$", os.path.basename(f))
        revs.append((mt.group(1), mt.group(2), json.load(open(f, encoding="utf-8"))))
    SMITHY = json.load(open(a.smithy, encoding="utf-8"))
    notes = [ln.rstrip("\n").split("\t") for ln in open(a.changelog, encoding="utf-8")][1:]
    notes = [n for n in notes if n[1] == "api-change"]
    paginators = json.load(open(os.path.join(a.botocore, "paginators-1.json")))["pagination"]

    history, introduced, oracle = [], {}, {}
    prev = None
    for i, (date, commit, model) in enumerate(revs):
        structural = strip_docs(model)
        changes = [] if prev is None else diff(prev, structural)
        if prev is not None and canonical_model(undo(structural, changes)) != canonical_model(prev):
            raise SystemExit(f"undoing {date}'s changes does not give the previous revision")
        for op in model["operations"]:
            introduced.setdefault(op, date)
        history.append({"name": date, "date": date, "botocoreVersion": notes[i][0],
                        "releaseNote": notes[i][3].replace("``", ""), "modelCommit": commit,
                        "operationCount": len(model["operations"]), "changes": changes})
        oracle[date] = structural_digests(model)
        prev = structural

    current = revs[-1][2]
    w = SchemaWriter(current, SMITHY)
    write(os.path.join(OUT, "shapes.schema.json"), w.shared_document())
    for name, op in current["operations"].items():
        for kind in ("input", "output"):
            path = f"operations/{name}.{kind}.json"
            write(os.path.join(OUT, path), w.top_document(op[kind]["shape"], path))
    for name in sorted(w.errors):
        path = f"errors/{name}.json"
        write(os.path.join(OUT, path), w.top_document(name, path))
    write(os.path.join(OUT, "operations.json"), catalogue(current, SMITHY, paginators, introduced))
    write(os.path.join(OUT, "revisions.json"), {"current": revs[-1][0], "revisions": history})
    write(os.path.join(ORACLE, "revision-digests.json"), oracle)
    print(f"{len(revs)} revisions, {len(current['operations'])} operations, {len(current['shapes'])} shapes written")


if __name__ == "__main__":
    main()
