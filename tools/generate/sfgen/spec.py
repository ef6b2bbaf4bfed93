"""The generator's model of the specification: every definition as a struct,
enum, alias, array, map or free-form JSON, its members typed, families
resolved, and the overrides applied. Nothing here knows C++ syntax."""

import json
import re
from dataclasses import dataclass, field

# ---- types ------------------------------------------------------------------


@dataclass(frozen=True)
class Scalar:
    kind: str             # string, int32, int64, uint64, double, bool, uuid, timestamp, ticks
    quoted: bool = False  # a number carried in a JSON string


@dataclass(frozen=True)
class Ref:
    name: str             # a definition or an enum


@dataclass(frozen=True)
class Array:
    item: object


@dataclass(frozen=True)
class Map:
    value: object


@dataclass(frozen=True)
class FreeJson:
    pass


@dataclass
class Member:
    name: str             # the wire name
    type: object
    required: bool
    cpp_name: str = ""    # the C++ name, if the wire name is not an identifier
    doc: str = ""


@dataclass
class Definition:
    name: str
    shape: str                     # struct, enum, alias, array, map, json
    members: list = field(default_factory=list)   # own members (struct)
    bases: list = field(default_factory=list)     # base definitions (struct)
    values: list = field(default_factory=list)    # spellings (enum)
    target: object = None                         # alias, array item, map value
    discriminator: str = ""        # set on a family's root
    kind_value: str = ""           # x-ms-discriminator-value
    family_kinds: list = field(default_factory=list)  # (definition, value), set on every family node
    closed_key: str = ""           # a closed family's key tag
    inline_enum: bool = False      # an enum declared inside a property or parameter
    from_parameter: bool = False   # an enum of a query parameter, not a definition
    doc: str = ""
    area: str = ""
    used_by: list = field(default_factory=list)   # operations returning or taking it

    @property
    def is_family(self):
        return bool(self.family_kinds)


IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
CPP_KEYWORDS = set("""alignas alignof and and_eq asm auto bitand bitor bool break case catch char
char8_t char16_t char32_t class compl concept const consteval constexpr constinit const_cast
continue co_await co_return co_yield decltype default delete do double dynamic_cast else enum
explicit export extern false float for friend goto if inline int long mutable namespace new
noexcept not not_eq nullptr operator or or_eq private protected public register
reinterpret_cast requires return short signed sizeof static static_assert static_cast struct
switch template this thread_local throw true try typedef typeid typename union unsigned using
virtual void volatile wchar_t while xor xor_eq linux unix""".split())


def cpp_identifier(wire):
    """A C++ identifier for a wire name: itself when it can be, else with '_'."""
    name = re.sub(r"[^A-Za-z0-9_]", "_", wire)
    if not IDENT.match(name):
        name = "_" + name
    if name in CPP_KEYWORDS:
        name += "_"
    return name


# ---- reading ----------------------------------------------------------------


class Spec:
    def __init__(self, path, overrides_path):
        with open(path, encoding="utf-8") as f:
            self.raw = json.load(f)
        with open(overrides_path, encoding="utf-8") as f:
            self.overrides = json.load(f)
        self.version = self.raw.get("info", {}).get("version", "?")
        self.defs = {}        # name -> Definition, in spec order
        self.extra_enums = {} # enums named inside properties and parameters
        self._read()

    # the type of a property or item schema
    def _type(self, schema, owner, prop):
        if "$ref" in schema:
            return Ref(schema["$ref"].split("/")[-1])
        if "enum" in schema:
            return Ref(self._inline_enum(schema, owner, prop))
        t = schema.get("type")
        fmt = schema.get("format")
        if t == "array":
            return Array(self._type(schema.get("items", {}), owner, prop))
        if t == "object" or (t is None and "additionalProperties" in schema):
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict):
                return Map(self._type(extra, owner, prop))
            return FreeJson()
        if t == "string":
            return {
                "uuid": Scalar("uuid"),
                "date-time": Scalar("timestamp"),
                "duration": Scalar("ticks"),
                "int32": Scalar("int32", True),
                "int64": Scalar("int64", True),
                "double": Scalar("double", True),
            }.get(fmt, Scalar("string"))
        if t == "integer":
            return Scalar("int32" if fmt == "int32" else "int64")
        if t == "number":
            return Scalar("double")
        if t == "boolean":
            return Scalar("bool")
        return FreeJson()

    def _inline_enum(self, schema, owner, prop):
        name = schema.get("x-ms-enum", {}).get("name") or (owner + prop)
        values = [str(v) for v in schema["enum"]]
        known = self.defs.get(name) or self.extra_enums.get(name)
        if known is not None and (known.shape != "enum" or known.values != values):
            name = owner + prop
            known = self.extra_enums.get(name)
        if known is None:
            e = Definition(name, "enum", values=values, inline_enum=True)
            self.extra_enums[name] = e
        return name

    def _read(self):
        raw = self.raw["definitions"]
        for name in raw:                       # first pass: names, so refs resolve
            self.defs[name] = Definition(name, "")
        for name, s in raw.items():
            d = self.defs[name]
            if "enum" in s:
                d.shape = "enum"
                d.values = [str(v) for v in s["enum"]]
                continue
            props, required, bases = {}, set(s.get("required", [])), []
            for part in s.get("allOf", []):
                if "$ref" in part:
                    bases.append(part["$ref"].split("/")[-1])
                else:
                    props.update(part.get("properties", {}))
                    required |= set(part.get("required", []))
            props.update(s.get("properties", {}))
            t = s.get("type")
            if props or bases or "discriminator" in s:
                d.shape = "struct"
                d.bases = bases
                d.discriminator = s.get("discriminator", "")
                d.kind_value = s.get("x-ms-discriminator-value", "")
                for p, ps in props.items():
                    m = Member(p, self._type(ps, name, p), p in required)
                    if not IDENT.match(p) or p in CPP_KEYWORDS:
                        m.cpp_name = cpp_identifier(p)
                    d.members.append(m)
            elif t == "array":
                d.shape = "array"
                d.target = self._type(s.get("items", {}), name, "Item")
            elif isinstance(s.get("additionalProperties"), dict):
                d.shape = "map"
                d.target = self._type(s["additionalProperties"], name, "Value")
            elif t == "object" or t is None:
                d.shape = "json"
            else:
                d.shape = "alias"
                d.target = self._type(s, name, "")
        self._read_parameter_enums()
        self._resolve_families()
        self._apply_overrides()
        self._read_operations()

    def _read_parameter_enums(self):
        params = list(self.raw.get("parameters", {}).values())
        for ops in self.raw["paths"].values():
            for method, op in ops.items():
                if isinstance(op, dict):
                    params += [p for p in op.get("parameters", []) if "$ref" not in p]
        for p in params:
            if "enum" in p and p.get("in") in ("query", "path") and p.get("x-ms-enum", {}).get("name"):
                name = p["x-ms-enum"]["name"]
                if p.get("name") == "api-version":
                    continue   # a single-value version pin: the operations' business
                if name in self.defs or name in self.extra_enums:
                    continue
                if not all(IDENT.match(str(v)) and str(v) not in CPP_KEYWORDS for v in p["enum"]):
                    continue   # spellings that are not identifiers: left to the operations (query strings)
                self.extra_enums[name] = Definition(name, "enum", values=[str(v) for v in p["enum"]],
                                                    inline_enum=True, from_parameter=True)

    # every definition that derives, directly or not, from a family root is one
    # of its kinds; an intermediate with kinds below it is a family of its own
    def _resolve_families(self):
        children = {}
        for d in self.defs.values():
            for b in d.bases:
                children.setdefault(b, []).append(d.name)

        def below(name):
            out = []
            for c in children.get(name, []):
                out.append(c)
                out += below(c)
            return out

        def root_of(d):
            while d is not None:
                if d.discriminator:
                    return d
                d = self.defs.get(d.bases[0]) if d.bases else None
            return None

        for d in self.defs.values():
            if d.shape != "struct":
                continue
            root = root_of(d)
            if root is None:
                continue
            kinds = [self.defs[k] for k in ([d.name] + below(d.name))]
            kinds = [k for k in kinds if k.kind_value]
            if not d.discriminator and not children.get(d.name):
                continue
            # the kinds in the order of the discriminator's enum, where it has one
            order = self._discriminator_values(root)
            kinds.sort(key=lambda k: order.index(k.kind_value) if k.kind_value in order else len(order))
            d.family_kinds = [(k.name, k.kind_value) for k in kinds]
            if d.name != root.name:
                d.discriminator = root.discriminator

    def _discriminator_values(self, root):
        for m in root.members:
            if m.name == root.discriminator and isinstance(m.type, Ref):
                e = self.defs.get(m.type.name) or self.extra_enums.get(m.type.name)
                if e is not None and e.shape == "enum":
                    return e.values
        return []

    def _apply_overrides(self):
        o = self.overrides
        for key, t in o.get("quoted", {}).items():
            if key.startswith("_"):
                continue
            self.member(key).type = Scalar(t, True)
        for pattern in o.get("optional", {}).get("patterns", []):
            rx = re.compile(pattern)
            for d in self.defs.values():
                for m in d.members:
                    if m.required and rx.match(d.name + "." + m.name):
                        m.required = False
        for name, key in o.get("closed_families", {}).items():
            if not name.startswith("_"):
                self.defs[name].closed_key = key
        for key, text in o.get("doc", {}).items():
            if key.startswith("_"):
                continue
            if "." in key:
                self.member(key).doc = text
            else:
                (self.defs.get(key) or self.extra_enums[key]).doc = text
        self.read_aliases = {k: v for k, v in o.get("read_aliases", {}).items() if not k.startswith("_")}
        for name in self.read_aliases:
            assert name in self.defs, f"overrides: read_aliases names unknown definition {name}"

    def member(self, key):
        dname, mname = key.split(".")
        for m in self.defs[dname].members:
            if m.name == mname:
                return m
        raise KeyError(f"overrides name {key}, which the specification does not have")

    def _read_operations(self):
        for path, ops in self.raw["paths"].items():
            for method, op in ops.items():
                if not isinstance(op, dict) or "operationId" not in op:
                    continue
                oid = op["operationId"]
                for code, resp in op.get("responses", {}).items():
                    if code.startswith("2") and "$ref" in resp.get("schema", {}):
                        self.defs[resp["schema"]["$ref"].split("/")[-1]].used_by.append(("returns", oid))
                for p in op.get("parameters", []):
                    if p.get("in") == "body" and "$ref" in p.get("schema", {}):
                        self.defs[p["schema"]["$ref"].split("/")[-1]].used_by.append(("takes", oid))

    # ---- queries used by the layout and the emitters -------------------------

    def all_members(self, d):
        """Members in wire order: the bases' first (allOf order), then its own."""
        out = []
        for b in d.bases:
            out += self.all_members(self.defs[b])
        return out + d.members

    def lookup(self, name):
        return self.defs.get(name) or self.extra_enums[name]

    def resolve(self, t):
        """Follows alias definitions to what they name."""
        while isinstance(t, Ref):
            d = self.lookup(t.name)
            if d.shape == "alias":
                t = d.target
            else:
                return t
        return t
