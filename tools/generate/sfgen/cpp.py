"""C++ text for each declaration, the headers that hold them, the area
headers and the type registry."""

import re

from .spec import Array, FreeJson, Map, Ref, Scalar

SCALARS = {
    "string": "std::string",
    "int32": "std::int32_t",
    "int64": "std::int64_t",
    "uint64": "std::uint64_t",
    "double": "double",
    "bool": "bool",
    "uuid": "boost::uuids::uuid",
    "timestamp": "timestamp",
    "ticks": "ticks",
}
LIBRARY_NAMES = {"timestamp", "ticks", "json_text", "open_enum", "one_of", "quoted", "family", "kind"}
DESCRIBE_ENUM_MAX = 52   # BOOST_DESCRIBE_ENUM's limit; past it the macro is written out
WIDTH = 110


def snake(name):
    s = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name)
    return re.sub(r"[^a-z0-9_]", "_", s.lower())


def wrap(head, items, tail, indent):
    """head + items joined by ', ' + tail, wrapped at WIDTH with `indent`."""
    lines, line = [], head
    for i, item in enumerate(items):
        piece = item + (", " if i + 1 < len(items) else "")
        if len(line) + len(piece.rstrip()) > WIDTH and line.strip():
            lines.append(line.rstrip())
            line = " " * indent
        line += piece
    line += tail
    lines.append(line)
    return lines


UNITS = [("InSeconds", "seconds"), ("Seconds", "seconds"), ("InMilliseconds", "milliseconds"),
         ("InMs", "milliseconds"), ("InMinutes", "minutes"), ("InBytes", "bytes"), ("InMB", "megabytes"),
         ("InMb", "megabytes")]


class Emitter:
    def __init__(self, spec, layout):
        self.spec = spec
        self.layout = layout

    # ---- types ----------------------------------------------------------------

    def type_name(self, t, clash):
        """The C++ spelling of t inside a struct whose member names are `clash`."""
        s = self.spec

        def q(name):
            return "::sfmodels::" + name if name in clash else name

        t = s.resolve(t)
        if isinstance(t, Scalar):
            base = SCALARS[t.kind]
            if base in LIBRARY_NAMES:
                base = q(base)
            return f"{q('quoted')}<{base}>" if t.quoted else base
        if isinstance(t, FreeJson):
            return q("json_text")
        if isinstance(t, Array):
            return f"std::vector<{self.type_name(t.item, clash)}>"
        if isinstance(t, Map):
            return f"std::map<std::string, {self.type_name(t.value, clash)}, std::less<>>"
        d = s.lookup(t.name)
        if d.shape == "enum":
            return f"{q('open_enum')}<{q(d.name)}>"
        if d.shape == "array":
            return self.type_name(Array(d.target), clash)
        if d.shape == "map":
            return self.type_name(Map(d.target), clash)
        if d.shape == "json":
            return q("json_text")
        if d.closed_key:
            return q(d.name)
        if d.is_family:
            return f"{q('one_of')}<{q(d.name)}>"
        return q(d.name)

    def is_scalar(self, t):
        """Whether a member of type t has no default constructor of its own."""
        t = self.spec.resolve(t)
        if isinstance(t, Scalar):
            return t.kind != "string"
        if isinstance(t, Ref):
            return self.spec.lookup(t.name).shape == "enum"   # open_enum: a value, {} makes it the first
        return False

    # the C++ type a registry entry decodes for a definition
    def wire_type(self, d):
        if d.shape == "enum":
            return f"open_enum<{d.name}>"
        if d.shape == "struct" and d.is_family and not d.closed_key:
            return f"one_of<{d.name}>"
        if d.shape == "alias":
            return self.type_name(d.target, set())
        return d.name

    # ---- comments -------------------------------------------------------------

    def doc_of(self, d):
        parts = []
        if d.doc:
            parts.append(d.doc)
        returns = [o for r, o in d.used_by if r == "returns"]
        takes = [o for r, o in d.used_by if r == "takes"]

        def ops(names):
            names = sorted(set(names))
            return ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")

        if returns:
            parts.append(f"Returned by {ops(returns)}.")
        if takes:
            parts.append(f"The body of {ops(takes)}.")
        if d.kind_value:
            root = self._root(d)
            if root is not None:
                parts.append(f'{root.discriminator} "{d.kind_value}" of the {root.name} family.')
        return " ".join(parts)

    def _root(self, d):
        while d.bases:
            d = self.spec.defs[d.bases[0]]
            if d.discriminator and not d.bases:
                return d
        return d if d.discriminator else None

    def member_doc(self, m):
        if m.doc:
            return m.doc
        t = self.spec.resolve(m.type)
        if isinstance(t, Scalar) and t.kind in ("int32", "int64", "uint64", "double"):
            for suffix, unit in UNITS:
                if m.name.endswith(suffix):
                    return unit + (", a string on the wire" if t.quoted else "")
            if t.quoted:
                return "a string on the wire"
        return ""

    # ---- declarations ---------------------------------------------------------

    def decl(self, key, in_group=False):
        if key.startswith("family:"):
            return self._family(self.spec.defs[key[7:]])
        d = self.spec.lookup(key)
        return {"enum": self._enum, "struct": self._struct, "alias": self._alias,
                "array": self._alias, "map": self._alias, "json": self._alias}[d.shape](d, in_group)

    def _comment(self, text, indent=""):
        return [indent + "/// " + line for line in self._fill(text, WIDTH - len(indent) - 4)] if text else []

    @staticmethod
    def _fill(text, width):
        lines, line = [], ""
        for word in text.split():
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        return lines + [line] if line else lines

    def _enum(self, d, in_group=False):
        out = self._comment(d.doc or (f"The values of {d.name}." if not d.from_parameter else
                                      f"The values of the {d.name} query parameter."))
        for v in d.values:
            assert re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", v), f"{d.name}: {v} is not an identifier"
        under = "std::uint8_t" if len(d.values) <= 256 else "std::uint16_t"
        out += [f"enum class {d.name} : {under}", "{"] + [f"    {v}," for v in d.values] + ["};"]
        if len(d.values) <= DESCRIBE_ENUM_MAX:
            out += wrap(f"BOOST_DESCRIBE_ENUM({d.name}, ", d.values, ")", 20)
        else:
            out.append(f"// BOOST_DESCRIBE_ENUM takes at most {DESCRIBE_ENUM_MAX} enumerators; this is its expansion.")
            out.append(f"BOOST_DESCRIBE_ENUM_BEGIN({d.name})")
            out += [f"BOOST_DESCRIBE_ENUM_ENTRY({d.name}, {v})" for v in d.values]
            out.append(f"BOOST_DESCRIBE_ENUM_END({d.name})")
        return out

    def _alias(self, d, in_group=False):
        target = {"array": lambda: Array(d.target), "map": lambda: Map(d.target),
                  "json": lambda: FreeJson(), "alias": lambda: d.target}[d.shape]()
        out = self._comment(self.doc_of(d))
        out.append(f"using {d.name} = {self.type_name(target, set())};")
        return out

    def cpp_member(self, m):
        return m.cpp_name or m.name

    def _struct(self, d, in_group=False):
        closed = self.layout.closed_kind(d)
        members = self.layout.kind_members(d) if closed else d.members
        bases = [] if closed else d.bases
        clash = {self.cpp_member(m) for m in self.spec.all_members(d)}
        out = self._comment(self.doc_of(d))
        head = f"struct {d.name}" + (" : " + ", ".join(bases) if bases else "")
        out += [head, "{"]
        for m in members:
            t = self.type_name(m.type, clash)
            if not m.required:
                t = f"std::optional<{t}>"
            # `{}` lets a designated initializer leave a member out without a
            # warning; in a recursive group it would need the vector's element
            # complete, so there only values that would be uninitialized get it
            init = "{}" if not in_group or (m.required and self.is_scalar(m.type)) else ""
            line = f"    {t} {self.cpp_member(m)}{init};"
            note = self.member_doc(m)
            if note:
                line += "   ///< " + note
            out.append(line)
        if members:
            out.append("")
        self_name = "::sfmodels::" + d.name if d.name in clash else d.name
        if in_group:
            out.append(f"    bool operator==({self_name} const&) const;")
        else:
            out.append(f"    bool operator==({self_name} const&) const = default;")
        out.append("};")
        names = [self.cpp_member(m) for m in members]
        head = f"BOOST_DESCRIBE_STRUCT({d.name}, ({', '.join(bases)}), ("
        out += wrap(head, names, "))", 22)
        renamed = [m for m in members if m.cpp_name]
        if renamed:
            out += ["", f"// {', '.join(m.name for m in renamed)}: not C++ identifiers",
                    "template<>", f"struct wire_names<{d.name}>", "{",
                    f"    static constexpr std::array<wire_name, {len(renamed)}> value{{{{"]
            out += [f'        {{"{m.cpp_name}", "{m.name}"}},' for m in renamed]
            out += ["    }};", "};"]
        aliases = self.spec.read_aliases.get(d.name)
        if aliases:
            out += ["", "// read, never written: the names clusters before API 6.4 sent",
                    "template<>", f"struct wire_aliases<{d.name}>", "{",
                    f"    static constexpr std::array<wire_alias, {len(aliases)}> value{{{{"]
            out += [f'        {{"{a}", "{m}"}},' for a, m in aliases.items()]
            out += ["    }};", "};"]
        return out

    def _family(self, d):
        kinds = [f'kind<{k}, "{v}">' for k, v in d.family_kinds]
        out = []
        key = d.name
        if d.closed_key:
            key = d.closed_key
            out += [f"/// Names the family of {d.name}'s kinds. It is closed: an unknown "
                    f"{d.discriminator} is an error,", "/// and each kind holds all of its members.",
                    f"struct {key};", ""]
        else:
            out += [f"/// The kinds of {d.name}, told apart by {d.discriminator}; an unknown kind is kept "
                    f"as a {d.name}."]
        out += ["template<>", f"struct family<{key}>", "{",
                f'    static constexpr std::string_view discriminator = "{d.discriminator}";']
        out += wrap("    using kinds = boost::mp11::mp_list<", kinds, ">;", 39)
        out.append("};")
        if d.closed_key:
            out += ["", f"/// {d.name}: one of the kinds above." + (" " + self.doc_of(d) if self.doc_of(d) else ""),
                    f"using {d.name} = one_of<{key}>;"]
        return out
