"""Writes the REST operations: one described struct per operation, grouped by
the spec's tags into headers per area (split where an area is long), the
list of every operation, and a table of their names and paths that includes
no model."""

from .cpp import snake, wrap

FILE_LINES = 380

SCALAR_TYPES = {
    "string": "std::string",
    "uuid": "boost::uuids::uuid",
    "bool": "bool",
    "int32": "std::int32_t",
    "int64": "std::int64_t",
    "timestamp": "::sfmodels::timestamp",
}


class RestEmitter:
    def __init__(self, spec, em, def_files):
        self.spec = spec
        self.em = em                  # the models' emitter: C++ names of definitions
        self.def_files = def_files    # definition name -> the model headers that declare it

    def value_type(self, p, clash):
        def q(name):
            return "::sfmodels::" + name if name in clash else name

        if p.cpp_type:
            return p.cpp_type
        if p.where == "header":
            return "header_value"
        if p.kind == "body":
            return self.model_type(p.ref, clash)
        if p.kind == "enum":
            return "::sfmodels::" + p.ref
        if p.kind == "choice":
            return "text_choice<" + ", ".join(f'"{v}"' for v in p.values) + ">"
        base = SCALAR_TYPES[p.kind]
        if p.kind in ("int32", "int64") and (p.minimum is not None or p.maximum is not None):
            lo = "bounded_minimum" if p.minimum is None else str(p.minimum)
            hi = "unbounded" if p.maximum is None else str(p.maximum)
            return f"bounded_integer<{base}, {lo}, {hi}>"
        return base

    def model_type(self, name, clash):
        d = self.spec.defs[name]
        t = self.em.wire_type(d)
        if name not in clash and t.split("<")[0] not in clash:
            return t
        if t.startswith("one_of<"):
            return f"::sfmodels::one_of<::sfmodels::{name}>"
        return "::sfmodels::" + t

    def default_text(self, p):
        if p.cpp_default:
            return p.cpp_default
        v = p.default
        if isinstance(v, bool):
            return "true" if v else "false"
        if p.kind == "enum":
            return f"::sfmodels::{p.ref}::{v}"
        if isinstance(v, (int, float)):
            return str(v)
        return '"' + str(v) + '"'

    def member_line(self, p, clash):
        t = self.value_type(p, clash)
        note = "   ///< the body" if p.where == "body" else \
            "   ///< sent as a header" if p.where == "header" else ""
        if p.required and p.default is None and not p.cpp_default:
            return f"    required<{t}> {p.member};{note}"
        if p.cpp_default or (p.required and p.default is not None):
            return f"    {t} {p.member} = {self.default_text(p)};{note}"
        return f"    std::optional<{t}> {p.member}{{}};{note}"

    def doc(self, op):
        doc = self.spec.overrides.get("operations", {}).get("doc", {}).get(op.name)
        if doc:
            return doc
        parts = []
        for status, d in op.success:
            parts.append(f"{d} ({status})" if d else f"{status} without a body")
        return f"{op.method} {op.path}: " + ", ".join(parts) + "."

    def struct(self, op):
        clash = {p.member for p in op.parameters}
        first, *more = [s for s, _ in op.success]
        main = next((s for s, d in op.success if d), first)
        also = [s for s, _ in op.success if s != main]
        out = self.em._comment(self.doc(op)) + [f"struct {op.name}", "{", "    static constexpr operation_info info{",
               f'        .name = "{op.name}",', f'        .method = "{op.method}",',
               f'        .path = "{op.path}",', f'        .api_version = "{op.api_version}",',
               f"        .success_status = {main},"]
        if also:
            out.append("        .also_success = {" + ", ".join(str(s) for s in also) + "},")
        out += ["    };"]
        response = self.model_type(op.response, clash) if op.response else "no_content"
        out += [f"    using response_type = {response};", ""]
        out += [self.member_line(p, clash) for p in op.parameters]
        out.append("};")
        names = [p.member for p in op.parameters]
        out += wrap(f"BOOST_DESCRIBE_STRUCT({op.name}, (), (", names, "))", 22)
        return out

    def wire_names(self, op):
        renamed = [p for p in op.parameters if p.cpp_name]
        if not renamed:
            return []
        out = ["template<>", f"struct sfmodels::wire_names<sfmodels::rest::{op.name}>", "{",
               f"    static constexpr std::array<wire_name, {len(renamed)}> value{{{{"]
        out += [f'        {{"{p.cpp_name}", "{p.name}"}},' for p in renamed]
        return out + ["    }};", "};"]

    def includes(self, ops):
        inc = {"sfmodels/rest/request.hpp", "sfmodels/rest/required.hpp"}
        system = {"boost/describe/class.hpp"}
        for op in ops:
            for p in op.parameters:
                t = self.value_type(p, set())
                if p.kind == "body":
                    inc.update(self.def_files[p.ref])
                elif p.kind == "enum":
                    inc.update(self.def_files[p.ref])
                if "server_timeout" in t or "duration" in t or "timeout" in t:
                    inc.add("sfmodels/rest/duration.hpp")
                if "filter" in t:
                    inc.add("sfmodels/rest/filters.hpp")
                if "service_id" in t or "application_id" in t:
                    inc.add("sfmodels/rest/service_id.hpp")
                if "bounded_integer" in t:
                    inc.add("sfmodels/rest/bounded_integer.hpp")
                if "text_choice" in t:
                    inc.add("sfmodels/rest/text_choice.hpp")
                if "header_value" in t:
                    inc.add("sfmodels/rest/header_value.hpp")
                if "timestamp" in t:
                    inc.add("sfmodels/timestamp.hpp")
                if "uuid" in t:
                    system.add("boost/uuid/uuid.hpp")
                if "std::chrono" in self.member_line(p, set()):
                    system.add("chrono")
                if "std::int" in t or "std::uint" in t:
                    system.add("cstdint")
                if "std::string" in t:
                    system.add("string")
                if "std::optional" in self.member_line(p, set()):
                    system.add("optional")
            if op.response:
                inc.update(self.def_files[op.response])
            if any(p.cpp_name for p in op.parameters):
                inc.add("sfmodels/reflect/wire_names.hpp")
                system.add("array")
        return sorted(inc), sorted(system)


def generate_rest(spec, ops, em, def_files, header, version):
    """The operation headers, the operation list and the operation table."""
    r = RestEmitter(spec, em, def_files)
    files = {}
    by_area = {}
    for op in ops:
        by_area.setdefault(op.area, []).append(op)
    area_headers = []
    for area in sorted(by_area):
        texts = [(op, r.struct(op), r.wire_names(op)) for op in by_area[area]]
        # split the area into files of about FILE_LINES lines
        chunks, chunk, lines = [], [], 0
        for t in texts:
            n = len(t[1]) + len(t[2]) + 2
            if chunk and lines + n > FILE_LINES:
                chunks.append(chunk)
                chunk, lines = [], 0
            chunk.append(t)
            lines += n
        chunks.append(chunk)
        names = [op.name for op in by_area[area]]
        listing = [f"/// The operations of the {area} area, in the specification's order."]
        listing += wrap(f"using {area}_operations = boost::mp11::mp_list<", names, ">;", 4)
        path = f"sfmodels/rest/operations/{area}.hpp"
        parts = []
        for chunk in chunks:
            part = path if len(chunks) == 1 else f"sfmodels/rest/operations/{area}/{snake(chunk[0][0].name)}.hpp"
            inc, system = r.includes([t[0] for t in chunk])
            body = ["namespace sfmodels::rest {", ""]
            for _, s, _ in chunk:
                body += s + [""]
            if len(chunks) == 1:
                body += listing + [""]
                system = sorted(set(system) | {"boost/mp11/list.hpp"})
            body.append("} // namespace sfmodels::rest")
            for _, _, w in chunk:
                if w:
                    body += [""] + w
            files["include/" + part] = header(part, version, inc, body, system)
            parts.append(part)
        if len(chunks) > 1:
            body = ["namespace sfmodels::rest {", ""] + listing + ["", "} // namespace sfmodels::rest"]
            files["include/" + path] = header(path, version, parts, body, ["boost/mp11/list.hpp"])
        area_headers.append((area, path))

    # every operation, for code that visits them by name
    body = ["namespace sfmodels::rest {", "",
            "/// Every operation of the specification, area by area. Naming it instantiates",
            "/// nothing; visiting it compiles every operation: prefer one area's list."]
    body += wrap("using operations = boost::mp11::mp_append<",
                 [f"{a}_operations" for a, _ in area_headers], ">;", 4)
    body += ["", "/// Calls f(std::type_identity<Op>{}) for the operation whose name matches",
             "/// `name` (ASCII case-insensitively); returns false if there is none.",
             "template<class F>", "bool visit_operation(std::string_view name, F&& f)", "{",
             "    bool found = false;",
             "    boost::mp11::mp_for_each<boost::mp11::mp_transform<std::type_identity, operations>>([&](auto op) {",
             "        using Op = typename decltype(op)::type;",
             "        if (!found && sfmodels::detail::iequals(Op::info.name, name)) {",
             "            found = true;", "            f(op);", "        }", "    });", "    return found;", "}", "",
             "} // namespace sfmodels::rest"]
    files["include/sfmodels/rest/operation_list.hpp"] = header(
        "sfmodels/rest/operation_list.hpp", version, [p for _, p in area_headers] + ["sfmodels/detail/ascii.hpp"],
        body, ["boost/mp11/algorithm.hpp", "string_view", "type_traits"])

    # names, methods and paths of every operation, without the models
    rows = [f'    {{"{op.name}", "{op.method}", "{op.path}", "{op.area}"}},'
            for op in sorted(ops, key=lambda o: o.name)]
    body = ["namespace sfmodels::rest {", "",
            "/// An operation of the specification: what `sfmodels operations` lists.",
            "struct operation_entry", "{", "    std::string_view name;", "    std::string_view method;",
            "    std::string_view path;", "    std::string_view area;", "};", "",
            f"/// Every operation of the specification {version}, by name.",
            f"inline constexpr std::array<operation_entry, {len(rows)}> operation_table{{{{"] + rows + \
           ["}};", "", "} // namespace sfmodels::rest"]
    files["include/sfmodels/rest/operation_table.hpp"] = header(
        "sfmodels/rest/operation_table.hpp", version, [], body, ["array", "string_view"])
    files["cmake/rest_areas.cmake"] = "\n".join(
        ["# Generated by tools/generate/generate.py: the areas of the REST operations, one header each.",
         "set(SFMODELS_REST_AREAS"] + [f"    {a}" for a, _ in area_headers] + [")", ""])
    return files
