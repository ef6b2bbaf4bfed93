"""The generator's model of the specification's operations: each operation's
method, path template, api-version, parameters (typed, with bounds, defaults
and required-ness), body, success statuses and response type, with the
overrides' "operations" section applied. Nothing here knows C++ syntax."""

import re
from dataclasses import dataclass, field

from .spec import IDENT, CPP_KEYWORDS, cpp_identifier


@dataclass
class Parameter:
    name: str                 # the wire name (query key, path placeholder, header field)
    where: str                # path, query, header or body
    kind: str                 # string, uuid, bool, int32, int64, timestamp, enum, body, or an override's type
    required: bool
    default: object = None    # the specification's default, when it has one
    minimum: object = None
    maximum: object = None
    ref: str = ""             # the enum or the body's definition
    values: list = field(default_factory=list)   # a choice's spellings
    cpp_type: str = ""        # an override's C++ type
    cpp_default: str = ""     # an override's initializer: the value is always sent
    cpp_name: str = ""

    @property
    def member(self):
        return self.cpp_name or self.name


@dataclass
class Operation:
    name: str
    method: str
    path: str
    api_version: str
    tag: str
    area: str = ""
    parameters: list = field(default_factory=list)   # in the order the C++ struct declares them
    success: list = field(default_factory=list)      # [(status, definition or "")]
    response: str = ""        # the definition of the success body, "" for none
    doc: str = ""

    @property
    def body(self):
        return next((p for p in self.parameters if p.where == "body"), None)

    @property
    def paged(self):
        return any(p.name == "ContinuationToken" and p.where == "query" for p in self.parameters)


def _lookup(ov, op, name):
    """An override for parameter `name` of operation `op`: "Op.name" first, then "name"."""
    return ov.get(f"{op}.{name}", ov.get(name))


def read_operations(spec, areas_by_tag):
    raw = spec.raw
    ov = spec.overrides.get("operations", {})
    types = ov.get("parameter_types", {})
    sent = ov.get("always_sent", {})
    optional_bodies = set(ov.get("optional_bodies", []))
    responses = ov.get("responses", {})
    shared = raw.get("parameters", {})
    ops = []
    for path, item in raw["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            oid = op["operationId"]
            params = [shared[p["$ref"].split("/")[-1]] if "$ref" in p else p for p in op.get("parameters", [])]
            version = next(p for p in params if p["name"] == "api-version")
            o = Operation(oid, method.upper(), path, str(version.get("default", version["enum"][0])),
                          op["tags"][0], areas_by_tag[op["tags"][0]])
            for p in params:
                if p["name"] == "api-version":
                    continue
                o.parameters.append(_parameter(spec, oid, p, types, sent, optional_bodies))
            for code, r in sorted(op["responses"].items()):
                if code == "default":
                    continue
                ref = r.get("schema", {}).get("$ref", "").split("/")[-1]
                o.success.append((int(code), ref))
            fix = responses.get(oid)
            if fix:
                o.success = [(int(c), d) for c, d in fix["success"]]
                o.response = fix["type"]
            else:
                bodies = {d for _, d in o.success if d}
                if len(bodies) > 1:
                    raise ValueError(f"{oid}: success bodies of several types {sorted(bodies)}: add an override")
                o.response = bodies.pop() if bodies else ""
            # required parameters first (parse_request builds the struct from them), each group in spec order
            o.parameters = [p for p in o.parameters if _is_required(p)] + \
                           [p for p in o.parameters if not _is_required(p)]
            o.doc = spec.overrides.get("doc", {}).get(oid, "")
            ops.append(o)
    return ops


def _is_required(p):
    """Whether the C++ member is `required<T>`: required, without a default to start from."""
    return p.required and p.default is None and not p.cpp_default


def _parameter(spec, oid, p, types, sent, optional_bodies):
    where = p["in"]
    if where == "body":
        ref = p["schema"]["$ref"].split("/")[-1]
        required = p.get("required", False) and oid not in optional_bodies
        return Parameter(p["name"], "body", "body", required, ref=ref, cpp_name=_ident(p["name"]))
    kind = {"boolean": "bool", "string": "string"}.get(p["type"], "")
    if p["type"] == "integer":
        kind = "int32" if p.get("format") == "int32" or "format" not in p else "int64"
    if p.get("format") == "uuid":
        kind = "uuid"
    elif p.get("format") == "date-time":
        kind = "timestamp"
    ref = ""
    if "enum" in p:
        ref = p.get("x-ms-enum", {}).get("name", "")
        if ref in spec.defs or ref in spec.extra_enums:
            kind = "enum"
        else:
            kind = "choice"   # spellings that cannot be enumerators (a keyword: NodeStatusFilter's "default")
    out = Parameter(p["name"], where, kind, where == "path" or p.get("required", False),
                    values=[str(v) for v in p.get("enum", [])] if kind == "choice" else [],
                    default=p.get("default"), minimum=p.get("minimum"), maximum=p.get("maximum"), ref=ref,
                    cpp_name=_ident(p["name"]))
    override = _lookup(types, oid, p["name"])
    if override:
        out.cpp_type = override
    initial = _lookup(sent, oid, p["name"])
    if initial:
        out.cpp_default = initial
    return out


def _ident(name):
    return "" if IDENT.match(name) and name not in CPP_KEYWORDS else cpp_identifier(name)


# ---- paths and samples, for the generated tests ---------------------------------


def placeholders(path):
    return re.findall(r"\{([^}]+)\}", path)
