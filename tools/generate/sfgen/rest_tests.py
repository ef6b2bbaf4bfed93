"""The expectations of the generated operation tests (tests/rest/operations.json):
for every operation, its parameters as text, and the target, header fields and
body that the request must come out as. The expected bytes come from this
model of the specification (placeholders filled, values escaped as RFC 3986
says, the body's canonical form from the fixtures' model), not from the C++
code under test."""

import json

from .fixtures import MARK, Cases
from .operations import placeholders

OUTPUT = "tests/rest/operations.json"

UNRESERVED = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
UUID = "c0ffee00-1234-4abc-8def-0123456789ab"

# Text given for a parameter of an override's C++ type, and what the target carries.
OVERRIDE_SAMPLES = {
    "service_id": ("fabric:/app/sub/svc", "app~sub~svc"),
    "application_id": ("fabric:/app/sub", "app~sub"),
    "server_timeout": ("30", "30"),
    "backup_restore_timeout": ("15", "15"),
    "quorum_loss_duration": ("45", "45"),
    "stop_duration": ("600", "600"),
    "std::uint64_t": ("131366982707950527", "131366982707950527"),
    "operation_type_filter": ("PartitionDataLoss|NodeTransition", "9"),
    "operation_state_filter": ("Running|Completed", "9"),
}


def escape(text):
    """Percent-encodes all but the unreserved characters (escaping::component)."""
    return "".join(c if c in UNRESERVED else "".join(f"%{b:02X}" for b in c.encode()) for c in text)


def sample(spec, p):
    """(text given, text in the target) of a path or query parameter."""
    if p.cpp_type:
        return OVERRIDE_SAMPLES[p.cpp_type]
    if p.kind == "string":
        text = "node 1/a" if p.where == "path" else "v=1&w"
        return text, escape(text)
    if p.kind == "uuid":
        return UUID, UUID
    if p.kind == "bool":
        return "true", "true"
    if p.kind in ("int32", "int64"):
        lo = p.minimum if p.minimum is not None else 1
        v = str(max(lo, 7) if p.maximum is None else min(max(lo, 7), p.maximum))
        return v, v
    if p.kind == "timestamp":
        return "2024-05-01T12:00:00Z", escape("2024-05-01T12:00:00Z")
    if p.kind == "choice":
        return p.values[1], escape(p.values[1])
    if p.kind == "enum":
        v = next(v for v in spec.lookup(p.ref).values if v != "Invalid")
        return v, v
    raise ValueError(f"no sample for {p.name} ({p.kind})")


def expectation(spec, cases, op):
    given, query, headers, body = [], [], [], ""
    path = op.path
    for p in op.parameters:
        if p.where == "body":
            case = next(c for c in cases.of(spec.defs[p.ref]) if "output" in c)
            given.append([p.name, case["input"]])
            body = case["output"]
            continue
        if p.where == "header":
            given.append([p.name, "bytes 0-9/10"])
            headers.append([p.name, "bytes 0-9/10"])
            continue
        text, written = sample(spec, p)
        given.append([p.name, text])
        if p.where == "path":
            path = path.replace("{" + p.name + "}", written)
        else:
            query.append(f"{p.name}={written}")
    assert not placeholders(path), op.name
    target = path + "?api-version=" + op.api_version + "".join("&" + q for q in query)
    required = [p.name for p in op.parameters if p.required and p.default is None and not p.cpp_default]
    return {"name": op.name, "area": op.area, "method": op.method, "path": op.path,
            "parameters": given, "target": target, "headers": headers, "body": body,
            "required": required, "response": op.response}


def operation_tests(spec, layout, ops):
    cases = Cases(spec, layout)
    rows = [expectation(spec, cases, op) for op in ops]
    head = (f'{MARK} from the Service Fabric REST specification {spec.version}: every operation, '
            f'its parameters as text and the request they make; do not edit",\n "operations": [\n')
    return {OUTPUT: head + ",\n".join("  " + json.dumps(r, ensure_ascii=False) for r in rows) + "\n ]}\n"}
